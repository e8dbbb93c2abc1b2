import { EventStore } from '@safeguard/event-store';
import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { PrisonServiceModule } from '../prison-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anAdmissionBody } from '../../../../test/support/prison-requests';
import { custodyStreamId } from './custody.state';

const aChildrenRecordBody = () => ({
  recordedAt: '2026-03-03T10:00:00Z',
  answer: 'has-children',
  numberOfChildren: 1,
  consentToRecordDetails: true,
  children: [
    {
      name: 'Dara',
      sex: 'male',
      dateOfBirth: '2019-06-02',
      livesWhere: 'With his grandmother Sok Mealea, Chbar Ampov',
      custodyStatus: 'with-relative',
    },
  ],
});

const aBabyBody = () => ({ admittedAt: '2026-03-03T09:30:00Z', dateOfBirth: '2025-08-14', reason: 'Breastfed; nobody outside can care for him' });
const anAssessmentBody = () => ({
  assessedAt: '2026-03-17T09:00:00Z',
  outcome: 'Healthy and gaining weight; best served staying with his mother for now',
  nextAssessmentDue: '2026-09-17T09:00:00Z',
  referralOrPlacementPlan: 'Weekly play sessions with the partner NGO',
});
const aDepartureBody = () => ({
  leftAt: '2026-09-14T08:00:00Z',
  toWhom: 'Sok Mealea (his grandmother)',
  reason: 'Placement plan agreed with his mother',
});

describe('prison service over HTTP: admission, her children and children living in prison (embedded database)', () => {
  let service: ServiceApp;
  const clock = new ManualClock(new Date('2026-09-20T08:00:00Z'));
  const http = () => service.http();
  const cc2 = bearer(DevKeys.prisonCc2);
  const pj = bearer(DevKeys.prisonPj);
  const monitor = bearer(DevKeys.monitor);
  const eventCount = () => service.eventCount('prison');
  const stream = async (custodyId: string) => (await service.app.get(EventStore).readStream(custodyStreamId(custodyId))).events;
  const admit = async (body = anAdmissionBody(), officer = cc2) =>
    (await http().post('/custodies').set(officer).send(body).expect(201)).body.custodyId as string;

  beforeAll(async () => {
    service = await startServiceApp(PrisonServiceModule.forRoot(EMBEDDED_CONFIG), { clock, title: 'prison' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when she is admitted with her baby, her son outside is recorded, and she gives birth in custody', () => {
    it('records each fact on the custody and shows them on the record', async () => {
      const admitted = await http().post('/custodies').set(cc2).send(anAdmissionBody()).expect(201);
      const { custodyId } = admitted.body;
      const c = `/custodies/${custodyId}`;
      expect(admitted.headers.location).toBe(c);
      expect(admitted.headers.etag).toBe('"1"');

      await http().post(`${c}/children-records`).set(cc2).set('If-Match', '"1"').send(aChildrenRecordBody()).expect(201).expect('ETag', '"2"');
      const baby = await http().post(`${c}/children-in-prison`).set(cc2).set('If-Match', '"2"').send(aBabyBody()).expect(201);
      const babyId = baby.body.childId as string;
      expect(baby.body).toMatchObject({ custodyId, version: 3, childId: expect.any(String), eventIds: [expect.any(String)] });
      await http().post(`${c}/children/${babyId}/assessments`).set(cc2).send(anAssessmentBody()).expect(201);
      await http().post(`${c}/pregnancies`).set(cc2).send({ recordedAt: '2026-03-04T09:00:00Z', expectedDeliveryDate: '2026-07-20' }).expect(201);
      const birth = await http().post(`${c}/births`).set(cc2).send({ bornAt: '2026-07-19T03:40:00Z', sex: 'female' }).expect(201);
      const bornId = birth.body.childId as string;
      await http().post(`${c}/children/${babyId}/departures`).set(cc2).send(aDepartureBody()).expect(201).expect('ETag', '"7"');

      const events = await stream(custodyId);
      expect(events.map((e) => e.type)).toEqual([
        'PersonAdmitted',
        'ChildrenRecordedAtAdmission',
        'ChildAdmittedWithParent',
        'ChildAssessed',
        'PregnancyRecorded',
        'ChildBornInCustody',
        'ChildLeftPrison',
      ]);
      const [admission, children, babyIn, assessment, pregnancy, born, left] = events.map((e) => e.data as Record<string, unknown>);
      const personId = 'person-KH-0012';
      expect(admission).toEqual({ ...anAdmissionBody(), custodyId, admittedAt: '2026-03-03T09:00:00.000Z' });
      expect(children).toMatchObject({
        custodyId,
        personId,
        answer: 'has-children',
        numberOfChildren: 1,
        children: [{ childId: expect.any(String), name: 'Dara', ageYears: null }],
      });
      expect(babyIn).toEqual({
        custodyId,
        personId,
        childId: babyId,
        admittedAt: '2026-03-03T09:30:00.000Z',
        dateOfBirth: '2025-08-14',
        reason: aBabyBody().reason,
      });
      expect(assessment).toMatchObject({ childId: babyId, assessedAt: '2026-03-17T09:00:00.000Z', nextAssessmentDue: '2026-09-17T09:00:00.000Z' });
      expect(pregnancy).toEqual({ custodyId, personId, recordedAt: '2026-03-04T09:00:00.000Z', expectedDeliveryDate: '2026-07-20' });
      expect(born).toEqual({ custodyId, personId, childId: bornId, bornAt: '2026-07-19T03:40:00.000Z', sex: 'female' });
      expect(left).toEqual({ custodyId, personId, childId: babyId, ...aDepartureBody(), leftAt: '2026-09-14T08:00:00.000Z' });

      const record = await http().get(c).set(cc2).expect(200).expect('ETag', '"7"');
      expect(record.body).toMatchObject({
        custodyId,
        version: 7,
        status: 'held',
        facilityId: 'CC2',
        childrenAtAdmission: children,
        pregnancies: [pregnancy],
        births: [born],
        timeline: [],
      });
      expect(record.body.childrenInPrison).toEqual([
        {
          childId: babyId,
          since: '2026-03-03T09:30:00.000Z',
          arrival: { how: 'admitted-with-her', ...babyIn },
          assessments: [assessment],
          departure: left,
        },
        { childId: bornId, since: '2026-07-19T03:40:00.000Z', arrival: { how: 'born-in-custody', ...born }, assessments: [], departure: null },
      ]);
      await http().get(c).set(monitor).expect(200);
      const history = await http().get(`${c}/history`).set(monitor).expect(200);
      expect(history.body.events.map((e: { actor: { userId: string } }) => e.actor.userId)).toEqual(Array(7).fill('warden-8'));
    });
  });

  describe('when she gives only some details of her children', () => {
    it('records a child known by her birth year, name and sex withheld, and one whose carer nobody noted', async () => {
      const custodyId = await admit();
      const partial = {
        ...aChildrenRecordBody(),
        numberOfChildren: 2,
        children: [
          { detailsWithheld: 'parent-declined', birthYear: 2019, custodyStatus: 'with-other-adult', livesWhere: 'With a neighbour' },
          { name: 'Sophea', detailsWithheld: 'not-asked', ageYears: 4, custodyStatus: 'not-recorded' },
        ],
      };
      await http().post(`/custodies/${custodyId}/children-records`).set(cc2).send(partial).expect(201);
      const [, recorded] = await stream(custodyId);
      expect(recorded.data).toMatchObject({
        children: [
          {
            name: null,
            sex: null,
            detailsWithheld: 'parent-declined',
            birthYear: 2019,
            dateOfBirth: null,
            ageYears: null,
            custodyStatus: 'with-other-adult',
            livesWhere: 'With a neighbour',
          },
          { name: 'Sophea', sex: null, detailsWithheld: 'not-asked', birthYear: null, ageYears: 4, custodyStatus: 'not-recorded', livesWhere: null },
        ],
      });
    });

    it.each([
      [
        'a missing name with no reason',
        { custodyStatus: 'with-relative', ageYears: 6 },
        [{ field: 'children.0.detailsWithheld', message: 'say why the name or sex is not recorded' }],
      ],
      [
        'a reason withheld though name and sex are given',
        { name: 'Dara', sex: 'male', detailsWithheld: 'not-asked', ageYears: 6, custodyStatus: 'with-relative' },
        [{ field: 'children.0.detailsWithheld', message: 'must be absent when both name and sex are recorded' }],
      ],
      [
        'no age in any form',
        { name: 'Dara', sex: 'male', custodyStatus: 'with-relative' },
        [{ field: 'children.0.ageYears', message: 'give a date of birth, a birth year or an age' }],
      ],
      [
        'a birth year contradicting the age',
        { detailsWithheld: 'not-known', birthYear: 2019, ageYears: 2, custodyStatus: 'with-relative' },
        [{ field: 'children.0.ageYears', message: 'does not match birthYear 2019' }],
      ],
    ])('answers 400 naming the field for %s, and stores nothing', async (_name, child, errors) => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http()
        .post(`/custodies/${custodyId}/children-records`)
        .set(cc2)
        .send({ ...aChildrenRecordBody(), children: [child] })
        .expect(400);
      expect(res.body.errors).toEqual(errors);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('when prison software retries an admission with the same Idempotency-Key', () => {
    it('returns the first answer and stores nothing new', async () => {
      const first = await http().post('/custodies').set(cc2).set('Idempotency-Key', 'cc2-2026-0312-admit').send(anAdmissionBody()).expect(201);
      const before = await eventCount();
      const retry = await http().post('/custodies').set(cc2).set('Idempotency-Key', 'cc2-2026-0312-admit').send(anAdmissionBody()).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('when facilities and monitors list custodies', () => {
    it('shows a facility its own custodies, filtered by children living in prison', async () => {
      const withBaby = await admit({ ...anAdmissionBody(), personId: 'person-KH-0451', admittedAt: '2026-05-02T09:00:00Z' });
      await http()
        .post(`/custodies/${withBaby}/children-in-prison`)
        .set(cc2)
        .send({ ...aBabyBody(), admittedAt: '2026-05-02T09:30:00Z' })
        .expect(201);
      const atPj = await admit(
        { ...anAdmissionBody(), facilityId: 'PJ', personId: 'person-KH-0452', admittedAt: '2026-05-02T10:00:00Z', legalStatus: 'convicted' },
        pj,
      );

      const mothersWithChildren = await http().get('/custodies?hasChildrenInPrison=true&admittedFrom=2026-05-01T00:00:00Z').set(cc2).expect(200);
      expect(mothersWithChildren.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
      expect(mothersWithChildren.body.items).toEqual([
        {
          custodyId: withBaby,
          personId: 'person-KH-0451',
          facilityId: 'CC2',
          admittedAt: '2026-05-02T09:00:00.000Z',
          legalStatus: 'pre-trial',
          nationality: 'KH',
          status: 'held',
          childrenInPrison: 1,
          version: 2,
        },
      ]);
      const seenByCc2 = await http().get('/custodies?limit=500').set(cc2).expect(200);
      expect(seenByCc2.body.items.map((i: { custodyId: string }) => i.custodyId)).not.toContain(atPj);
      const convicted = await http().get('/custodies?legalStatus=convicted&admittedFrom=2026-05-01T00:00:00Z').set(monitor).expect(200);
      expect(convicted.body.items.map((i: { custodyId: string }) => i.custodyId)).toEqual([atPj]);
    });
  });

  describe('refusals that store nothing', () => {
    it('answers 422 CHILD.NOT_IN_PRISON for the departure of a child who never lived there', async () => {
      const custodyId = await admit();
      await http().post(`/custodies/${custodyId}/children-records`).set(cc2).send(aChildrenRecordBody()).expect(201);
      const [, recorded] = await stream(custodyId);
      const sonOutside = (recorded.data as { children: { childId: string }[] }).children[0].childId;
      const before = await eventCount();
      const res = await http().post(`/custodies/${custodyId}/children/${sonOutside}/departures`).set(cc2).send(aDepartureBody()).expect(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('CHILD.NOT_IN_PRISON');
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming dateOfBirth for a child born in the future', async () => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http()
        .post(`/custodies/${custodyId}/children-in-prison`)
        .set(cc2)
        .send({ ...aBabyBody(), dateOfBirth: '2026-09-21' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'dateOfBirth', message: 'cannot be in the future' }]);
      const atAdmission = { ...aChildrenRecordBody(), children: [{ ...aChildrenRecordBody().children[0], dateOfBirth: '2026-09-21' }] };
      const recorded = await http().post(`/custodies/${custodyId}/children-records`).set(cc2).send(atAdmission).expect(400);
      expect(recorded.body.errors).toEqual([{ field: 'children.0.dateOfBirth', message: 'a child cannot be born after the record' }]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming children when their details are given without her consent', async () => {
      const custodyId = await admit();
      const res = await http()
        .post(`/custodies/${custodyId}/children-records`)
        .set(cc2)
        .send({ ...aChildrenRecordBody(), consentToRecordDetails: false })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'children', message: 'without her consent no child details may be recorded, only their number' }]);
    });

    it('answers 403 to an officer admitting into another facility, and to police credentials', async () => {
      const before = await eventCount();
      const res = await http()
        .post('/custodies')
        .set(cc2)
        .send({ ...anAdmissionBody(), facilityId: 'PJ' })
        .expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'HTTP.403' });
      const custodyId = await admit();
      const police = bearer(DevKeys.policePhnomPenh);
      await http().post('/custodies').set(police).send(anAdmissionBody()).expect(403);
      await http().post(`/custodies/${custodyId}/pregnancies`).set(police).send({ recordedAt: '2026-03-04T09:00:00Z' }).expect(403);
      await http().get(`/custodies/${custodyId}`).set(police).expect(403);
      await http().post(`/custodies/${custodyId}/pregnancies`).set(monitor).send({ recordedAt: '2026-03-04T09:00:00Z' }).expect(403);
      expect(await eventCount()).toBe(before + 1);
    });

    it('answers 404 CUSTODY.NOT_FOUND to another facility’s officer, reading or writing', async () => {
      const custodyId = await admit();
      const before = await eventCount();
      const read = await http().get(`/custodies/${custodyId}`).set(pj).expect(404);
      expect(read.body.code).toBe('CUSTODY.NOT_FOUND');
      await http().get(`/custodies/${custodyId}/history`).set(pj).expect(404);
      await http().post(`/custodies/${custodyId}/pregnancies`).set(pj).send({ recordedAt: '2026-03-04T09:00:00Z' }).expect(404);
      const unknown = await http().get('/custodies/0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10').set(cc2).expect(404);
      expect(unknown.body.code).toBe('CUSTODY.NOT_FOUND');
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CUSTODY.UNKNOWN for a custody never admitted', async () => {
      const res = await http()
        .post('/custodies/0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10/births')
        .set(cc2)
        .send({ bornAt: '2026-07-19T03:40:00Z', sex: 'female' })
        .expect(422);
      expect(res.body.code).toBe('CUSTODY.UNKNOWN');
    });

    it('answers 409 when the custody changed since the caller read it', async () => {
      const custodyId = await admit();
      await http()
        .post(`/custodies/${custodyId}/pregnancies`)
        .set(cc2)
        .set('If-Match', '"1"')
        .send({ recordedAt: '2026-03-04T09:00:00Z' })
        .expect(201);
      const res = await http().post(`/custodies/${custodyId}/children-in-prison`).set(cc2).set('If-Match', '"1"').send(aBabyBody()).expect(409);
      expect(res.body.code).toBe('STREAM.VERSION_CONFLICT');
    });
  });
});
