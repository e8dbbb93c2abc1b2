import { ConsoleLogger, Logger, type LogLevel } from '@nestjs/common';
import { Database, eventStoreMigration } from '@safeguard/event-store';
import { runtimeConfigFromEnv, SystemClock } from '@safeguard/platform';
import { CHILD_WELFARE_MIGRATIONS, CHILD_WELFARE_SERVICE } from '../child-welfare-service.module';
import { PUBLISHED_AGENCY_TOPICS } from '../inbox/subscription.providers';
import { policyById } from '../policies/policy-catalogue';
import { cambodiaPolicy, policyFromEnv } from '../safeguards/policy';
import { rebuildOptionsFromEnv } from './projection-rebuild';
import { parseWhatIfArguments } from './what-if-arguments';
import { runWhatIf, storeWhatIfRun } from './what-if-replay';
import { whatIfReport } from './what-if-report';

/** Progress and warnings go to stderr: stdout carries the report alone, so `--json` can be piped. */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context?: string, logLevel?: LogLevel): void {
    super.printMessages(messages, context, logLevel, 'stderr');
  }
}

/**
 * `npm run policy:what-if -- --policy <id> [--from …] [--to …] [--json]`: replays the agencies'
 * history under another policy into a scratch database and prints how its alerts differ from the
 * live ones, per rule and per responsible unit; keeps the run for GET /policies/{id}/comparison.
 * The live service may go on running: nothing of its own is written but that record of the run.
 * Reads the live service's environment (DATABASE_URL, KAFKA_BROKERS, SAFEGUARD_DEPENDANTS_SCREENING_MINUTES).
 */
async function main(): Promise<void> {
  Logger.overrideLogger(new StderrLogger());
  const config = runtimeConfigFromEnv();
  const livePolicy = policyFromEnv(cambodiaPolicy);
  const args = parseWhatIfArguments(process.argv.slice(2), livePolicy.timeZone);
  const policy = policyById(args.policyId, livePolicy);
  if (config.database.kind !== 'postgres')
    throw new Error('set DATABASE_URL to the live PostgreSQL database: the what-if replays into a scratch database beside it');
  const schema = CHILD_WELFARE_SERVICE.schema;
  const live = await Database.connect(config.database, schema, [eventStoreMigration(schema), ...CHILD_WELFARE_MIGRATIONS]);
  try {
    const run = await runWhatIf({
      live,
      liveConfig: config,
      livePolicy,
      policy,
      topics: PUBLISHED_AGENCY_TOPICS,
      clock: new SystemClock(),
      window: { from: args.from, to: args.to },
      rebuild: rebuildOptionsFromEnv(),
    });
    await storeWhatIfRun(live, run);
    process.stdout.write(args.json ? `${JSON.stringify(run, null, 2)}\n` : whatIfReport(run));
  } finally {
    await live.close();
  }
}

void main().catch((e: unknown) => {
  new Logger('policy:what-if').error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
