import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { CourtServiceModule } from '../court-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { aCaseBody } from '../../../../test/support/court-requests';

/** Her case on two charges: a finding can go each way. */
const aTwoChargeCaseBody = () =>
  aCaseBody({
    caseReference: 'PP-MC-2026-0207',
    charges: [
      { offence: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false },
      { offence: 'Drug trafficking', offenceClass: 'felony', maximumPenaltyMonths: 120, violent: false },
    ],
  });

const aSentenceBody = () => ({
  imposedAt: '2026-05-20T10:00:00Z',
  custodialMonths: 24,
  suspendedMonths: 12,
  nonCustodialMeasures: ['community-service'],
  childrenWelfareConsidered: true,
  nonCustodialAlternativesConsidered: true,
  startDeferredUntil: '2026-07-01T00:00:00Z',
});

describe('court service over HTTP: verdict, sentence, appeal, clemency and closing (embedded database)', () => {
  let service: ServiceApp;
  const clock = new ManualClock(new Date('2026-03-04T10:00:00Z'));
  const http = () => service.http();
  const clerk = bearer(DevKeys.courtClerk);
  const judge = bearer(DevKeys.judge);
  const eventCount = () => service.eventCount('court');

  /** Opens a case and answers its id and charge ids, read back from the record. */
  const openACase = async () => {
    clock.set('2026-03-04T10:00:00Z');
    const { caseId } = (await http().post('/cases').set(clerk).send(aTwoChargeCaseBody()).expect(201)).body as { caseId: string };
    const record = await http().get(`/cases/${caseId}`).set(clerk).expect(200);
    const [possession, trafficking] = (record.body.charges as { chargeId: string }[]).map((c) => c.chargeId);
    return { caseId, possession, trafficking };
  };
  const aVerdictBody = (possession: string, trafficking: string) => ({
    deliveredAt: '2026-05-12T11:00:00Z',
    findings: [
      { chargeId: possession, outcome: 'convicted' },
      { chargeId: trafficking, outcome: 'acquitted' },
    ],
  });

  beforeAll(async () => {
    service = await startServiceApp(CourtServiceModule.forRoot(EMBEDDED_CONFIG), { clock, title: 'court' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when the court judges, sentences, hears an appeal, grants clemency and closes the case', () => {
    it('records each fact and reads the whole case back, with its history in order', async () => {
      const { caseId, possession, trafficking } = await openACase();
      const hearing = await http()
        .post(`/cases/${caseId}/hearings`)
        .set(clerk)
        .send({ kind: 'verdict', hearingAt: '2026-05-12T08:30:00Z', place: 'Phnom Penh Municipal Court, room 2' })
        .expect(201);
      const { hearingId } = hearing.body;
      clock.set('2026-03-06T10:30:00Z');
      await http()
        .post(`/cases/${caseId}/hearings/${hearingId}/family-notifications`)
        .set(clerk)
        .send({ notifiedAt: '2026-03-06T10:15:00Z', notifiedPerson: 'Sok Mealea (grandmother)', method: 'phone' })
        .expect(201);

      clock.set('2026-05-12T12:00:00Z');
      const judged = await http()
        .post(`/cases/${caseId}/verdicts`)
        .set(judge)
        .set('If-Match', '"3"')
        .send(aVerdictBody(possession, trafficking))
        .expect(201);
      expect(judged.headers.etag).toBe('"4"');
      clock.set('2026-05-20T12:00:00Z');
      const sentenced = await http()
        .post(`/cases/${caseId}/sentences`)
        .set(judge)
        .set('Idempotency-Key', 'pp-mc-2026-0207-sentence')
        .send(aSentenceBody())
        .expect(201);
      const retried = await http()
        .post(`/cases/${caseId}/sentences`)
        .set(judge)
        .set('Idempotency-Key', 'pp-mc-2026-0207-sentence')
        .send(aSentenceBody())
        .expect(201);
      expect(retried.body).toEqual(sentenced.body);
      clock.set('2026-05-25T12:00:00Z');
      const appeal = await http()
        .post(`/cases/${caseId}/appeals`)
        .set(clerk)
        .send({ filedAt: '2026-05-25T09:00:00Z', filedBy: 'prosecution', detainedPendingAppeal: true })
        .expect(201);
      const { appealId } = appeal.body;
      expect(appeal.body).toMatchObject({ caseId, appealId: expect.any(String), version: 6 });
      clock.set('2026-08-10T12:00:00Z');
      await http()
        .post(`/cases/${caseId}/appeals/${appealId}/decisions`)
        .set(judge)
        .send({ decidedAt: '2026-08-10T10:00:00Z', outcome: 'sentence-changed', newCustodialMonths: 18 })
        .expect(201);
      clock.set('2027-01-07T12:00:00Z');
      await http()
        .post(`/cases/${caseId}/clemency`)
        .set(clerk)
        .send({ grantedAt: '2027-01-07T09:00:00Z', kind: 'sentence-reduction', reductionMonths: 6 })
        .expect(201);
      clock.set('2027-01-08T12:00:00Z');
      const closed = await http()
        .post(`/cases/${caseId}/closure`)
        .set(clerk)
        .set('If-Match', '"8"')
        .send({ closedAt: '2027-01-08T09:00:00Z', reason: 'Sentence reduced by royal clemency' })
        .expect(201);
      expect(closed.headers.etag).toBe('"9"');

      const record = await http().get(`/cases/${caseId}`).set(bearer(DevKeys.monitor)).expect(200);
      expect(record.headers.etag).toBe('"9"');
      expect(record.body).toMatchObject({
        caseId,
        version: 9,
        status: 'closed',
        case: { caseReference: 'PP-MC-2026-0207', personId: 'person-KH-0012', openedAt: '2026-03-04T09:00:00.000Z' },
        charges: [
          { chargeId: possession, offence: 'Drug possession' },
          { chargeId: trafficking, offence: 'Drug trafficking' },
        ],
        hearings: [{ hearingId, kind: 'verdict', familyNotifications: [{ notifiedPerson: 'Sok Mealea (grandmother)', method: 'phone' }] }],
        verdict: { deliveredAt: '2026-05-12T11:00:00.000Z', findings: aVerdictBody(possession, trafficking).findings },
        sentence: { custodialMonths: 24, suspendedMonths: 12, startDeferredUntil: '2026-07-01T00:00:00.000Z', childrenWelfareConsidered: true },
        appeals: [
          { appealId, filedBy: 'prosecution', detainedPendingAppeal: true, decision: { outcome: 'sentence-changed', newCustodialMonths: 18 } },
        ],
        clemency: [{ kind: 'sentence-reduction', reductionMonths: 6, grantedAt: '2027-01-07T09:00:00.000Z' }],
        closed: { closedAt: '2027-01-08T09:00:00.000Z', reason: 'Sentence reduced by royal clemency' },
      });

      const history = await http().get(`/cases/${caseId}/history`).set(judge).expect(200);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
        'CaseOpened',
        'HearingScheduled',
        'FamilyNotifiedOfHearing',
        'VerdictDelivered',
        'SentenceImposed',
        'AppealFiled',
        'AppealDecided',
        'ClemencyGranted',
        'CaseClosed',
      ]);
      expect(history.body.events[4]).toMatchObject({ occurredAt: '2026-05-20T10:00:00.000Z', actor: { role: 'judge', userId: 'judge-1' } });
    });
  });

  describe('refusals that store nothing', () => {
    it('answers 422 SENTENCE.WITHOUT_CONVICTION for a sentence before any verdict', async () => {
      const { caseId } = await openACase();
      clock.set('2026-05-20T12:00:00Z');
      const before = await eventCount();
      const res = await http().post(`/cases/${caseId}/sentences`).set(judge).send(aSentenceBody()).expect(422);
      expect(res.body.code).toBe('SENTENCE.WITHOUT_CONVICTION');
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming suspendedMonths when the suspended part is longer than the term', async () => {
      const { caseId, possession, trafficking } = await openACase();
      clock.set('2026-05-20T12:00:00Z');
      await http().post(`/cases/${caseId}/verdicts`).set(judge).send(aVerdictBody(possession, trafficking)).expect(201);
      const before = await eventCount();
      const res = await http()
        .post(`/cases/${caseId}/sentences`)
        .set(judge)
        .send({ ...aSentenceBody(), suspendedMonths: 30 })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'suspendedMonths', message: 'cannot be longer than custodialMonths' }]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming findings when a charge is left without one', async () => {
      const { caseId, possession } = await openACase();
      clock.set('2026-05-20T12:00:00Z');
      const res = await http()
        .post(`/cases/${caseId}/verdicts`)
        .set(judge)
        .send({ deliveredAt: '2026-05-12T11:00:00Z', findings: [{ chargeId: possession, outcome: 'convicted' }] })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'findings', message: expect.stringMatching(/^charges without a finding: /) }]);
    });

    it('answers 422 CASE.ALREADY_JUDGED for a second verdict', async () => {
      const { caseId, possession, trafficking } = await openACase();
      clock.set('2026-05-20T12:00:00Z');
      await http().post(`/cases/${caseId}/verdicts`).set(judge).send(aVerdictBody(possession, trafficking)).expect(201);
      const before = await eventCount();
      const res = await http().post(`/cases/${caseId}/verdicts`).set(judge).send(aVerdictBody(possession, trafficking)).expect(422);
      expect(res.body.code).toBe('CASE.ALREADY_JUDGED');
      expect(await eventCount()).toBe(before);
    });

    it('answers 403 to a prison credential, and to a clerk delivering a verdict', async () => {
      const { caseId, possession, trafficking } = await openACase();
      clock.set('2026-05-20T12:00:00Z');
      const before = await eventCount();
      const res = await http()
        .post(`/cases/${caseId}/verdicts`)
        .set(bearer(DevKeys.prisonCc2))
        .send(aVerdictBody(possession, trafficking))
        .expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'HTTP.403' });
      await http().get(`/cases/${caseId}`).set(bearer(DevKeys.prisonCc2)).expect(403);
      await http().post(`/cases/${caseId}/verdicts`).set(clerk).send(aVerdictBody(possession, trafficking)).expect(403);
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CASE.UNKNOWN for closing a case never opened, and 404 CASE.NOT_FOUND for reading it', async () => {
      const unknown = '0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10';
      const res = await http()
        .post(`/cases/${unknown}/closure`)
        .set(clerk)
        .send({ closedAt: '2026-05-20T09:00:00Z', reason: 'Charges dropped' })
        .expect(422);
      expect(res.body.code).toBe('CASE.UNKNOWN');
      expect((await http().get(`/cases/${unknown}`).set(clerk).expect(404)).body.code).toBe('CASE.NOT_FOUND');
      expect((await http().get(`/cases/${unknown}/history`).set(clerk).expect(404)).body.code).toBe('CASE.NOT_FOUND');
    });
  });
});
