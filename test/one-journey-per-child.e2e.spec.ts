/**
 * Issue 6, through the real broker: the same two children recorded by the police at arrest, by
 * the court and by the prison at admission are one journey each; a prison record that contradicts
 * the police's is flagged for review, not merged or duplicated; the same events delivered again,
 * shuffled across topics and duplicated, to a second child-welfare service end in the same
 * journeys; and a rebuild from the topics' beginning gives back the live state.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { eventSchemas, toCloudEventMessage, Topics, type EventEnvelope } from '@safeguard/contracts';
import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { ChildWelfareServiceModule } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { ProjectionRebuild } from '../apps/child-welfare-service/src/rebuild/projection-rebuild';
import { describeWithKafka, TEST_KAFKA_BROKERS } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem } from './support/safeguard-system';
import { startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';
import { TopicReader } from './support/topic-reader';
import { teardown } from './support/teardown';

const police = bearer(DevKeys.policePhnomPenh);
const clerk = bearer(DevKeys.courtClerk);
const judge = bearer(DevKeys.judge);
const prisonOfficer = bearer(DevKeys.prisonCc2);
const monitor = bearer(DevKeys.monitor);
const DAY = 24 * 60 * 60_000;

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describeWithKafka('one journey per child across police, court and prison, Kafka mode [real PostgreSQL, real broker]', () => {
  let system: SafeguardSystem;
  const readers: TopicReader[] = [];
  let journeyTopic: TopicReader;
  const arrestedAt = new Date(Date.now() - 20 * DAY);
  const day = (d: number) => new Date(arrestedAt.getTime() + d * DAY).toISOString();
  const personId = `person-${randomUUID()}`;
  const dara = { police: randomUUID(), prison: randomUUID() };
  const lina = randomUUID();

  beforeAll(async () => {
    // The child-welfare clock stays at the arrest: no deadline passes unless a test moves it, so
    // what is compared is the projection, not which deadline the sweeper happened to reach first.
    system = await SafeguardSystem.start('kafka', new Date(arrestedAt.getTime() + 60_000));
    for (const topic of [Topics.arrestEvents, Topics.courtEvents, Topics.prisonEvents]) readers.push(await TopicReader.start(topic));
    journeyTopic = await TopicReader.start(Topics.childJourneys);
  }, 120_000);
  afterAll(async () => {
    for (const r of readers) await r.stop();
    await teardown(journeyTopic, system);
  }, 60_000);

  const family = () => system.http('childWelfare').get(`/parents/${personId}`).set(monitor);

  it('keeps each child once, follows the mother from arrest to prison, and flags the record that contradicts the police', async () => {
    const arrest = (path: string, body: object) => system.http('arrest').post(path).set(police).send(body).expect(201);
    const { arrestId } = (
      await arrest('/arrests', {
        person: { personId, name: 'Sokha Chan', sex: 'female', estimatedAgeYears: 29, nationality: 'KH', homeProvince: 'Phnom Penh' },
        arrestedAt: arrestedAt.toISOString(),
        place: 'Market stall, Russey Keo',
        province: 'Phnom Penh',
        arrestingUnitType: 'police',
        suspectedOffence: { name: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: true },
        circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      })
    ).body;
    const a = `/arrests/${arrestId}`;
    await arrest(`${a}/dependants-screening`, {
      askedAt: day(0.02),
      askedBy: 'officer-9',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 2,
      consentToRecordChildDetails: true,
      children: [
        {
          childId: dara.police,
          name: 'Dara',
          sex: 'male',
          dateOfBirth: '2019-05-02',
          whereabouts: 'at-home-with-caregiver',
          caregiver: { name: 'Chan Vuthy', relation: 'father', contact: '+855 12 000 111' },
        },
        {
          childId: lina,
          name: 'Lina',
          sex: 'female',
          dateOfBirth: '2021-08-15',
          whereabouts: 'with-relative',
          caregiver: { name: 'Chan Sophea', relation: 'grandparent', contact: '+855 12 000 222' },
        },
      ],
    });
    await arrest(`${a}/family-contacts`, {
      contactedAt: day(0.05),
      method: 'phone',
      contactedName: 'Chan Vuthy',
      contactedRelation: 'father',
      childIds: [dara.police, lina],
    });
    await arrest(`${a}/police-custody`, { custodyAt: day(0.1), facility: 'Russey Keo district police station' });

    const caseReference = `PP-2026-CR-${randomUUID().slice(0, 8)}`;
    const opened = await system
      .http('court')
      .post('/cases')
      .set(clerk)
      .send({
        caseReference,
        arrestIds: [arrestId],
        personId,
        openedAt: day(1),
        charges: [{ offence: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false }],
      })
      .expect(201);
    const c = `/cases/${opened.body.caseId}`;
    await system
      .http('court')
      .post(`${c}/pretrial-decisions`)
      .set(judge)
      .send({
        decidedAt: day(1.5),
        outcome: 'detention',
        grounds: ['guarantee-presence'],
        justification: 'No fixed address in Phnom Penh and she missed a summons before.',
        askedAboutPregnancyAndDependants: true,
        careArrangementsNoted: 'Children with their father and grandmother',
        alternativesConsidered: true,
        detentionMonths: 4,
        detentionOrderReference: `PTD-${randomUUID().slice(0, 8)}`,
      })
      .expect(201);

    const prison = (path: string, body: object) => system.http('prison').post(path).set(prisonOfficer).send(body).expect(201);
    const admitted = await prison('/custodies', {
      personId,
      facilityId: 'CC2',
      admittedAt: day(2),
      legalStatus: 'pre-trial',
      courtCaseReference: caseReference,
      orderReference: 'PTD-ORDER',
      nationality: 'KH',
    });
    const custody = `/custodies/${admitted.body.custodyId}`;
    await prison(`${custody}/children-records`, {
      recordedAt: day(2.2),
      answer: 'has-children',
      numberOfChildren: 2,
      consentToRecordDetails: true,
      children: [
        // The prison's own reference for Dara: the same child by name and date of birth.
        {
          childId: dara.prison,
          name: 'DARA ',
          sex: 'male',
          dateOfBirth: '2019-05-02',
          livesWhere: 'With his father, Russey Keo',
          custodyStatus: 'with-other-parent',
        },
        // Lina under the police's reference, but born four years earlier than the police recorded: a contradiction for a person to look at.
        { childId: lina, name: 'Lina', sex: 'female', dateOfBirth: '2017-08-15', livesWhere: 'With her grandmother', custodyStatus: 'with-relative' },
      ],
    });
    await prison(`${custody}/visits`, {
      visitedAt: day(9),
      durationMinutes: 30,
      childId: dara.prison,
      accompanyingAdult: 'Chan Vuthy (father)',
      setting: 'contact-visit',
      fee: null,
      ownClothesAllowed: true,
    });

    const posted = 9;
    await eventually(
      async () => {
        const [{ n }] = await system.childWelfareDb.query<{ n: string }>(`SELECT count(*) AS n FROM child_welfare.facts WHERE person_id = $1`, [
          personId,
        ]);
        return Number(n) === posted || undefined;
      },
      `all ${posted} facts kept, whichever topic delivered first`,
      60_000,
    );
    const record = (await family().expect(200)).body;

    expect(record.children).toHaveLength(2);
    expect(record.journey).toMatchObject({ stage: 'pre-trial-detention', facilityId: 'CC2', arrestIds: [arrestId] });
    const daraSummary = record.children.find((ch: { childIds: string[] }) => ch.childIds.includes(dara.police));
    expect(daraSummary.childIds.sort()).toEqual([dara.police, dara.prison].sort());
    expect(daraSummary).toMatchObject({ childKey: dara.police, locationType: 'at-home-with-other-parent', facilityId: 'CC2', reviewFlags: 0 });
    const linaSummary = record.children.find((ch: { childIds: string[] }) => ch.childIds.includes(lina));
    expect(linaSummary.reviewFlags).toBeGreaterThan(0);
    expect(record.reviewFlags.map((f: { kind: string }) => f.kind)).toContain('conflicting-birth-year');

    const child = (await system.http('childWelfare').get(`/children/${dara.prison}`).set(monitor).expect(200)).body;
    expect(child.journey.recordedBy).toEqual(expect.arrayContaining(['police', 'prison']));
    expect(child.journey.stageHistory.map((s: { stage: string }) => s.stage)).toEqual(
      expect.arrayContaining(['arrested', 'in-police-custody', 'pre-trial-detention']),
    );
    expect(child.journey.timeline.every((t: { source: { agency: string; eventId: string } }) => t.source.agency && t.source.eventId)).toBe(true);
    const logged = await system.childWelfareDb.query(
      `SELECT role, route, outcome FROM child_welfare.access_log WHERE $1 = ANY(child_ids) AND route = '/children/:childId'`,
      [dara.police],
    );
    expect(logged).toEqual([{ role: 'oversight-monitor', route: '/children/:childId', outcome: 200 }]);
    await system.http('childWelfare').get(`/children/${dara.police}`).set(bearer(DevKeys.integrator)).expect(403);

    // Integrators follow the journeys on their own topic: references and stages, never a name.
    const changes = await eventually(
      async () => {
        const mine = journeyTopic.about(personId);
        const latest = new Map(mine.map((e) => [(e.data as { childKey: string }).childKey, e]));
        return latest.get(dara.police) && (latest.get(dara.police)!.data as { stage: string }).stage === 'pre-trial-detention' ? mine : undefined;
      },
      'the child-journey changes on their topic',
      60_000,
    );
    for (const e of changes)
      expect({ type: e.type, problems: eventSchemas().problems(e.type, e.schemaVersion, e.data) }).toEqual({
        type: 'ChildJourneyChanged',
        problems: [],
      });
    expect(JSON.stringify(changes.map((e) => e.data))).not.toMatch(/Dara|Lina|Sokha|Chan Vuthy/i);
    const latestDara = changes.filter((e) => (e.data as { childKey: string }).childKey === dara.police).pop()!.data;
    expect(latestDara).toMatchObject({
      childIds: expect.arrayContaining([dara.police, dara.prison]),
      facilityId: 'CC2',
      recordedBy: expect.arrayContaining(['police', 'prison']),
    });
  }, 120_000);

  it('ends in the same journeys when the same events arrive shuffled across topics and duplicated', async () => {
    const published: EventEnvelope[] = readers.flatMap((r) => r.about(personId));
    expect(published).toHaveLength(9);
    const replayTopics = {
      arrest: `test.replay.${randomUUID()}.arrest`,
      court: `test.replay.${randomUUID()}.court`,
      prison: `test.replay.${randomUUID()}.prison`,
    };
    const topicOf = (e: EventEnvelope) =>
      e.source.includes('arrest') ? replayTopics.arrest : e.source.includes('court') ? replayTopics.court : replayTopics.prison;

    const database = await createTestDatabase();
    let replica: ServiceApp | undefined;
    try {
      replica = await startServiceApp(
        ChildWelfareServiceModule.forRoot(
          { database: { kind: 'postgres', url: database.url, poolSize: 5 }, transport: { kind: 'kafka', brokers: TEST_KAFKA_BROKERS } },
          { agencyTopics: Object.values(replayTopics), consumerGroup: `replica-${randomUUID()}`, sweepIntervalMs: 60_000 },
        ),
        { clock: new ManualClock(system.clock.now()), logger: ['error'] },
      );
      // Newest first, then every event again in another order: admissions before the court orders they rest on.
      const delivery = [...shuffled(published, 7).reverse(), ...shuffled(published, 42)];
      const kafka = new Kafka({ clientId: 'replay', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.ERROR });
      const producer = kafka.producer();
      await producer.connect();
      for (const envelope of delivery) {
        const message = toCloudEventMessage(envelope);
        // One message at a time, so the broker keeps exactly this shuffled order.
        await producer.send({ topic: topicOf(envelope), acks: -1, messages: [{ key: message.key, value: message.value, headers: message.headers }] });
      }
      await producer.disconnect();

      const live = (await family().expect(200)).body;
      const replayed = await eventually(
        async () => {
          // Count the facts first, then read the record: read the other way round, the record could
          // come from before the last fact's transaction committed and the count from after it.
          const [{ n }] = await replica!.db.query<{ n: string }>(`SELECT count(*) AS n FROM child_welfare.facts WHERE person_id = $1`, [personId]);
          if (Number(n) !== published.length) return undefined;
          const res = await replica!.http().get(`/parents/${personId}`).set(monitor);
          return res.status === 200 ? res.body : undefined;
        },
        'the replica to apply every shuffled event',
        60_000,
      );
      const [{ kept }] = await replica.db.query<{ kept: string }>(`SELECT count(*) AS kept FROM child_welfare.facts`);
      expect(Number(kept)).toBe(published.length);
      expect(withoutProcessingTimes(replayed)).toEqual(withoutProcessingTimes(live));
    } finally {
      await replica?.close();
      await database.drop();
    }
  }, 120_000);

  it('rebuilds from the beginning of the topics to the same state as the live one', async () => {
    const live = (await family().expect(200)).body;
    const report = await system.childWelfare.get(ProjectionRebuild).run();
    expect(report.facts).toBeGreaterThanOrEqual(9);
    const rebuilt = (await family().expect(200)).body;
    expect(withoutProcessingTimes(rebuilt)).toEqual(withoutProcessingTimes(live));
  }, 120_000);
});

/** Processing times (when this replica received a fact) differ by design; every event time must not. */
function withoutProcessingTimes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) => (key === 'receivedAt' ? undefined : v));
}
