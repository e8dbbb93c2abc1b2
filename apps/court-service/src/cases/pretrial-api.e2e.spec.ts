import { EventStore } from '@safeguard/event-store';
import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { CourtServiceModule } from '../court-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { aCaseBody } from '../../../../test/support/court-requests';
import { caseStreamId } from './case.state';

const aDetentionOrderBody = () => ({
  decidedAt: '2026-03-05T10:00:00Z',
  outcome: 'detention',
  grounds: ['guarantee-presence'],
  justification: 'No fixed address; she failed to appear once before.',
  askedAboutPregnancyAndDependants: true,
  careArrangementsNoted: 'Son Dara, 6, stays with his grandmother',
  alternativesConsidered: true,
  detentionMonths: 4,
  detentionOrderReference: 'PP-DO-2026-0042',
});

const aHearingBody = () => ({ kind: 'trial', hearingAt: '2026-08-12T08:30:00Z', place: 'Phnom Penh Municipal Court, room 2' });

describe('court service over HTTP: opening a case and the decisions before trial (embedded database)', () => {
  let service: ServiceApp;
  const clock = new ManualClock(new Date('2026-07-01T08:00:00Z'));
  const http = () => service.http();
  const clerk = bearer(DevKeys.courtClerk);
  const judge = bearer(DevKeys.judge);
  const eventCount = () => service.eventCount('court');
  const stream = async (caseId: string) => (await service.app.get(EventStore).readStream(caseStreamId(caseId))).events;
  const openACase = async () => (await http().post('/cases').set(clerk).send(aCaseBody()).expect(201)).body.caseId as string;

  beforeAll(async () => {
    service = await startServiceApp(CourtServiceModule.forRoot(EMBEDDED_CONFIG), { clock, title: 'court' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when the court opens a case and decides on her liberty before trial', () => {
    it('records each fact on the case, the extension ending where the order and its months put it', async () => {
      const opened = await http().post('/cases').set(clerk).send(aCaseBody()).expect(201);
      const { caseId } = opened.body;
      expect(opened.headers.location).toBe(`/cases/${caseId}`);
      expect(opened.headers.etag).toBe('"1"');

      await http()
        .post(`/cases/${caseId}/legal-representation`)
        .set(clerk)
        .set('If-Match', '"1"')
        .send({ recordedAt: '2026-03-05T09:30:00Z', represented: false })
        .expect(201);
      await http().post(`/cases/${caseId}/pretrial-decisions`).set(judge).set('If-Match', '"2"').send(aDetentionOrderBody()).expect(201);
      const extended = await http()
        .post(`/cases/${caseId}/pretrial-extensions`)
        .set(judge)
        .send({ extendedAt: '2026-06-30T10:00:00Z', additionalMonths: 2 })
        .expect(201);
      expect(extended.headers.etag).toBe('"4"');
      const hearing = await http().post(`/cases/${caseId}/hearings`).set(clerk).send(aHearingBody()).expect(201);
      const { hearingId } = hearing.body;
      await http()
        .post(`/cases/${caseId}/hearings/${hearingId}/family-notifications`)
        .set(clerk)
        .send({ notifiedAt: '2026-07-01T07:30:00Z', notifiedPerson: 'Sok Mealea (grandmother)', method: 'phone' })
        .expect(201)
        .expect('ETag', '"6"');

      const events = await stream(caseId);
      expect(events.map((e) => e.type)).toEqual([
        'CaseOpened',
        'LegalRepresentationRecorded',
        'PretrialDecisionMade',
        'PretrialDetentionExtended',
        'HearingScheduled',
        'FamilyNotifiedOfHearing',
      ]);
      const [caseOpened, representation, decision, extension, scheduled, notified] = events.map((e) => e.data);
      expect(caseOpened).toMatchObject({
        caseId,
        arrestIds: aCaseBody().arrestIds,
        charges: [{ chargeId: expect.any(String), offence: 'Drug possession' }],
      });
      expect(representation).toMatchObject({ personId: 'person-KH-0012', represented: false, lawyerName: null, organisation: null });
      expect(decision).toMatchObject({ outcome: 'detention', judge: 'judge-1', grounds: ['guarantee-presence'], detentionMonths: 4 });
      expect(extension).toMatchObject({ judge: 'judge-1', additionalMonths: 2, until: '2026-09-05T10:00:00.000Z' });
      expect(scheduled).toMatchObject({ hearingId, kind: 'trial', scheduledAt: '2026-07-01T08:00:00.000Z', hearingAt: '2026-08-12T08:30:00.000Z' });
      expect(notified).toMatchObject({ hearingId, method: 'phone', notifiedPerson: 'Sok Mealea (grandmother)' });
    });
  });

  describe('when the registry lists cases', () => {
    it('filters by pre-trial outcome and person, newest first, a page at a time', async () => {
      const personId = `person-list-${Date.now()}`;
      const detained = (
        await http()
          .post('/cases')
          .set(clerk)
          .send({ ...aCaseBody(), personId })
          .expect(201)
      ).body.caseId;
      await http().post(`/cases/${detained}/pretrial-decisions`).set(judge).send(aDetentionOrderBody()).expect(201);
      const other = (
        await http()
          .post('/cases')
          .set(clerk)
          .send({ ...aCaseBody(), personId })
          .expect(201)
      ).body.caseId;

      const page = await http().get('/cases').query({ personId, pretrialOutcome: 'detention' }).set(clerk).expect(200);
      expect(page.body).toMatchObject({ total: 1, items: [{ caseId: detained, stage: 'investigation', pretrialOutcome: 'detention', version: 2 }] });
      const all = await http().get('/cases').query({ personId, limit: 1 }).set(bearer(DevKeys.monitor)).expect(200);
      expect(all.body).toMatchObject({ total: 2, limit: 1 });
      expect([detained, other]).toContain(all.body.items[0].caseId);
      await http().get('/cases').query({ stage: 'escaped' }).set(clerk).expect(400);
      await http().get('/cases').set(bearer(DevKeys.prisonCc2)).expect(403);
    });
  });

  describe('when court software retries a POST with the same Idempotency-Key', () => {
    it('returns the first answer and stores nothing new', async () => {
      const first = await http().post('/cases').set(clerk).set('Idempotency-Key', 'pp-mc-2026-0113-open').send(aCaseBody()).expect(201);
      const before = await eventCount();
      const retry = await http().post('/cases').set(clerk).set('Idempotency-Key', 'pp-mc-2026-0113-open').send(aCaseBody()).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refusals that store nothing', () => {
    it('answers 400 naming grounds for detention ordered without any', async () => {
      const caseId = await openACase();
      const before = await eventCount();
      const res = await http()
        .post(`/cases/${caseId}/pretrial-decisions`)
        .set(judge)
        .send({ ...aDetentionOrderBody(), grounds: [] })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'grounds', message: 'detention needs at least one ground of CCP art. 205' }]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming hearingAt for a hearing dated before the case was opened', async () => {
      const caseId = await openACase();
      const before = await eventCount();
      const res = await http()
        .post(`/cases/${caseId}/hearings`)
        .set(clerk)
        .send({ ...aHearingBody(), hearingAt: '2026-03-01T08:30:00Z' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'hearingAt', message: 'cannot be before the case was opened' }]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming lawyerName when she is said to be represented by nobody named', async () => {
      const caseId = await openACase();
      const res = await http()
        .post(`/cases/${caseId}/legal-representation`)
        .set(clerk)
        .send({ recordedAt: '2026-03-05T09:30:00Z', represented: true })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'lawyerName', message: 'name the lawyer when she is represented' }]);
    });

    it('answers 403 to police and prison credentials, and to a clerk ordering detention', async () => {
      const caseId = await openACase();
      const before = await eventCount();
      const res = await http().post('/cases').set(bearer(DevKeys.policePhnomPenh)).send(aCaseBody()).expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'HTTP.403' });
      await http().post(`/cases/${caseId}/hearings`).set(bearer(DevKeys.prisonCc2)).send(aHearingBody()).expect(403);
      await http().post(`/cases/${caseId}/pretrial-decisions`).set(clerk).send(aDetentionOrderBody()).expect(403);
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CASE.UNKNOWN for a case never opened', async () => {
      const res = await http().post('/cases/0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10/hearings').set(clerk).send(aHearingBody()).expect(422);
      expect(res.body.code).toBe('CASE.UNKNOWN');
    });

    it('answers 422 for an extension when no detention was ordered, and for a notification of an unknown hearing', async () => {
      const caseId = await openACase();
      const extension = await http()
        .post(`/cases/${caseId}/pretrial-extensions`)
        .set(judge)
        .send({ extendedAt: '2026-06-30T10:00:00Z', additionalMonths: 2 })
        .expect(422);
      expect(extension.body.code).toBe('CASE.NOT_IN_PRETRIAL_DETENTION');
      const notification = await http()
        .post(`/cases/${caseId}/hearings/0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10/family-notifications`)
        .set(clerk)
        .send({ notifiedAt: '2026-07-01T07:30:00Z', notifiedPerson: 'Sok Mealea (grandmother)', method: 'phone' })
        .expect(422);
      expect(notification.body.code).toBe('HEARING.UNKNOWN');
    });

    it('answers 409 when the case changed since the caller read it', async () => {
      const caseId = await openACase();
      await http().post(`/cases/${caseId}/hearings`).set(clerk).set('If-Match', '"1"').send(aHearingBody()).expect(201);
      const res = await http().post(`/cases/${caseId}/hearings`).set(clerk).set('If-Match', '"1"').send(aHearingBody()).expect(409);
      expect(res.body.code).toBe('STREAM.VERSION_CONFLICT');
    });
  });
});
