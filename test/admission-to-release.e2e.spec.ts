/**
 * The prison story through the real broker: admission of a mother with her baby, the children
 * recorded, an assessment of the baby, visits (one with a fee, the report's paid child visits), a
 * transfer with the family told, a scheduled release with the caregiver told, and the release.
 * Every fact is stored, published on justice.prison.events.v1 in order under the person's key,
 * schema-valid, and readable in the custody and its history.
 */
import { randomUUID } from 'node:crypto';
import { eventSchemas, Topics } from '@safeguard/contracts';
import { bearer, DevKeys } from '@safeguard/platform';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem } from './support/safeguard-system';
import { TopicReader } from './support/topic-reader';
import { teardown } from './support/teardown';

const officer = bearer(DevKeys.prisonCc2);
const monitor = bearer(DevKeys.monitor);
const DAY = 86_400_000;

describeWithKafka('admission with a baby to release, Kafka mode [real PostgreSQL]', () => {
  let system: SafeguardSystem;
  let reader: TopicReader;
  const admittedAt = new Date(Date.now() - 100 * DAY);
  const day = (n: number) => new Date(admittedAt.getTime() + n * DAY).toISOString();

  beforeAll(async () => {
    system = await SafeguardSystem.start('kafka', admittedAt);
    reader = await TopicReader.start(Topics.prisonEvents);
  }, 120_000);
  afterAll(async () => {
    await teardown(reader, system);
  }, 60_000);

  it('publishes every prison fact in order, schema-valid, and keeps it in the custody and its history', async () => {
    const personId = `person-${randomUUID()}`;
    const babyId = randomUUID();
    const sonId = randomUUID();
    const prison = () => system.http('prison');
    const post = (path: string, body: object) => prison().post(path).set(officer).send(body).expect(201);

    const admitted = await post('/custodies', {
      personId,
      facilityId: 'CC2',
      admittedAt: admittedAt.toISOString(),
      legalStatus: 'pre-trial',
      courtCaseReference: 'PP-2026-CR-0413',
      orderReference: 'PTD-2026-0413',
      nationality: 'KH',
    });
    const c = `/custodies/${admitted.body.custodyId}`;
    await post(`${c}/children-records`, {
      recordedAt: day(0.5),
      answer: 'has-children',
      numberOfChildren: 1,
      consentToRecordDetails: true,
      children: [
        { childId: sonId, name: 'Vichet', sex: 'male', ageYears: 7, livesWhere: 'Grandmother, Stung Meanchey', custodyStatus: 'with-relative' },
      ],
    });
    await post(`${c}/children-in-prison`, {
      childId: babyId,
      admittedAt: day(0.5),
      dateOfBirth: new Date(admittedAt.getTime() - 200 * DAY).toISOString().slice(0, 10),
      reason: 'Breastfed infant',
    });
    await post(`${c}/children/${babyId}/assessments`, {
      assessedAt: day(10),
      outcome: 'Healthy, growing well',
      nextAssessmentDue: day(90),
      referralOrPlacementPlan: null,
    });
    await post(`${c}/visits`, {
      visitedAt: day(20),
      durationMinutes: 30,
      childId: sonId,
      accompanyingAdult: 'Srey Mom (grandmother)',
      setting: 'behind-bars-or-screen',
      fee: { amount: 10000, currency: 'KHR' },
      ownClothesAllowed: false,
    });
    await post(`${c}/transfers`, { transferredAt: day(40), toFacilityId: 'PJ', reason: 'Overcrowding' });
    // After the transfer she is held at PJ: its officers record from here on, and CC2's no longer see her.
    const pj = bearer(DevKeys.prisonPj);
    await prison().get(c).set(officer).expect(404);
    const postAtPj = (path: string, body: object) => prison().post(path).set(pj).send(body).expect(201);
    await postAtPj(`${c}/family-notifications`, {
      notifiedAt: day(40.5),
      about: 'transfer',
      notifiedPerson: 'Srey Mom',
      isCaregiver: true,
      method: 'phone',
    });
    await postAtPj(`${c}/release-schedules`, { releaseOn: day(95), reason: 'bail' });
    await postAtPj(`${c}/family-notifications`, {
      notifiedAt: day(80),
      about: 'release',
      notifiedPerson: 'Srey Mom',
      isCaregiver: true,
      method: 'in-person',
    });
    await postAtPj(`${c}/releases`, { releasedAt: day(95), releasedTo: 'Srey Mom (mother), with the baby' });

    const expected = [
      'PersonAdmitted',
      'ChildrenRecordedAtAdmission',
      'ChildAdmittedWithParent',
      'ChildAssessed',
      'VisitTookPlace',
      'PrisonerTransferred',
      'FamilyNotified',
      'ReleaseScheduled',
      'FamilyNotified',
      'PersonReleased',
    ];
    const published = await eventually(
      async () => {
        const mine = reader.about(personId);
        return mine.length >= expected.length ? mine : undefined;
      },
      'the prison facts on the topic',
      60_000,
    );
    expect(published.map((e) => e.type)).toEqual(expected);
    for (const e of published)
      expect({ type: e.type, problems: eventSchemas().problems(e.type, e.schemaVersion, e.data) }).toEqual({ type: e.type, problems: [] });

    const history = (await prison().get(`${c}/history`).set(monitor).expect(200)).body;
    expect(history.events.map((e: { eventId: string }) => e.eventId)).toEqual(published.map((e) => e.eventId));
    const record = (await prison().get(c).set(monitor).expect(200)).body;
    expect(record).toMatchObject({ version: expected.length });
  }, 90_000);
});
