/**
 * What-if replay (issue 16): the agencies' history replayed under California's policy beside the
 * live Cambodian one, through the real broker into a scratch PostgreSQL database, compared with
 * the live alerts. Four people the two policies judge differently, on topics of this run only
 * (so nobody else's history is replayed or compared), and the same again from the agencies' logs
 * in the live PostgreSQL database (the embedded transport):
 *
 * - a Thai national offered her consulate 10 h into custody: met within Cambodia's 72 h, 8 h late
 *   under California's 2 h (raised there, resolved late);
 * - a Thai national never offered it: a miss under both, due 70 h sooner under California's;
 * - a child who saw the arrest, told 90 min after it: within Cambodia's 2 h, late under
 *   California's 1 h (raised there), by another police unit;
 * - a Cambodian held from a Saturday and brought before a prosecutor 54 h later: past CCP art. 96's
 *   48 h, but California Penal Code §825 counts no Sunday (never raised there). California also
 *   owes her, a foreign national there, a consular offer she never had (raised).
 *
 * The live alerts and the live event log are the same after the replay as before it, the
 * scratch database is gone, and a replay under the live policy itself finds no difference.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { Client } from 'pg';
import { toCloudEventMessage, type ArrestMadeData, type DependantsScreeningRecordedData } from '@safeguard/contracts';
import { ManualClock, type RuntimeConfig } from '@safeguard/platform';
import {
  aChildGivenExplanation,
  aConsularContactOffered,
  aDependantsScreening,
  aFamilyContactGiven,
  anArrestMade,
  broughtBeforeJudicialAuthority,
  releasedWithoutCharge,
  takenIntoPoliceCustody,
} from '../libs/contracts/src/testing/arrest-fixtures';
import { DEFAULT_REPORTING_GRACE_MINUTES } from '../apps/child-welfare-service/src/alerts/alert-book';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { CourtServiceModule } from '../apps/court-service/src/court-service.module';
import { PrisonServiceModule } from '../apps/prison-service/src/prison-service.module';
import { ChildWelfareServiceModule } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { DeadlineSweeper } from '../apps/child-welfare-service/src/deadline-sweep/deadline-sweeper';
import { agencyFact, type AgencyFact } from '../apps/child-welfare-service/src/rebuild/agency-history.testing';
import { runWhatIf, type WhatIfRun } from '../apps/child-welfare-service/src/rebuild/what-if-replay';
import { whatIfReport } from '../apps/child-welfare-service/src/rebuild/what-if-report';
import { cambodiaPolicy, californiaPolicy } from '../apps/child-welfare-service/src/safeguards/policy';
import { describeWithKafka, TEST_KAFKA_BROKERS, TEST_POSTGRES_ADMIN_URL } from './support/environment';
import { eventually } from './support/eventually';
import { startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';

const NOW = new Date('2027-06-01T00:00:00.000Z');
const HOUR = 3_600_000;
const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();
const NO_CHILDREN: Partial<DependantsScreeningRecordedData> = {
  answer: 'no-dependants',
  numberOfChildren: 0,
  consentToRecordChildDetails: false,
  children: [],
};
const QUIET = { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false };

/** One person's police records, each at its position of the arrest's stream. */
function policeRecords(arrest: ReturnType<typeof anArrestMade>, more: (a: ArrestMadeData) => Parameters<typeof agencyFact>[3][]): AgencyFact[] {
  const streamId = `arrest-${arrest.data.arrestId}`;
  return [arrest, ...more(arrest.data)].map((event, i) => agencyFact('arrest', streamId, i + 1, event));
}

function history() {
  const person = (nationality: string) => ({ ...anArrestMade().data.person, personId: `person-what-if-${randomUUID()}`, nationality });
  const heldFrom = (a: ArrestMadeData, custodyAt: string, brought: string) => [
    aDependantsScreening(a, { askedAt: at(a.arrestedAt, 0.5), ...NO_CHILDREN }),
    takenIntoPoliceCustody(a, { custodyAt }),
    aFamilyContactGiven(a, [], { contactedAt: at(custodyAt, 1) }),
    broughtBeforeJudicialAuthority(a, { broughtAt: brought }),
  ];
  const consularLate = anArrestMade({ person: person('TH'), arrestedAt: '2027-05-11T02:00:00.000Z', circumstances: QUIET });
  const consularNever = anArrestMade({ person: person('TH'), arrestedAt: '2027-05-12T02:00:00.000Z', circumstances: QUIET });
  const toldLate = anArrestMade({
    person: person('KH'),
    arrestedAt: '2027-05-13T02:00:00.000Z',
    circumstances: { ...QUIET, childrenPresent: 1 },
    arrestingUnit: { type: 'police', unitId: 'BTB-PROVINCIAL' },
    province: 'Battambang',
  });
  // Saturday 22 May 2027, 12:00 UTC (05:00 in Los Angeles); 54 h later is Monday 18:00 UTC.
  const heldOverSunday = anArrestMade({ person: person('KH'), arrestedAt: '2027-05-22T11:00:00.000Z', circumstances: QUIET });
  const screening = aDependantsScreening(toldLate.data, { askedAt: at(toldLate.data.arrestedAt, 0.5) });
  const facts = [
    ...policeRecords(consularLate, (a) => [
      ...heldFrom(a, at(a.arrestedAt, 1), at(a.arrestedAt, 21)),
      aConsularContactOffered(a, { offeredAt: at(a.arrestedAt, 11) }),
    ]),
    ...policeRecords(consularNever, (a) => heldFrom(a, at(a.arrestedAt, 1), at(a.arrestedAt, 21))),
    ...policeRecords(toldLate, (a) => [
      screening,
      aChildGivenExplanation(a, screening.data.children[0].childId, { explainedAt: at(a.arrestedAt, 1.5) }),
      releasedWithoutCharge(a, { releasedAt: at(a.arrestedAt, 5) }),
    ]),
    ...policeRecords(heldOverSunday, (a) => heldFrom(a, '2027-05-22T12:00:00.000Z', '2027-05-24T18:00:00.000Z')),
  ];
  return {
    facts,
    people: {
      consularLate: consularLate.data.person.personId,
      consularNever: consularNever.data.person.personId,
      toldLate: toldLate.data.person.personId,
      heldOverSunday: heldOverSunday.data.person.personId,
    },
  };
}

async function scratchDatabases(): Promise<string[]> {
  const client = new Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return (
      await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'safeguard_what_if_%' ORDER BY datname`)
    ).rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

/** The live service, following the agencies' history as its transport carries it, and how to end it. */
interface LiveService {
  readonly service: ServiceApp;
  readonly config: RuntimeConfig;
  /** The agency topics it follows; none when it follows the agencies' logs. */
  readonly topics: string[];
  close(): Promise<void>;
}

/** The story both transports must tell the same way; see the file's header. */
function whatIfStory(start: (clock: ManualClock, facts: readonly AgencyFact[]) => Promise<LiveService>): void {
  const clock = new ManualClock(NOW);
  const { facts, people } = history();
  let running: LiveService | undefined;
  const started = () => {
    if (!running) throw new Error('the live service did not start');
    return running;
  };
  const live = () => started().service;

  beforeAll(async () => {
    running = await start(clock, facts);
    await eventually(
      async () =>
        Number((await live().db.query<{ n: string }>(`SELECT count(*) AS n FROM child_welfare.facts`))[0].n) === facts.length ? true : undefined,
      'every fact applied live',
      60_000,
    );
    // The history reached the service late (all of it is in the past), so its deadlines wait out the reporting grace.
    clock.advance((DEFAULT_REPORTING_GRACE_MINUTES + 1) * 60_000);
    while ((await live().app.get(DeadlineSweeper).sweepDue()) > 0);
  }, 120_000);

  afterAll(async () => {
    await running?.close();
  }, 60_000);

  const liveState = async () => ({
    alerts: await live().db.query(`SELECT * FROM child_welfare.alerts ORDER BY alert_id`),
    events: await live().db.query(`SELECT event_id FROM child_welfare.events ORDER BY global_position`),
  });
  const whatIf = (policy = californiaPolicy, window = {}) =>
    runWhatIf({ live: live().db, liveConfig: started().config, livePolicy: cambodiaPolicy, policy, topics: started().topics, clock, window });
  const counts = (run: WhatIfRun, of: 'byRule' | 'byUnit') =>
    Object.fromEntries(
      (
        run.comparison[of] as readonly {
          ruleId?: string;
          responsibleAgency?: string;
          responsibleUnitId?: string | null;
          counts: Record<string, number>;
        }[]
      ).map((row) => [
        row.ruleId ?? `${row.responsibleAgency} ${row.responsibleUnitId ?? ''}`,
        Object.fromEntries(Object.entries(row.counts).filter(([, n]) => n > 0)),
      ]),
    );

  it('finds, per rule and per responsible unit, the alerts California’s policy would raise, never raise or date otherwise, touching no live alert', async () => {
    const before = await liveState();
    expect(before.alerts.length).toBeGreaterThan(0);
    const scratchBefore = await scratchDatabases();

    const result = await whatIf();

    expect(result).toMatchObject({
      policyId: 'us-ca.v2',
      livePolicyId: 'kh-licadho-2015.v2',
      timeZone: 'Asia/Phnom_Penh',
      computedAt: clock.now().toISOString(),
    });
    expect(result.history).toMatchObject({
      transport: started().config.transport.kind,
      topics: started().topics,
      messages: facts.length,
      facts: facts.length,
      people: 4,
      failed: 0,
    });
    expect(result.history.firstFactAt).toBe('2027-05-11T02:00:00.000Z');
    expect(counts(result, 'byRule')).toEqual({
      'no-consular-contact': { raised: 2, 'due-changed': 1 },
      'child-not-told': { raised: 1 },
      'police-custody-overdue': { 'never-raised': 1 },
    });
    expect(counts(result, 'byUnit')).toEqual({
      'police PP-ANTI-DRUG': { raised: 2, 'due-changed': 1, 'never-raised': 1 },
      'police BTB-PROVINCIAL': { raised: 1 },
    });
    const byPerson = Object.fromEntries(result.comparison.differences.map((d) => [`${d.ruleId} ${d.personId}`, d]));
    expect(byPerson[`no-consular-contact ${people.consularLate}`]).toMatchObject({
      kind: 'raised',
      live: null,
      whatIf: { status: 'resolved', dueAt: '2027-05-11T05:00:00.000Z' },
    });
    expect(byPerson[`no-consular-contact ${people.consularNever}`]).toMatchObject({
      kind: 'due-changed',
      live: { status: 'open', dueAt: '2027-05-15T03:00:00.000Z' },
      whatIf: { status: 'open', dueAt: '2027-05-12T05:00:00.000Z' },
    });
    expect(byPerson[`no-consular-contact ${people.heldOverSunday}`]).toMatchObject({ kind: 'raised', live: null, whatIf: { status: 'open' } });
    expect(byPerson[`child-not-told ${people.toldLate}`]).toMatchObject({
      kind: 'raised',
      responsibleUnitId: 'BTB-PROVINCIAL',
      whatIf: { status: 'resolved', dueAt: '2027-05-13T03:00:00.000Z' },
    });
    expect(byPerson[`police-custody-overdue ${people.heldOverSunday}`]).toMatchObject({
      kind: 'never-raised',
      live: { status: 'resolved', dueAt: '2027-05-24T12:00:00.000Z' },
      whatIf: null,
    });
    expect(result.comparison.differences).toHaveLength(5);

    expect(await liveState()).toEqual(before);
    expect(await scratchDatabases()).toEqual(scratchBefore);

    const report = whatIfReport(result);
    expect(report).toContain('What-if: policy us-ca.v2 against the live kh-licadho-2015.v2, judged at 1 Jun 2027, 07:16 GMT+7');
    expect(report).toMatch(/no-consular-contact\s+2\s+0\s+0\s+0\s+1/);
  }, 120_000);

  it('compares only the deadlines in the window asked for', async () => {
    const result = await whatIf(californiaPolicy, { from: '2027-05-20T00:00:00.000Z' });
    expect(result.history).toMatchObject({ from: '2027-05-20T00:00:00.000Z', to: null, facts: facts.length });
    expect(result.comparison.differences.map((d) => [d.ruleId, d.personId]).sort()).toEqual([
      ['no-consular-contact', people.heldOverSunday],
      ['police-custody-overdue', people.heldOverSunday],
    ]);
  }, 120_000);

  it('finds no difference when replaying under the live policy itself: the replay adds none of its own', async () => {
    const result = await whatIf(cambodiaPolicy);
    expect(result.comparison.differences).toEqual([]);
    expect(result.comparison.totals.unchanged).toBe((await live().db.query(`SELECT 1 FROM child_welfare.alerts WHERE status <> 'withdrawn'`)).length);
  }, 120_000);
}

describeWithKafka('what-if replay of the history under another policy, Kafka mode [real PostgreSQL]', () => {
  whatIfStory(async (clock, facts) => {
    const run = randomUUID();
    const topics = [`test.what-if.${run}.arrest`, `test.what-if.${run}.court`, `test.what-if.${run}.prison`];
    const database = await createTestDatabase();
    const config: RuntimeConfig = {
      database: { kind: 'postgres', url: database.url, poolSize: 4 },
      transport: { kind: 'kafka', brokers: TEST_KAFKA_BROKERS },
    };
    const service = await startServiceApp(
      ChildWelfareServiceModule.forRoot(config, { agencyTopics: topics, consumerGroup: `what-if-test-${run}`, sweepIntervalMs: 600_000 }),
      { clock, logger: ['error'] },
    );
    const producer: Producer = new Kafka({ clientId: 'what-if-test', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    // Every fact of this history is a police record.
    for (const { envelope } of facts) await producer.send({ topic: topics[0], acks: -1, messages: [toCloudEventMessage(envelope)] });
    return {
      service,
      config,
      topics,
      close: async () => {
        await producer.disconnect();
        await service.close();
        await database.drop();
      },
    };
  });
});

describe('what-if replay of the history under another policy, the agencies’ logs [real PostgreSQL, database log]', () => {
  whatIfStory(async (clock, facts) => {
    const database = await createTestDatabase();
    const config: RuntimeConfig = { database: { kind: 'postgres', url: database.url, poolSize: 4 }, transport: { kind: 'database-log' } };
    // The agency services make their logs' schemas; the facts are written into the police log below, each row its own commit.
    const agencies: ServiceApp[] = [];
    for (const module of [ArrestServiceModule.forRoot(config), CourtServiceModule.forRoot(config), PrisonServiceModule.forRoot(config)]) {
      agencies.push(await startServiceApp(module, { logger: ['error'] }));
    }
    const service = await startServiceApp(ChildWelfareServiceModule.forRoot(config, { sweepIntervalMs: 600_000 }), { clock, logger: ['error'] });
    for (const { envelope } of facts) {
      await service.db.query(
        `INSERT INTO arrest.events (event_id, stream_id, stream_position, event_type, schema_version, subject, data, occurred_at, recorded_at, correlation_id, causation_id, actor, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, NULL, $10, $11)`,
        [
          envelope.eventId,
          envelope.streamId,
          envelope.streamPosition,
          envelope.type,
          envelope.schemaVersion,
          envelope.subject,
          JSON.stringify(envelope.data),
          envelope.occurredAt,
          envelope.correlationId,
          JSON.stringify(envelope.actor),
          envelope.source,
        ],
      );
    }
    return {
      service,
      config,
      topics: [],
      close: async () => {
        await service.close();
        for (const a of agencies.reverse()) await a.close();
        await database.drop();
      },
    };
  });
});
