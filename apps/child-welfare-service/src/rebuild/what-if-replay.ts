import { storeContracts } from '@safeguard/contracts';
import { Database, EventStore, eventStoreMigration, type Sql } from '@safeguard/event-store';
import { KafkaConnection } from '@safeguard/messaging';
import type { Clock, RuntimeConfig } from '@safeguard/platform';
import { AlertBook } from '../alerts/alert-book';
import { CHILD_WELFARE_MIGRATIONS, CHILD_WELFARE_SERVICE } from '../child-welfare-service.module';
import { ChildWelfareInbox } from '../inbox/child-welfare-inbox';
import { DeadlineSweeper } from '../deadline-sweep/deadline-sweeper';
import { IndicatorBook } from '../indicators/indicator-book';
import { JourneyBook } from '../journeys/journey-book';
import type { SafeguardPolicy } from '../safeguards/policy';
import { ProjectionRebuild, type RebuildOptions, type RebuildReport } from './projection-rebuild';
import { createScratchDatabase } from './scratch-database';
import { compareAlerts, type AlertStatus, type ComparedAlert, type DueWindow } from './what-if-comparison';
import type { WhatIfRun } from './what-if-run';

export type { WhatIfHistory, WhatIfRun } from './what-if-run';

export interface WhatIfSetup {
  /** The live database: its alerts are compared, and in the embedded transport its agencies' logs are replayed. Never written by the replay. */
  readonly live: Database;
  /** How the live service runs: its database (PostgreSQL, where the scratch database is made) and its transport. */
  readonly liveConfig: RuntimeConfig;
  readonly livePolicy: SafeguardPolicy;
  /** The policy to try. */
  readonly policy: SafeguardPolicy;
  /** The agency topics the live service follows (Kafka transport). */
  readonly topics: readonly string[];
  readonly clock: Clock;
  readonly window?: DueWindow;
  readonly rebuild?: RebuildOptions;
}

/**
 * Replays the agencies' whole recorded history under another policy into a scratch database (its
 * own `child_welfare` schema, the service's migrations), through the projection rebuild itself —
 * the same load and the same judgement of each person once — then fires the deadlines due by the
 * clock, compares the alerts it ends with to the live alerts table, and drops the scratch
 * database, whatever happened.
 *
 * Nothing of it reaches the live service: the scratch event store has no outbox (no alert or
 * journey change is published), the topics are read under a throw-away consumer group, and the
 * live database is only read. The whole history is replayed even with --from/--to: a file cut at
 * a date would lack the records that met a safeguard before it; the window chooses which
 * deadlines are compared. Deadlines armed already passed fire at once (no reporting grace): every
 * record is in before anyone is judged, so there is no late record of the same batch to wait for.
 */
export async function runWhatIf(setup: WhatIfSetup): Promise<WhatIfRun> {
  const { liveConfig } = setup;
  if (liveConfig.database.kind !== 'postgres') {
    throw new Error(
      'a what-if replay needs the live PostgreSQL database (DATABASE_URL): the embedded PGlite is one database per process, with no room for a scratch one beside it',
    );
  }
  const scratch = await createScratchDatabase(liveConfig.database.url);
  try {
    const scratchConfig: RuntimeConfig = { ...liveConfig, database: { kind: 'postgres', url: scratch.url, poolSize: liveConfig.database.poolSize } };
    const replayed = await replayInto(scratchConfig, setup);
    const live = await alertsIn(setup.live);
    const window = setup.window ?? {};
    return {
      policyId: setup.policy.policyId,
      livePolicyId: setup.livePolicy.policyId,
      timeZone: setup.livePolicy.timeZone,
      locale: setup.livePolicy.locale,
      computedAt: setup.clock.now().toISOString(),
      history: {
        transport: liveConfig.transport.kind,
        topics: liveConfig.transport.kind === 'kafka' ? [...setup.topics] : [],
        messages: replayed.report.messages,
        facts: replayed.report.facts,
        people: replayed.report.people,
        failed: replayed.report.failed,
        firstFactAt: replayed.firstFactAt,
        lastFactAt: replayed.lastFactAt,
        from: iso(window.from),
        to: iso(window.to),
      },
      comparison: compareAlerts(live, replayed.alerts, window),
    };
  } finally {
    await scratch.drop();
  }
}

const SCHEMA = CHILD_WELFARE_SERVICE.schema;

/** The rebuild, wired as the service wires it but over the scratch database, under the policy tried. */
async function replayInto(config: RuntimeConfig, setup: WhatIfSetup) {
  const db = await Database.connect(config.database, SCHEMA, [eventStoreMigration(SCHEMA), ...CHILD_WELFARE_MIGRATIONS]);
  const kafka =
    config.transport.kind === 'kafka' ? new KafkaConnection(config.transport.brokers, `${CHILD_WELFARE_SERVICE.name}-what-if`) : undefined;
  try {
    const store = new EventStore(db, { schema: SCHEMA, source: CHILD_WELFARE_SERVICE.source, outbox: false, contracts: storeContracts });
    const book = new AlertBook(store, 0);
    const inbox = new ChildWelfareInbox(store, book, new JourneyBook(store), setup.policy, setup.clock, new IndicatorBook());
    const sweeper = new DeadlineSweeper(store, book, setup.policy, setup.clock);
    const rebuild = new ProjectionRebuild(config, store, inbox, sweeper, setup.clock, setup.topics, kafka, {
      ...setup.rebuild,
      agencyLogsIn: setup.live,
    });
    const report: RebuildReport = await rebuild.run();
    while ((await sweeper.sweepDue()) > 0);
    const [span] = await db.query<{ first: Date | null; last: Date | null }>(
      `SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM ${SCHEMA}.facts`,
    );
    return { report, alerts: await alertsIn(db), firstFactAt: span.first?.toISOString() ?? null, lastFactAt: span.last?.toISOString() ?? null };
  } finally {
    await kafka?.close();
    await db.close();
  }
}

async function alertsIn(db: Sql): Promise<ComparedAlert[]> {
  const rows = await db.query<{
    alert_id: string;
    rule_id: string;
    person_id: string;
    responsible_agency: string;
    responsible_unit_id: string | null;
    status: AlertStatus;
    due_at: Date;
    resolution: string | null;
  }>(`SELECT alert_id, rule_id, person_id, responsible_agency, responsible_unit_id, status, due_at, resolution FROM ${SCHEMA}.alerts`);
  return rows.map((r) => ({
    alertId: r.alert_id,
    ruleId: r.rule_id,
    personId: r.person_id,
    responsibleAgency: r.responsible_agency,
    responsibleUnitId: r.responsible_unit_id,
    status: r.status,
    dueAt: new Date(r.due_at).toISOString(),
    resolution: r.resolution,
  }));
}

const iso = (text: string | undefined) => (text === undefined ? null : new Date(text).toISOString());

/** Keeps the run in the live database, for GET /policies/{id}/comparison and the dashboard. */
export async function storeWhatIfRun(live: Sql, run: WhatIfRun): Promise<void> {
  await live.query(
    `INSERT INTO ${SCHEMA}.policy_comparisons (policy_id, live_policy_id, computed_at, history, comparison) VALUES ($1, $2, $3, $4, $5)`,
    [run.policyId, run.livePolicyId, run.computedAt, JSON.stringify(run.history), JSON.stringify(run.comparison)],
  );
}
