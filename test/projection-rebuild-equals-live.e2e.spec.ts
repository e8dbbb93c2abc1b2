/**
 * The bulk rebuild ends in the state live consumption of the same history ends in, on both
 * transports: the agency topics through the real broker, and the agencies' logs in the embedded
 * mode (PGlite). The history is a score of people's records from the three agencies
 * (agency-history.testing.ts) delivered out of order (shuffled across people, agencies and each
 * person's own records), in two parts with the deadlines swept between them (so alerts are raised
 * on half-delivered files, then resolved late or withdrawn when the rest arrives), one alert taken
 * on by a monitor, and a message that breaks its schema (on Kafka also one that is no CloudEvent,
 * and redeliveries).
 *
 * 1. In place, as `npm run projection:rebuild` runs: every derived table is what live consumption
 *    left, row for row (alerts with their statuses, versions and times, deadlines, journeys and
 *    their publications, indicators, the dedupe marks), no event appended, the bad messages
 *    counted; and the live consumer goes on after it, skipping what it had applied.
 * 2. From nothing (a new replica: no alert, deadline or publication either): once both have swept
 *    the same deadlines at the same time, the same facts, journeys and indicators, the same
 *    alerts standing with the same verdict (status, severity, when due and resolved, how late,
 *    for which children) and the same deadlines awaited. What live consumption itself lets the
 *    order of arrival decide is left out there: when an alert was noticed, alerts raised and
 *    withdrawn on half a file, a monitor's acknowledgement, and an alert's wording, arrest and
 *    province, which stay as the file stood when it was first raised (an alert the sweeper raised
 *    before the arrest record arrived names no arrest), as does which of two records made at the
 *    same instant is named as resolving it.
 *
 * Processing times (when a fact was received or a row last written) differ by design and are
 * left out everywhere; every event time is compared.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { toCloudEventMessage, type ArrestMadeData, type EventEnvelope } from '@safeguard/contracts';
import { decideAndAppend, EventStore, type Database } from '@safeguard/event-store';
import { ManualClock, type RuntimeConfig } from '@safeguard/platform';
import { aFamilyContactGiven, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { CourtServiceModule } from '../apps/court-service/src/court-service.module';
import { PrisonServiceModule } from '../apps/prison-service/src/prison-service.module';
import { describeWithKafka, TEST_KAFKA_BROKERS } from './support/environment';
import { eventually } from './support/eventually';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';
import { DEFAULT_REPORTING_GRACE_MINUTES } from '../apps/child-welfare-service/src/alerts/alert-book';
import { alertDecider } from '../apps/child-welfare-service/src/alerts/alert.decider';
import { alertStreamId } from '../apps/child-welfare-service/src/alerts/alert-id';
import { projectAlertRows } from '../apps/child-welfare-service/src/alerts/alert-rows';
import { ChildWelfareServiceModule } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { DeadlineSweeper } from '../apps/child-welfare-service/src/deadline-sweep/deadline-sweeper';
import { agencyFact, agencyHistory, type AgencyFact, type AgencyName } from '../apps/child-welfare-service/src/rebuild/agency-history.testing';
import { seededRandom } from '../apps/child-welfare-service/src/journeys/family-file.testing';
import { ProjectionRebuild, type RebuildReport } from '../apps/child-welfare-service/src/rebuild/projection-rebuild';
import { teardown } from './support/teardown';

const T0 = new Date('2027-06-01T00:00:00.000Z');
const PAST_GRACE = (DEFAULT_REPORTING_GRACE_MINUTES + 1) * 60_000;
const MONITOR = { agency: 'oversight', role: 'oversight-monitor', unitId: 'OVERSIGHT', userId: 'monitor-1' } as const;

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The history in two deliveries, each out of order; the first leaves files half-delivered. */
function historyInTwoParts(seed: number) {
  const { facts, people } = agencyHistory(70, seed, T0);
  const order = shuffled(facts, seed + 1);
  const cut = Math.floor(order.length * 0.6);
  return { facts, people, first: order.slice(0, cut), second: order.slice(cut) };
}

/** A DependantsScreeningRecorded whose data breaks its schema (no askedAt): it can never be applied. */
function schemaBreaking(of: AgencyFact): AgencyFact {
  const envelope = of.envelope;
  const { askedAt: _dropped, ...data } = { askedAt: '', ...(envelope.data as Record<string, unknown>) };
  return {
    agency: 'arrest',
    envelope: {
      ...envelope,
      eventId: randomUUID(),
      type: 'DependantsScreeningRecorded',
      schemaVersion: 2,
      streamId: `arrest-broken-${randomUUID()}`,
      streamPosition: 1,
      data,
    },
  };
}

/** Every row the service derives from the agencies' history, processing times left out. */
async function derivedState(db: Database) {
  const rows = (sql: string) =>
    db.query(sql).then((r) => JSON.parse(JSON.stringify(r), (key, v) => (key === 'receivedAt' ? undefined : v)) as unknown[]);
  return {
    facts: await rows(`SELECT event_id, person_id, type, agency, unit_id, occurred_at, data FROM child_welfare.facts ORDER BY event_id`),
    people: await rows(`SELECT person_id FROM child_welfare.person_files ORDER BY person_id`),
    children: await rows(`SELECT child_key, person_id, child_ids, stage, location_type, facility_id, province, last_contact_at, review_flags, journey
                            FROM child_welfare.children ORDER BY child_key`),
    parents: await rows(`SELECT person_id, stage, facility_id, province, journey, review_flags FROM child_welfare.parents ORDER BY person_id`),
    indicators: await rows(`SELECT to_jsonb(i) - 'updated_at' AS row FROM child_welfare.person_indicators i ORDER BY person_id`),
    alerts: await rows(`SELECT * FROM child_welfare.alerts ORDER BY alert_id`),
    deadlines: await rows(`SELECT * FROM child_welfare.deadlines ORDER BY rule_id, subject_key`),
    publications: await rows(`SELECT * FROM child_welfare.journey_publications ORDER BY child_key`),
    alertChanges: await rows(`SELECT count(*)::int AS n FROM child_welfare.alert_changes`),
    events: await rows(`SELECT event_type, count(*)::int AS n FROM child_welfare.events GROUP BY event_type ORDER BY event_type`),
  };
}

/**
 * What the agencies' records decide, whatever order they came in and whoever took an alert on:
 * the facts and what is derived from them, the alerts standing with their verdict, and the
 * deadlines still awaited.
 */
async function verdict(db: Database) {
  const state = await derivedState(db);
  return {
    facts: state.facts,
    people: state.people,
    children: state.children,
    parents: state.parents,
    indicators: state.indicators,
    alerts: await db.query(
      `SELECT rule_id, subject_key, CASE WHEN status = 'acknowledged' THEN 'open' ELSE status END AS status, severity, person_id, child_ids,
              responsible_agency, legal_basis, due_at, resolved_at, resolution, late_by_minutes, policy_id
         FROM child_welfare.alerts WHERE status <> 'withdrawn' ORDER BY rule_id, subject_key`,
    ),
    awaited: await db.query(
      `SELECT rule_id, subject_key, person_id, due_at FROM child_welfare.deadlines WHERE status = 'pending' ORDER BY rule_id, subject_key`,
    ),
  };
}

const factCount = async (db: Database) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM child_welfare.facts`))[0].n);
const distinctFacts = (facts: readonly AgencyFact[]) => new Set(facts.map((f) => f.envelope.eventId)).size;

interface Transport {
  readonly service: ServiceApp;
  readonly clock: ManualClock;
  /** Delivers the facts in the order given, as the transport carries them. */
  deliver(facts: readonly AgencyFact[]): Promise<void>;
  /** Messages the rebuild must skip, as the live consumer dead-lettered them. */
  deliverBroken(of: AgencyFact): Promise<number>;
  close(): Promise<void>;
}

/** The story both transports must tell the same way; see the file's header. */
function rebuildsAsLiveConsumption(start: () => Promise<Transport>, options: { redeliveries: boolean }): void {
  let transport: Transport;
  const history = historyInTwoParts(20_26);
  const sweep = async () => {
    while ((await transport.service.app.get(DeadlineSweeper).sweepDue()) > 0);
  };
  const waitForFacts = (n: number, what: string) =>
    eventually(async () => ((await factCount(transport.service.db)) === n ? true : undefined), what, 60_000);

  beforeAll(async () => {
    transport = await start();
  }, 120_000);
  afterAll(async () => {
    await teardown(transport);
  }, 60_000);

  let report: RebuildReport;
  let broken = 0;
  let live: Awaited<ReturnType<typeof derivedState>>;

  it('rebuilds in place to exactly the state live consumption left', async () => {
    const { service, clock } = transport;
    const db = service.db;
    await transport.deliver(history.first);
    await waitForFacts(distinctFacts(history.first), 'the first part kept');
    // Deadlines pass on half-delivered files: alerts raised that the rest will resolve late or take back.
    clock.advance(PAST_GRACE);
    await sweep();
    const second = options.redeliveries ? [...history.second, ...shuffled(history.facts, 7).slice(0, 10)] : history.second;
    broken = await transport.deliverBroken(history.facts.find((f) => f.envelope.type === 'DependantsScreeningRecorded')!);
    await transport.deliver(second);
    await waitForFacts(history.facts.length, 'every fact kept');
    // A monitor takes one on once every fact is in: acknowledged earlier, the rest of the history
    // could resolve or withdraw it (which alert is open depends on the run's ids), leaving none acknowledged.
    const [open] = await db.query<{ alert_id: string }>(`SELECT alert_id FROM child_welfare.alerts WHERE status = 'open' ORDER BY alert_id LIMIT 1`);
    expect(open).toBeDefined();
    await decideAndAppend(service.app.get(EventStore), {
      streamId: alertStreamId(open.alert_id),
      decider: alertDecider,
      command: { type: 'AcknowledgeAlert', alertId: open.alert_id, acknowledgedBy: MONITOR.userId, note: 'Calling the station', now: clock.now() },
      metadata: { correlationId: randomUUID(), causationId: null, actor: MONITOR },
      alsoInTransaction: (sql, result) => projectAlertRows(sql, result.appended),
    });

    live = await derivedState(db);
    // The history must mean something: alerts of every kind the order of arrival can leave.
    const statuses = new Set((live.alerts as { status: string }[]).map((a) => a.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['acknowledged', 'open', 'resolved', 'withdrawn']));
    expect(live.people).toHaveLength(history.people);

    report = await service.app.get(ProjectionRebuild).run();
    expect(report).toMatchObject({ facts: history.facts.length, people: history.people, failed: broken, announced: 0 });
    expect(await derivedState(db)).toEqual(live);
  }, 120_000);

  it('lets the live consumer go on after the rebuild, skipping what it had applied', async () => {
    const { service } = transport;
    // A new person arrested ten minutes ago (her deadlines still to come), and a family contact
    // for someone whose file the rebuild made.
    const arrest = anArrestMade({ arrestedAt: new Date(transport.clock.now().getTime() - 10 * 60_000).toISOString() });
    const known = history.facts.find((f) => f.envelope.type === 'ArrestMade')!.envelope;
    const contact = aFamilyContactGiven(known.data as ArrestMadeData, [], { contactedAt: new Date(T0.getTime() - 60_000).toISOString() });
    const next = [agencyFact('arrest', `arrest-${arrest.data.arrestId}`, 1, arrest), agencyFact('arrest', known.streamId, 1_000, contact)];
    await transport.deliver(options.redeliveries ? [history.facts[1], ...next] : next);
    await waitForFacts(history.facts.length + 2, 'the facts recorded after the rebuild');
    const after = await derivedState(service.db);
    // The facts' primary key is the live consumer's dedupe: the redelivered fact is not kept twice.
    expect(after.facts).toHaveLength(live.facts.length + 2);
    expect(after.people).toHaveLength(history.people + 1);
  }, 60_000);

  it('rebuilds from nothing to the same verdict as live consumption', async () => {
    const { service, clock } = transport;
    const db = service.db;
    const rebuiltAt = new Date(clock.now().getTime() + PAST_GRACE);
    clock.set(rebuiltAt);
    await sweep();
    clock.advance(PAST_GRACE);
    await sweep();
    const sweptAt = clock.now();
    const fromLive = await verdict(db);
    expect(fromLive.alerts.length).toBeGreaterThan(5);
    expect(fromLive.awaited.length).toBeGreaterThan(0);

    // A new replica: nothing the service ever derived, not even its alerts or their streams.
    await db.transaction(async (sql) => {
      for (const table of ['alerts', 'alert_changes', 'deadlines', 'journey_publications', 'outbox', 'events'])
        await sql.query(`DELETE FROM child_welfare.${table}`);
    });
    clock.set(rebuiltAt);
    const fresh = await service.app.get(ProjectionRebuild).run();
    expect(fresh).toMatchObject({ facts: history.facts.length + 2, people: history.people + 1, failed: broken, announced: fresh.children });
    clock.set(sweptAt);
    await sweep();
    expect(await verdict(db)).toEqual(fromLive);
  }, 120_000);
}

describeWithKafka('projection rebuild in bulk equals live consumption, Kafka mode [real PostgreSQL]', () => {
  rebuildsAsLiveConsumption(
    async () => {
      const run = randomUUID();
      const topics: Record<AgencyName, string> = {
        arrest: `test.rebuild.${run}.arrest`,
        court: `test.rebuild.${run}.court`,
        prison: `test.rebuild.${run}.prison`,
      };
      const database = await createTestDatabase();
      const clock = new ManualClock(T0);
      const service = await startServiceApp(
        ChildWelfareServiceModule.forRoot(
          { database: { kind: 'postgres', url: database.url, poolSize: 5 }, transport: { kind: 'kafka', brokers: TEST_KAFKA_BROKERS } },
          { agencyTopics: Object.values(topics), consumerGroup: `rebuild-test-${run}`, sweepIntervalMs: 600_000 },
        ),
        { clock, logger: ['error'] },
      );
      const producer: Producer = new Kafka({ clientId: 'rebuild-test', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING }).producer();
      await producer.connect();
      const send = (agency: AgencyName, messages: { key: string; value: string; headers?: Record<string, string> }[]) =>
        producer.send({ topic: topics[agency], acks: -1, messages });
      return {
        service,
        clock,
        deliver: async (facts) => {
          // One at a time, so each partition holds exactly this order.
          for (const { agency, envelope } of facts) await send(agency, [toCloudEventMessage(envelope)]);
        },
        deliverBroken: async (of) => {
          const broken = schemaBreaking(of);
          await send('arrest', [
            toCloudEventMessage(broken.envelope),
            { key: of.envelope.subject, value: 'not a CloudEvent', headers: { 'content-type': 'text/plain' } },
          ]);
          return 2;
        },
        close: async () => {
          await producer.disconnect();
          await service.close();
          await database.drop();
        },
      };
    },
    { redeliveries: true },
  );
});

describe('projection rebuild in bulk equals live consumption, embedded mode [PGlite, database log]', () => {
  rebuildsAsLiveConsumption(
    async () => {
      const config: RuntimeConfig = EMBEDDED_CONFIG;
      const clock = new ManualClock(T0);
      // The agency services only create their logs' schemas here; the facts are written into their logs below.
      const agencies: ServiceApp[] = [];
      for (const module of [ArrestServiceModule.forRoot(config), CourtServiceModule.forRoot(config), PrisonServiceModule.forRoot(config)]) {
        agencies.push(await startServiceApp(module, { logger: ['error'] }));
      }
      const service = await startServiceApp(ChildWelfareServiceModule.forRoot(config, { sweepIntervalMs: 600_000 }), { clock, logger: ['error'] });
      const insert = (agency: AgencyName, envelope: EventEnvelope) =>
        service.db.query(
          `INSERT INTO "${agency}".events (event_id, stream_id, stream_position, event_type, schema_version, subject, data, occurred_at, recorded_at, correlation_id, causation_id, actor, source)
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
      return {
        service,
        clock,
        // Each row its own commit, so the log's commit order is this order. A log holds each event once: no redeliveries here.
        deliver: async (facts) => {
          for (const { agency, envelope } of facts) await insert(agency, envelope);
        },
        deliverBroken: async (of) => {
          await insert('arrest', schemaBreaking(of).envelope);
          return 1;
        },
        close: async () => {
          await service.close();
          for (const a of agencies.reverse()) await a.close();
        },
      };
    },
    { redeliveries: false },
  );
});
