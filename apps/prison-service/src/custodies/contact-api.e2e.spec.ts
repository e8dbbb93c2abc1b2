import { randomUUID } from 'node:crypto';
import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { PrisonServiceModule } from '../prison-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anAdmissionBody } from '../../../../test/support/prison-requests';

const aChildrenRecordBody = (sonId: string) => ({
  recordedAt: '2026-03-06T10:30:00Z',
  answer: 'has-children',
  numberOfChildren: 1,
  consentToRecordDetails: true,
  children: [
    {
      childId: sonId,
      name: 'Dara',
      sex: 'male',
      dateOfBirth: '2019-06-02',
      livesWhere: 'With his grandmother, Chbar Ampov',
      custodyStatus: 'with-relative',
    },
  ],
});

const aVisitBody = (childId: string) => ({
  visitedAt: '2026-04-02T09:00:00Z',
  durationMinutes: 30,
  childId,
  accompanyingAdult: 'Sok Mealea (grandmother)',
  setting: 'behind-bars-or-screen',
  fee: { amount: 10000, currency: 'KHR' },
  ownClothesAllowed: false,
});

const anAdultVisitBody = () => ({
  visitedAt: '2026-04-02T09:00:00Z',
  durationMinutes: 20,
  visitorName: 'Sok Mealea',
  setting: 'communal-area',
  ownClothesAllowed: true,
});
const anAdultCallBody = () => ({
  calledAt: '2026-04-05T16:00:00Z',
  withWhom: 'Sok Mealea (her mother)',
  childIds: [] as string[],
  durationMinutes: 10,
});
const aSanctionBody = () => ({ imposedAt: '2026-05-20T14:00:00Z', sanction: 'Confinement to her cell', days: 3, restrictsFamilyContact: false });

describe('prison service over HTTP: visits, calls and the other contact of a custody (embedded database)', () => {
  let service: ServiceApp;
  const clock = new ManualClock(new Date('2026-07-01T08:00:00Z'));
  const http = () => service.http();
  const officer = bearer(DevKeys.prisonCc2);
  const eventCount = () => service.eventCount('prison');
  const admit = async (nationality = 'KH') =>
    (
      await http()
        .post('/custodies')
        .set(officer)
        .send(anAdmissionBody({ admittedAt: '2026-03-06T10:00:00Z', nationality }))
        .expect(201)
    ).body.custodyId as string;

  beforeAll(async () => {
    service = await startServiceApp(PrisonServiceModule.forRoot(EMBEDDED_CONFIG), { clock, title: 'prison' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when a prison records her family contact, her health and her discipline', () => {
    it('stores each fact on the custody, in order, and lists them in its history', async () => {
      const sonId = randomUUID();
      const custodyId = await admit('VN');
      const c = `/custodies/${custodyId}`;
      await http().post(`${c}/children-records`).set(officer).set('If-Match', '"1"').send(aChildrenRecordBody(sonId)).expect(201);
      const baby = await http()
        .post(`${c}/children-in-prison`)
        .set(officer)
        .send({ admittedAt: '2026-03-06T11:00:00Z', dateOfBirth: '2025-09-14', reason: 'Breastfed; nobody outside can care for her' })
        .expect(201);
      const babyId = baby.body.childId as string;

      const visit = await http().post(`${c}/visits`).set(officer).set('If-Match', '"3"').send(aVisitBody(sonId)).expect(201).expect('ETag', '"4"');
      expect(visit.body).toEqual({ custodyId, version: 4, eventIds: [expect.any(String)], visitId: expect.any(String) });
      await http()
        .post(`${c}/phone-calls`)
        .set(officer)
        .send({
          calledAt: '2026-04-05T16:00:00Z',
          withWhom: 'Sok Mealea, with Dara',
          childIds: [sonId],
          durationMinutes: 10,
          cost: { amount: 2000, currency: 'KHR' },
        })
        .expect(201);
      await http()
        .post(`${c}/family-notifications`)
        .set(officer)
        .send({ notifiedAt: '2026-05-02T08:00:00Z', about: 'medical', notifiedPerson: 'Sok Mealea', isCaregiver: true, method: 'phone' })
        .expect(201);
      await http()
        .post(`${c}/medical-events`)
        .set(officer)
        .send({ occurredAt: '2026-05-02T03:15:00Z', childId: babyId, kind: 'hospitalised', serious: true })
        .expect(201);
      await http()
        .post(`${c}/consular-contacts`)
        .set(officer)
        .send({ recordedAt: '2026-03-06T12:00:00Z', kind: 'made', consulate: 'Embassy of Viet Nam, Phnom Penh' })
        .expect(201);
      await http()
        .post(`${c}/disciplinary-sanctions`)
        .set(officer)
        .send({ imposedAt: '2026-05-20T14:00:00Z', sanction: 'No family visits after a fight', days: 30, restrictsFamilyContact: true })
        .expect(201)
        .expect('ETag', '"9"');

      const history = (await http().get(`${c}/history`).set(officer).expect(200)).body;
      expect(history.events.map((e: { type: string }) => e.type)).toEqual([
        'PersonAdmitted',
        'ChildrenRecordedAtAdmission',
        'ChildAdmittedWithParent',
        'VisitTookPlace',
        'PhoneCallMade',
        'FamilyNotified',
        'MedicalEventRecorded',
        'ConsularContactRecorded',
        'DisciplinarySanctionImposed',
      ]);
      const [, , , visited, called, notified, medical, consular, sanction] = history.events.map((e: { data: unknown }) => e.data);
      const { childId: _oneChild, ...visitBody } = aVisitBody(sonId);
      expect(visited).toEqual({
        ...visitBody,
        // The fact lists every child who came (VisitTookPlace v2); the REST body names one.
        childIds: [sonId],
        custodyId,
        personId: 'person-KH-0012',
        visitId: visit.body.visitId,
        visitedAt: '2026-04-02T09:00:00.000Z',
        visitorName: null,
      });
      expect(called).toMatchObject({ childIds: [sonId], cost: { amount: 2000, currency: 'KHR' }, calledAt: '2026-04-05T16:00:00.000Z' });
      expect(notified).toMatchObject({ about: 'medical', isCaregiver: true });
      expect(medical).toMatchObject({ childId: babyId, kind: 'hospitalised', serious: true });
      expect(consular).toMatchObject({ kind: 'made', consulate: 'Embassy of Viet Nam, Phnom Penh' });
      expect(sanction).toMatchObject({ days: 30, restrictsFamilyContact: true });
    });

    it('records one visit by several children as one fact listing each of them', async () => {
      const [sonId, daughterId, babyId] = [randomUUID(), randomUUID(), randomUUID()];
      const custodyId = await admit();
      const three = { ...aChildrenRecordBody(sonId), numberOfChildren: 3 };
      const children = [sonId, daughterId, babyId].map((childId) => ({ ...three.children[0], childId }));
      await http()
        .post(`/custodies/${custodyId}/children-records`)
        .set(officer)
        .send({ ...three, children })
        .expect(201);
      const { childId: _one, ...visit } = aVisitBody(sonId);
      await http()
        .post(`/custodies/${custodyId}/visits`)
        .set(officer)
        .send({ ...visit, childIds: [sonId, daughterId, babyId] })
        .expect(201);
      const history = (await http().get(`/custodies/${custodyId}/history`).set(officer).expect(200)).body;
      expect(history.events[2]).toMatchObject({ type: 'VisitTookPlace', data: { childIds: [sonId, daughterId, babyId] } });
    });

    it('records a visit by an adult alone, with no child and no fee', async () => {
      const custodyId = await admit();
      await http().post(`/custodies/${custodyId}/visits`).set(officer).send(anAdultVisitBody()).expect(201);
      const history = (await http().get(`/custodies/${custodyId}/history`).set(officer).expect(200)).body;
      expect(history.events[1].data).toMatchObject({ childIds: [], visitorName: 'Sok Mealea', fee: null });
    });

    it('records that her family was told of her release after she walked out', async () => {
      const custodyId = await admit();
      await http()
        .post(`/custodies/${custodyId}/releases`)
        .set(officer)
        .send({ releasedAt: '2026-06-30T08:30:00Z', releasedTo: 'Sok Mealea (her mother)' })
        .expect(201);
      await http()
        .post(`/custodies/${custodyId}/family-notifications`)
        .set(officer)
        .send({ notifiedAt: '2026-06-30T12:00:00Z', about: 'release', notifiedPerson: 'Sok Mealea', isCaregiver: true, method: 'phone' })
        .expect(201);
    });
  });

  describe('when her son outside falls ill and she is told', () => {
    const withSon = async () => {
      const sonId = randomUUID();
      const custodyId = await admit();
      await http().post(`/custodies/${custodyId}/children-records`).set(officer).send(aChildrenRecordBody(sonId)).expect(201);
      return { custodyId, sonId };
    };
    const hospitalised = (childId: string) => ({
      childId,
      occurredAt: '2026-05-02T03:15:00Z',
      kind: 'hospitalised',
      serious: true,
      where: 'Kandal Provincial Referral Hospital',
    });

    it('records the medical event and that she was told of it, naming the event', async () => {
      const { custodyId, sonId } = await withSon();
      const c = `/custodies/${custodyId}`;
      const event = await http().post(`${c}/child-medical-events`).set(officer).send(hospitalised(sonId)).expect(201);
      expect(event.body).toMatchObject({ custodyId, version: 3, medicalEventId: expect.any(String) });
      const medicalEventId = event.body.medicalEventId as string;
      await http()
        .post(`${c}/child-medical-events/${medicalEventId}/parent-told`)
        .set(officer)
        .send({ toldAt: '2026-05-02T11:00:00+07:00', toldBy: 'Social worker Keo Sreymom' })
        .expect(201)
        .expect('ETag', '"4"');
      const history = (await http().get(`${c}/history`).set(officer).expect(200)).body;
      expect(history.events.slice(2)).toMatchObject([
        {
          type: 'ChildMedicalEventRecorded',
          data: { ...hospitalised(sonId), occurredAt: '2026-05-02T03:15:00.000Z', medicalEventId, personId: 'person-KH-0012' },
        },
        {
          type: 'ParentToldOfChildMedicalEvent',
          data: { medicalEventId, childId: sonId, toldAt: '2026-05-02T04:00:00.000Z', toldBy: 'Social worker Keo Sreymom' },
        },
      ]);
    });

    it('answers a retry with the same Idempotency-Key with the first answer, the same event id, storing nothing new', async () => {
      const { custodyId, sonId } = await withSon();
      const first = await http()
        .post(`/custodies/${custodyId}/child-medical-events`)
        .set(officer)
        .set('Idempotency-Key', 'cc2-child-medical-7')
        .send(hospitalised(sonId))
        .expect(201);
      const before = await eventCount();
      const retry = await http()
        .post(`/custodies/${custodyId}/child-medical-events`)
        .set(officer)
        .set('Idempotency-Key', 'cc2-child-medical-7')
        .send(hospitalised(sonId))
        .expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });

    it.each([
      ['an occurrence in the future', { occurredAt: '2026-07-01T09:00:00Z' }, [{ field: 'occurredAt', message: 'cannot be in the future' }]],
      [
        'an occurrence before her admission',
        { occurredAt: '2026-03-01T09:00:00Z' },
        [{ field: 'occurredAt', message: 'cannot be before the admission' }],
      ],
      ['a kind not on the list', { kind: 'flu' }, [{ field: 'kind', message: expect.any(String) }]],
    ])('answers 400 naming the field for %s, and stores nothing', async (_name, change, errors) => {
      const { custodyId, sonId } = await withSon();
      const before = await eventCount();
      const res = await http()
        .post(`/custodies/${custodyId}/child-medical-events`)
        .set(officer)
        .send({ ...hospitalised(sonId), ...change })
        .expect(400);
      expect(res.body.errors).toEqual(errors);
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming toldAt for telling her before it happened, 422 MEDICAL_EVENT.UNKNOWN for an event not on her custody, and 404 to another facility', async () => {
      const { custodyId, sonId } = await withSon();
      const c = `/custodies/${custodyId}`;
      const { medicalEventId } = (await http().post(`${c}/child-medical-events`).set(officer).send(hospitalised(sonId)).expect(201)).body;
      const before = await eventCount();
      const early = await http()
        .post(`${c}/child-medical-events/${medicalEventId}/parent-told`)
        .set(officer)
        .send({ toldAt: '2026-05-02T03:00:00Z', toldBy: 'Officer Chan' })
        .expect(400);
      expect(early.body.errors).toEqual([{ field: 'toldAt', message: 'cannot be before the medical event' }]);
      const unknown = await http()
        .post(`${c}/child-medical-events/${randomUUID()}/parent-told`)
        .set(officer)
        .send({ toldAt: '2026-05-02T09:00:00Z', toldBy: 'Officer Chan' })
        .expect(422);
      expect(unknown.body.code).toBe('MEDICAL_EVENT.UNKNOWN');
      await http()
        .post(`${c}/child-medical-events/${medicalEventId}/parent-told`)
        .set(bearer(DevKeys.prisonPj))
        .send({ toldAt: '2026-05-02T09:00:00Z', toldBy: 'Officer Chan' })
        .expect(404);
      await http().post(`${c}/child-medical-events`).set(bearer(DevKeys.prisonPj)).send(hospitalised(sonId)).expect(404);
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CHILD.UNKNOWN for a child the prison does not know', async () => {
      const { custodyId } = await withSon();
      const res = await http().post(`/custodies/${custodyId}/child-medical-events`).set(officer).send(hospitalised(randomUUID())).expect(422);
      expect(res.body.code).toBe('CHILD.UNKNOWN');
    });
  });

  describe('when prison software retries a POST with the same Idempotency-Key', () => {
    it('returns the first answer and stores nothing new', async () => {
      const custodyId = await admit();
      const first = await http()
        .post(`/custodies/${custodyId}/visits`)
        .set(officer)
        .set('Idempotency-Key', 'cc2-visit-0042')
        .send(anAdultVisitBody())
        .expect(201);
      const before = await eventCount();
      const retry = await http()
        .post(`/custodies/${custodyId}/visits`)
        .set(officer)
        .set('Idempotency-Key', 'cc2-visit-0042')
        .send(anAdultVisitBody())
        .expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refusals that store nothing', () => {
    it.each([
      ['a visit lasting negative minutes', '/visits', { ...anAdultVisitBody(), durationMinutes: -5 }, 'durationMinutes'],
      [
        'a visit naming a child twice',
        '/visits',
        { ...anAdultVisitBody(), childIds: ['9b3f3c9e-0c1e-4a57-9d55-3a4f1c2b7e01', '9b3f3c9e-0c1e-4a57-9d55-3a4f1c2b7e01'] },
        'childIds',
      ],
      ['a visit naming a child by something not an id', '/visits', { ...anAdultVisitBody(), childIds: ['Dara'] }, 'childIds'],
      ['a visit fee in an unknown currency', '/visits', { ...anAdultVisitBody(), fee: { amount: 5, currency: 'XYZ' } }, 'fee.currency'],
      ['a negative visit fee', '/visits', { ...anAdultVisitBody(), fee: { amount: -1, currency: 'USD' } }, 'fee.amount'],
      ['a call costing an unknown currency', '/phone-calls', { ...anAdultCallBody(), cost: { amount: 1, currency: 'XYZ' } }, 'cost.currency'],
      ['a sanction of negative days', '/disciplinary-sanctions', { ...aSanctionBody(), days: -1 }, 'days'],
    ])('answers 400 naming the field for %s', async (_name, path, body, field) => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http().post(`/custodies/${custodyId}${path}`).set(officer).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(res.body.code).toBe('REQUEST.INVALID');
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming visitorName for a visit by neither a child nor a named visitor', async () => {
      const custodyId = await admit();
      const { visitorName: _visitorName, ...anonymous } = anAdultVisitBody();
      const res = await http().post(`/custodies/${custodyId}/visits`).set(officer).send(anonymous).expect(400);
      expect(res.body.errors).toEqual([{ field: 'visitorName', message: 'name the visitor when no child visited' }]);
    });

    it('answers 400 naming visitedAt for a visit before her admission', async () => {
      const custodyId = await admit();
      const res = await http()
        .post(`/custodies/${custodyId}/visits`)
        .set(officer)
        .send({ ...anAdultVisitBody(), visitedAt: '2026-03-01T09:00:00Z' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'visitedAt', message: 'cannot be before the admission' }]);
    });

    it('answers 422 CUSTODY.RELEASED for a visit after her release', async () => {
      const custodyId = await admit();
      await http()
        .post(`/custodies/${custodyId}/release-schedules`)
        .set(officer)
        .send({ releaseOn: '2026-06-30T08:00:00Z', reason: 'bail' })
        .expect(201);
      await http()
        .post(`/custodies/${custodyId}/releases`)
        .set(officer)
        .send({ releasedAt: '2026-06-30T08:30:00Z', releasedTo: 'Sok Mealea (her mother)' })
        .expect(201);
      const before = await eventCount();
      const res = await http().post(`/custodies/${custodyId}/visits`).set(officer).send(anAdultVisitBody()).expect(422);
      expect(res.body.code).toBe('CUSTODY.RELEASED');
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CHILD.UNKNOWN for a visit or call by a child the prison does not know, and CHILD.NOT_IN_PRISON for a medical event of a child outside', async () => {
      const sonId = randomUUID();
      const custodyId = await admit();
      await http().post(`/custodies/${custodyId}/children-records`).set(officer).send(aChildrenRecordBody(sonId)).expect(201);
      const before = await eventCount();
      const visit = await http().post(`/custodies/${custodyId}/visits`).set(officer).send(aVisitBody(randomUUID())).expect(422);
      expect(visit.body.code).toBe('CHILD.UNKNOWN');
      const call = await http()
        .post(`/custodies/${custodyId}/phone-calls`)
        .set(officer)
        .send({ ...anAdultCallBody(), childIds: [sonId, randomUUID()] })
        .expect(422);
      expect(call.body.code).toBe('CHILD.UNKNOWN');
      const medical = await http()
        .post(`/custodies/${custodyId}/medical-events`)
        .set(officer)
        .send({ occurredAt: '2026-05-02T03:15:00Z', childId: sonId, kind: 'serious-illness', serious: true })
        .expect(422);
      expect(medical.body.code).toBe('CHILD.NOT_IN_PRISON');
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CUSTODY.UNKNOWN for a custody never admitted', async () => {
      const res = await http().post('/custodies/0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10/phone-calls').set(officer).send(anAdultCallBody()).expect(422);
      expect(res.body.code).toBe('CUSTODY.UNKNOWN');
    });

    it('answers 403 to a police credential, and 404 to the officers of another facility', async () => {
      const custodyId = await admit();
      const before = await eventCount();
      const police = await http().post(`/custodies/${custodyId}/visits`).set(bearer(DevKeys.policePhnomPenh)).send(anAdultVisitBody()).expect(403);
      expect(police.body).toMatchObject({ status: 403, code: 'HTTP.403' });
      const elsewhere = await http()
        .post(`/custodies/${custodyId}/disciplinary-sanctions`)
        .set(bearer(DevKeys.prisonPj))
        .send(aSanctionBody())
        .expect(404);
      expect(elsewhere.body.code).toBe('CUSTODY.NOT_FOUND');
      expect(await eventCount()).toBe(before);
    });

    it('answers 409 when the custody changed since the caller read it', async () => {
      const custodyId = await admit();
      await http().post(`/custodies/${custodyId}/visits`).set(officer).set('If-Match', '"1"').send(anAdultVisitBody()).expect(201);
      const res = await http().post(`/custodies/${custodyId}/visits`).set(officer).set('If-Match', '"1"').send(anAdultVisitBody()).expect(409);
      expect(res.body.code).toBe('STREAM.VERSION_CONFLICT');
    });
  });
});
