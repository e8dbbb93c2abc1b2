/**
 * Issue 13, done when "the v1→v2 upcasting test passes on both transports": a log written before
 * the eight events whose shape changed moved to schema v2 (DependantsScreeningRecorded,
 * CaseOpened, HearingScheduled, SentenceImposed, ClemencyGranted, ChildrenRecordedAtAdmission,
 * VisitTookPlace, ReleaseScheduled) replays to the same journeys and alerts as the same facts
 * written at the current versions.
 *
 * One family story, stored at v1 (the v1 fixtures), and its v2 equivalent. For each transport,
 * two fresh child-welfare services, each with its own PostgreSQL database, follow one log each;
 * GET /parents/{personId} (journey, children, alerts) must then be equal, with at least one alert.
 *
 * - Kafka: the v1 facts are produced as CloudEvent messages at schema v1 (ce_schemaversion 1,
 *   dataschema …:v1, the v1 data as value) onto test topics; the service decodes them through
 *   `decodeEventMessage`, which upcasts.
 * - Database log (the embedded mode's transport, here over real PostgreSQL): the agency services
 *   are started on the service's database so their schemas exist, the v1 rows are INSERTed into
 *   their events tables at schema_version 1 the way the store wrote them before v2 (today's
 *   `append` only writes current versions), and the child-welfare service follows those logs
 *   through its own database-log subscriptions (`EventStore.readLog` → `toEnvelope`, which upcasts).
 *
 * The v2 log is the v1 data upcast with the library's `upcast`, checked against the published v2
 * schemas. That is a fair equivalent: what the upcaster writes for each field is pinned by its own
 * unit tests (libs/contracts/src/upcasting/*.unit.spec.ts), and the v2 log is what a producer
 * writing today records of the same facts; what this test proves is that every read path of a
 * consumer applies it. Both logs carry the same event ids, streams, actors and times, so nothing but
 * the stored version and shape differ. If a read path skipped upcasting, v1 data would reach the
 * inbox as v1 (a visit with `childId` and no `childIds`, a hearing without `scheduledAtSource`…):
 * checked once with `upcastEnvelope` made to return its input, both tests fail, the v1 visits
 * dead-lettered ("childIdsIn … is not iterable") and the v1 service never keeping every fact.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { EventCatalogue, eventSchemas, toCloudEventMessage, upcast, type Actor, type EventEnvelope, type PublicEvent } from '@safeguard/contracts';
import { Database } from '@safeguard/event-store';
import { bearer, DevKeys, ManualClock, type RuntimeConfig } from '@safeguard/platform';
import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import {
  aCaseOpenedV1,
  aChildrenRecordedAtAdmissionV1,
  aClemencyGrantedV1,
  aDependantsScreeningV1,
  aHearingScheduledV1,
  aReleaseScheduledV1,
  aSentenceImposedV1,
  aVisitTookPlaceV1,
} from '@safeguard/contracts/testing/v1-fixtures';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { CourtServiceModule } from '../apps/court-service/src/court-service.module';
import { PrisonServiceModule } from '../apps/prison-service/src/prison-service.module';
import { DEFAULT_REPORTING_GRACE_MINUTES } from '../apps/child-welfare-service/src/alerts/alert-book';
import { ChildWelfareServiceModule } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { DeadlineSweeper } from '../apps/child-welfare-service/src/deadline-sweep/deadline-sweeper';
import { describeWithKafka, TEST_KAFKA_BROKERS } from './support/environment';
import { eventually } from './support/eventually';
import { startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';

const monitor = bearer(DevKeys.monitor);
const DAY = 24 * 60 * 60_000;
const at = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

type Agency = 'arrest' | 'court' | 'prison';
const ACTORS: Record<Agency, Actor> = {
  arrest: { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-17' },
  court: { agency: 'court', role: 'court-clerk', unitId: 'PP-MUNICIPAL-COURT', userId: 'clerk-3' },
  prison: { agency: 'prison', role: 'prison-officer', unitId: 'CC2', userId: 'officer-cc2' },
};
const SOURCES: Record<Agency, string> = {
  arrest: '/safeguard/arrest-service',
  court: '/safeguard/court-service',
  prison: '/safeguard/prison-service',
};

/** A fact as some log holds it: its type, the version it was written at, its data. */
interface Stored {
  readonly type: PublicEvent['type'];
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** One recorded fact of the story, with everything about it that both logs share. */
interface StoryFact {
  readonly agency: Agency;
  readonly eventId: string;
  readonly correlationId: string;
  readonly streamId: string;
  readonly streamPosition: number;
  readonly v1: Stored;
}

/**
 * Sokha, arrested with one son at home: screened at arrest (v1), her case opened (v1) and a trial
 * hearing scheduled (v1) of which her family is never told, sentenced (v1), admitted to CC2 where
 * her son is recorded (v1) and visits her twice (v1, one with him and one adult-only), granted a
 * clemency (v1) and her release scheduled (v1). ArrestMade and PersonAdmitted never changed shape:
 * they are at v1 in both logs, as they are today.
 */
function familyStory() {
  const arrestedAt = '2025-06-02T02:00:00.000Z';
  const arrest = anArrestMade({
    arrestedAt,
    circumstances: { childrenPresent: 1, afterDark: true, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
  });
  const personId = arrest.data.person.personId;
  const childId = randomUUID();
  const screening = aDependantsScreeningV1(arrest.data);
  const screeningData = { ...screening.data, children: screening.data.children.map((c) => ({ ...c, childId })) };
  const caseReference = `PPCFI-2025-${randomUUID().slice(0, 6)}`;
  const opened = aCaseOpenedV1({ personId, arrestIds: [arrest.data.arrestId], caseReference, openedAt: at(arrestedAt, 2) });
  const hearing = aHearingScheduledV1(opened.data, { scheduledAt: at(arrestedAt, 10), hearingAt: at(arrestedAt, 40) });
  const sentence = aSentenceImposedV1(opened.data, { imposedAt: at(arrestedAt, 41), custodialMonths: 12 });
  const clemency = aClemencyGrantedV1(opened.data, { grantedAt: at(arrestedAt, 200), reductionMonths: 2 });
  const admission = aPersonAdmitted({ personId, admittedAt: at(arrestedAt, 3), courtCaseReference: caseReference, legalStatus: 'pre-trial' });
  const children = aChildrenRecordedAtAdmissionV1(admission.data);
  const childrenData = { ...children.data, children: children.data.children.map((c) => ({ ...c, childId })) };
  const visit = aVisitTookPlaceV1(admission.data, { childId, visitedAt: at(arrestedAt, 13) });
  const adultVisit = aVisitTookPlaceV1(admission.data, {
    childId: null,
    visitorName: 'Sok Mealea',
    accompanyingAdult: null,
    visitedAt: at(arrestedAt, 27),
  });
  const release = aReleaseScheduledV1(admission.data, { scheduledAt: at(arrestedAt, 250), releaseOn: at(arrestedAt, 280) });

  const streams: Record<Agency, { streamId: string; facts: Stored[] }> = {
    arrest: {
      streamId: `arrest-${arrest.data.arrestId}`,
      facts: [
        { type: 'ArrestMade', schemaVersion: 1, data: arrest.data },
        { ...screening, data: screeningData },
      ],
    },
    court: { streamId: `case-${opened.data.caseId}`, facts: [opened, hearing, sentence, clemency] },
    prison: {
      streamId: `custody-${admission.data.custodyId}`,
      facts: [{ type: 'PersonAdmitted', schemaVersion: 1, data: admission.data }, { ...children, data: childrenData }, visit, adultVisit, release],
    },
  };
  const facts: StoryFact[] = (Object.keys(streams) as Agency[]).flatMap((agency) =>
    streams[agency].facts.map((v1, i) => ({
      agency,
      eventId: randomUUID(),
      correlationId: randomUUID(),
      streamId: streams[agency].streamId,
      streamPosition: i + 1,
      v1,
    })),
  );
  // Every deadline of the story has passed (the release is day 280), and so has the reporting grace once the clock moves on.
  return { personId, facts, clockAt: new Date(at(arrestedAt, 300)) };
}

/** The same fact written today: upcast to the current version, and valid against its published schema. */
function atCurrentVersion(fact: Stored): Stored {
  const current = upcast(fact.type, fact.schemaVersion, fact.data);
  expect({
    type: fact.type,
    version: current.schemaVersion,
    problems: eventSchemas().problems(fact.type, current.schemaVersion, current.data),
  }).toEqual({
    type: fact.type,
    version: EventCatalogue[fact.type].schemaVersion,
    problems: [],
  });
  return { type: fact.type, ...current };
}

const subjectOf = (stored: Stored) => {
  const data = stored.data as { personId?: string; person?: { personId: string } };
  return data.personId ?? data.person!.personId;
};
const occurredAtOf = (stored: Stored) => (stored.data as Record<string, string>)[EventCatalogue[stored.type].occurredAt as string];

type Log = 'v1' | 'v2';
const factIn = (fact: StoryFact, log: Log): Stored => (log === 'v1' ? fact.v1 : atCurrentVersion(fact.v1));

function envelopeOf(fact: StoryFact, log: Log): EventEnvelope {
  const stored = factIn(fact, log);
  const occurredAt = occurredAtOf(stored);
  return {
    eventId: fact.eventId,
    type: stored.type,
    schemaVersion: stored.schemaVersion,
    streamId: fact.streamId,
    streamPosition: fact.streamPosition,
    globalPosition: '0',
    subject: subjectOf(stored),
    occurredAt,
    recordedAt: occurredAt,
    correlationId: fact.correlationId,
    causationId: null,
    actor: ACTORS[fact.agency],
    source: SOURCES[fact.agency],
    data: stored.data,
  };
}

/** Inserts the row the way the store wrote it, at the version of the log, bypassing today's append (which writes only current versions, with ids of its own). */
async function insertRow(db: Database, fact: StoryFact, log: Log): Promise<void> {
  const stored = factIn(fact, log);
  await db.query(
    `INSERT INTO "${fact.agency}".events (event_id, stream_id, stream_position, event_type, schema_version, subject, data, occurred_at, recorded_at, correlation_id, causation_id, actor, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, NULL, $10, $11)`,
    [
      fact.eventId,
      fact.streamId,
      fact.streamPosition,
      stored.type,
      stored.schemaVersion,
      subjectOf(stored),
      JSON.stringify(stored.data),
      occurredAtOf(stored),
      fact.correlationId,
      JSON.stringify(ACTORS[fact.agency]),
      SOURCES[fact.agency],
    ],
  );
}

/** Processing times (when a service received a fact) differ by design; every event time and derived id must not. */
function withoutProcessingTimes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) => (key === 'receivedAt' ? undefined : v));
}

/** A fresh child-welfare service on its own database, its clock past every deadline of the story. */
interface Follower {
  readonly service: ServiceApp;
  readonly clock: ManualClock;
  close(): Promise<void>;
}

/**
 * Feeds the story's facts one agency at a time (each waits until the service has kept the facts
 * so far), so both services see the same arrival order, then lets the reporting grace pass,
 * fires every due deadline and returns what the family's record says.
 */
async function replay(
  follower: Follower,
  story: ReturnType<typeof familyStory>,
  feed: (facts: StoryFact[]) => Promise<void>,
): Promise<{ record: Record<string, unknown> }> {
  const { service, clock } = follower;
  // Said in the failure, should a fact be refused (as a v1 one read without upcasting is).
  const deadLetters = async () =>
    (await service.db.query<{ reason: string }>(`SELECT reason FROM child_welfare.dead_letters`)).map((r) => r.reason).join('; ');
  let kept = 0;
  for (const agency of ['arrest', 'court', 'prison'] as const) {
    const facts = story.facts.filter((f) => f.agency === agency);
    await feed(facts);
    kept += facts.length;
    await eventually(
      async () => {
        const [{ n }] = await service.db.query<{ n: string }>(`SELECT count(*) AS n FROM child_welfare.facts WHERE person_id = $1`, [story.personId]);
        if (Number(n) === kept) return true;
        const refused = await deadLetters();
        if (refused) throw new Error(`dead-lettered: ${refused}`);
        return undefined;
      },
      `the ${agency} facts kept (${kept} in all)`,
      30_000,
    );
  }
  clock.advance((DEFAULT_REPORTING_GRACE_MINUTES + 1) * 60_000);
  while ((await service.app.get(DeadlineSweeper).sweepDue()) > 0);
  const res = await service.http().get(`/parents/${story.personId}`).set(monitor).expect(200);
  return { record: res.body };
}

function expectSameRecord(fromV1: Record<string, unknown>, fromV2: Record<string, unknown>): void {
  // The story must mean something: a hearing the family was never told of, as a key date and an alert.
  const alerts = fromV2.alerts as { ruleId: string }[];
  expect(alerts.length).toBeGreaterThan(0);
  expect(alerts.map((a) => a.ruleId)).toContain('hearing-not-notified');
  expect(fromV2.children).toHaveLength(1);
  expect((fromV2.journey as { keyDates: unknown[] }).keyDates).toEqual(
    expect.arrayContaining([expect.objectContaining({ kind: 'hearing', familyTold: false }), expect.objectContaining({ kind: 'release' })]),
  );
  expect(withoutProcessingTimes(fromV1)).toEqual(withoutProcessingTimes(fromV2));
}

describe('a v1-only log replays as its v2 equivalent, database-log transport [real PostgreSQL]', () => {
  const story = familyStory();
  const followers: Follower[] = [];

  /** A database with the agency services' schemas (their migrations) and a child-welfare service following their logs. */
  async function startFollower(): Promise<Follower & { db: Database }> {
    const database = await createTestDatabase();
    const config: RuntimeConfig = { database: { kind: 'postgres', url: database.url, poolSize: 5 }, transport: { kind: 'database-log' } };
    const agencies: ServiceApp[] = [];
    let service: ServiceApp | undefined;
    const clock = new ManualClock(story.clockAt);
    const close = async () => {
      await service?.close();
      for (const a of agencies.reverse()) await a.close();
      await database.drop();
    };
    try {
      for (const module of [ArrestServiceModule.forRoot(config), CourtServiceModule.forRoot(config), PrisonServiceModule.forRoot(config)]) {
        agencies.push(await startServiceApp(module, { logger: ['error'] }));
      }
      service = await startServiceApp(ChildWelfareServiceModule.forRoot(config, { sweepIntervalMs: 60_000 }), { clock, logger: ['error'] });
    } catch (e) {
      await close();
      throw e;
    }
    const follower = { service, clock, db: service.db, close };
    followers.push(follower);
    return follower;
  }

  afterAll(async () => {
    for (const f of followers) await f.close();
  }, 60_000);

  it("follows the agencies' logs holding rows stored at v1 to the same journeys and alerts as the same rows at v2", async () => {
    const v1 = await startFollower();
    const v2 = await startFollower();
    const fromV1 = await replay(v1, story, async (facts) => {
      for (const f of facts) await insertRow(v1.db, f, 'v1');
    });
    const fromV2 = await replay(v2, story, async (facts) => {
      for (const f of facts) await insertRow(v2.db, f, 'v2');
    });

    // The rows are stored as written: the v1 log really holds v1.
    const versions = await v1.db.query<{ event_type: string; schema_version: number }>(
      `SELECT event_type, schema_version FROM court.events UNION ALL SELECT event_type, schema_version FROM prison.events UNION ALL SELECT event_type, schema_version FROM arrest.events`,
    );
    expect(versions.filter((r) => r.schema_version === 1)).toHaveLength(story.facts.length);
    expectSameRecord(fromV1.record, fromV2.record);
  }, 180_000);
});

describeWithKafka('a v1-only log replays as its v2 equivalent, Kafka transport [real PostgreSQL]', () => {
  const story = familyStory();
  const followers: Follower[] = [];
  const kafka = new Kafka({ clientId: 'v1-replay', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.ERROR });
  const producer = kafka.producer();

  async function startFollower(topics: Record<Agency, string>): Promise<Follower> {
    const database = await createTestDatabase();
    const clock = new ManualClock(story.clockAt);
    let service: ServiceApp | undefined;
    const close = async () => {
      await service?.close();
      await database.drop();
    };
    try {
      service = await startServiceApp(
        ChildWelfareServiceModule.forRoot(
          { database: { kind: 'postgres', url: database.url, poolSize: 5 }, transport: { kind: 'kafka', brokers: TEST_KAFKA_BROKERS } },
          { agencyTopics: Object.values(topics), consumerGroup: `v1-replay-${randomUUID()}`, sweepIntervalMs: 60_000 },
        ),
        { clock, logger: ['error'] },
      );
    } catch (e) {
      await close();
      throw e;
    }
    const follower = { service, clock, close };
    followers.push(follower);
    return follower;
  }

  const testTopics = (log: Log): Record<Agency, string> => {
    const run = randomUUID();
    return { arrest: `test.upcast.${run}.${log}.arrest`, court: `test.upcast.${run}.${log}.court`, prison: `test.upcast.${run}.${log}.prison` };
  };

  beforeAll(async () => {
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    for (const f of followers) await f.close();
  }, 60_000);

  it('consumes CloudEvents published at schema v1 to the same journeys and alerts as the same events at v2', async () => {
    const feedOnto = (topics: Record<Agency, string>, log: Log) => async (facts: StoryFact[]) => {
      for (const fact of facts) {
        const envelope = envelopeOf(fact, log);
        const message = toCloudEventMessage(envelope);
        if (log === 'v1' && fact.v1.schemaVersion === 1 && EventCatalogue[fact.v1.type].schemaVersion === 2) {
          // What a producer published before v2, as the consumer finds it retained on the topic.
          expect(message.headers).toMatchObject({ ce_schemaversion: '1', ce_dataschema: `urn:safeguard:contracts:events:${fact.v1.type}:v1` });
        }
        await producer.send({
          topic: topics[fact.agency],
          acks: -1,
          messages: [{ key: message.key, value: message.value, headers: message.headers }],
        });
      }
    };
    const v1Topics = testTopics('v1');
    const v2Topics = testTopics('v2');
    const v1 = await startFollower(v1Topics);
    const v2 = await startFollower(v2Topics);
    const fromV1 = await replay(v1, story, feedOnto(v1Topics, 'v1'));
    const fromV2 = await replay(v2, story, feedOnto(v2Topics, 'v2'));
    expectSameRecord(fromV1.record, fromV2.record);
  }, 180_000);
});
