import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../arrest-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anArrestBody, aScreeningBody } from '../../../../test/support/arrest-requests';

const childId = '3b8f2c4e-5d6a-4e7b-8c9d-0a1b2c3d4e5f';
const strangerId = '9d7e6f5a-4b3c-4d2e-8f1a-0b9c8d7e6f5a';
const unknownArrestId = '6f1c1a52-8a43-4c55-9c55-2a3e7b0c9d11';

const careBody = () => ({
  arrangedAt: '2026-03-01T21:20:00Z',
  caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: '+855 12 345 678' },
  chosenByParent: true,
});
const contactBody = () => ({
  contactedAt: '2026-03-01T22:15:00Z',
  method: 'phone',
  contactedName: 'Sok Mealea',
  contactedRelation: 'grandparent',
  childIds: [childId],
});
const explanationBody = () => ({ explainedAt: '2026-03-01T20:45:00Z', explainedBy: 'officer-17' });
const correctionBody = () => ({
  field: 'person.homeProvince',
  correctedValue: 'Kandal',
  reason: 'Misheard at the arrest; checked against her national ID card.',
});

describe('the children’s care and corrections over HTTP (embedded database)', () => {
  let service: ServiceApp;
  const http = () => service.http();
  const police = bearer(DevKeys.policePhnomPenh);
  const eventCount = () => service.eventCount('arrest');
  const aScreenedArrest = async (): Promise<string> => {
    const { arrestId } = (await http().post('/arrests').set(police).send(anArrestBody()).expect(201)).body;
    await http()
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send(aScreeningBody({ childId, name: 'Dara', sex: 'male', dateOfBirth: '2019-06-02', whereabouts: 'with-relative' }))
      .expect(201);
    return arrestId;
  };

  beforeAll(async () => {
    service = await startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when police post a correction late, saying when they made it', () => {
    it('keeps their correctedAt labelled stated-by-agency, a retry with the same Idempotency-Key storing nothing new', async () => {
      const arrestId = await aScreenedArrest();
      const body = { ...correctionBody(), correctedAt: '2026-03-02T08:00:00+07:00' };
      const first = await http()
        .post(`/arrests/${arrestId}/corrections`)
        .set(police)
        .set('Idempotency-Key', 'pp-correction-11')
        .send(body)
        .expect(201);
      const before = await eventCount();
      const retry = await http()
        .post(`/arrests/${arrestId}/corrections`)
        .set(police)
        .set('Idempotency-Key', 'pp-correction-11')
        .send(body)
        .expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
      const history = await http().get(`/arrests/${arrestId}/history`).set(police).expect(200);
      expect(history.body.events[2]).toMatchObject({
        type: 'ArrestRecordCorrected',
        data: { correctedAt: '2026-03-02T01:00:00.000Z', correctedAtSource: 'stated-by-agency' },
      });
    });

    it('labels a correction that does not say when it was made as received now', async () => {
      const arrestId = await aScreenedArrest();
      await http().post(`/arrests/${arrestId}/corrections`).set(police).send(correctionBody()).expect(201);
      const history = await http().get(`/arrests/${arrestId}/history`).set(police).expect(200);
      expect(history.body.events[2].data).toMatchObject({ correctedAtSource: 'time-of-receipt' });
    });
  });

  describe('when police record care, contact and an explanation for her child, then correct her home province', () => {
    it('stores each fact, shows the corrected record, and keeps the original in the history', async () => {
      const arrestId = await aScreenedArrest();
      const care = await http()
        .post(`/arrests/${arrestId}/children/${childId}/care-arrangements`)
        .set(police)
        .set('If-Match', '"2"')
        .send(careBody())
        .expect(201);
      expect(care.headers.etag).toBe('"3"');
      expect(care.body).toMatchObject({ arrestId, version: 3 });
      await http().post(`/arrests/${arrestId}/family-contacts`).set(police).send(contactBody()).expect(201);
      await http().post(`/arrests/${arrestId}/children/${childId}/explanations`).set(police).send(explanationBody()).expect(201);
      const correction = await http().post(`/arrests/${arrestId}/corrections`).set(police).set('If-Match', '"5"').send(correctionBody()).expect(201);
      expect(correction.headers.etag).toBe('"6"');

      const record = await http().get(`/arrests/${arrestId}`).set(police).expect(200);
      expect(record.body.careArrangements).toEqual([
        expect.objectContaining({
          childId,
          arrangedAt: '2026-03-01T21:20:00.000Z',
          madeBeforeCustody: true,
          chosenByParent: true,
          caregiver: careBody().caregiver,
        }),
      ]);
      expect(record.body.familyContacts).toEqual([
        expect.objectContaining({ contactedAt: '2026-03-01T22:15:00.000Z', method: 'phone', childIds: [childId] }),
      ]);
      expect(record.body.childExplanations).toEqual([
        expect.objectContaining({ childId, explainedAt: '2026-03-01T20:45:00.000Z', explainedBy: 'officer-17' }),
      ]);
      expect(record.body.arrest.person.homeProvince).toBe('Kandal');
      expect(record.body.corrections).toEqual([
        expect.objectContaining({
          field: 'person.homeProvince',
          previousValue: 'Phnom Penh',
          correctedValue: 'Kandal',
          reason: correctionBody().reason,
        }),
      ]);

      const history = await http().get(`/arrests/${arrestId}/history`).set(police).expect(200);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
        'ArrestMade',
        'DependantsScreeningRecorded',
        'CareArrangementMade',
        'FamilyContactGiven',
        'ChildGivenExplanation',
        'ArrestRecordCorrected',
      ]);
      expect(history.body.events[0].data.person.homeProvince).toBe('Phnom Penh');
    });
  });

  describe('when police software retries a care arrangement with the same Idempotency-Key', () => {
    it('returns the first answer and stores nothing new', async () => {
      const arrestId = await aScreenedArrest();
      const url = `/arrests/${arrestId}/children/${childId}/care-arrangements`;
      const first = await http().post(url).set(police).set('Idempotency-Key', 'pp-care-2026-0001').send(careBody()).expect(201);
      const before = await eventCount();
      const retry = await http().post(url).set(police).set('Idempotency-Key', 'pp-care-2026-0001').send(careBody()).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(`"${first.body.version}"`);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refusals that store nothing', () => {
    let arrestId: string;
    beforeAll(async () => {
      arrestId = await aScreenedArrest();
    });

    it.each([
      [
        'a care arrangement for a child not on the record',
        () => `/arrests/${arrestId}/children/${strangerId}/care-arrangements`,
        careBody,
        'CHILD.NOT_ON_RECORD',
      ],
      [
        'a family contact about a child not on the record',
        () => `/arrests/${arrestId}/family-contacts`,
        () => ({ ...contactBody(), childIds: [childId, strangerId] }),
        'CHILD.NOT_ON_RECORD',
      ],
      [
        'an explanation to a child not on the record',
        () => `/arrests/${arrestId}/children/${strangerId}/explanations`,
        explanationBody,
        'CHILD.NOT_ON_RECORD',
      ],
      [
        'a care arrangement on an unknown arrest',
        () => `/arrests/${unknownArrestId}/children/${childId}/care-arrangements`,
        careBody,
        'ARREST.UNKNOWN',
      ],
      ['a correction of an unknown arrest', () => `/arrests/${unknownArrestId}/corrections`, correctionBody, 'ARREST.UNKNOWN'],
    ])('answers 422 for %s', async (_name, url, body, code) => {
      const before = await eventCount();
      const res = await http().post(url()).set(police).send(body()).expect(422);
      expect(res.body.code).toBe(code);
      expect(await eventCount()).toBe(before);
    });

    it.each([
      [
        'a correction to the value already recorded',
        () => `/arrests/${arrestId}/corrections`,
        () => ({ ...correctionBody(), correctedValue: 'Phnom Penh' }),
        { field: 'correctedValue', message: 'is the value already recorded' },
      ],
      [
        'a maximum penalty given as text',
        () => `/arrests/${arrestId}/corrections`,
        () => ({ ...correctionBody(), field: 'suspectedOffence.maximumPenaltyMonths', correctedValue: '36' }),
        { field: 'correctedValue', message: 'must be a whole number from 0 to 1200' },
      ],
      [
        'a correction dated in the future',
        () => `/arrests/${arrestId}/corrections`,
        () => ({ ...correctionBody(), correctedAt: '2999-01-01T00:00:00Z' }),
        { field: 'correctedAt', message: 'cannot be in the future' },
      ],
      [
        'a correction dated before the arrest',
        () => `/arrests/${arrestId}/corrections`,
        () => ({ ...correctionBody(), correctedAt: '2026-03-01T20:00:00Z' }),
        { field: 'correctedAt', message: 'cannot be before the arrest' },
      ],
      [
        'a correction time without an offset',
        () => `/arrests/${arrestId}/corrections`,
        () => ({ ...correctionBody(), correctedAt: '2026-03-02T08:00:00' }),
        {
          field: 'correctedAt',
          message: 'correctedAt must be an RFC 3339 date-time with an offset, such as 2026-03-01T20:30:00+07:00 (not before 1900)',
        },
      ],
      [
        'a correction without a reason',
        () => `/arrests/${arrestId}/corrections`,
        () => ({ ...correctionBody(), reason: 'x' }),
        { field: 'reason', message: 'reason must be longer than or equal to 3 characters' },
      ],
      [
        'an older sibling without an age',
        () => `/arrests/${arrestId}/children/${childId}/care-arrangements`,
        () => ({ ...careBody(), caregiver: { relation: 'older-sibling' } }),
        { field: 'caregiver.ageYears', message: 'give the age of an older sibling left in charge' },
      ],
      [
        'a family contact in the future',
        () => `/arrests/${arrestId}/family-contacts`,
        () => ({ ...contactBody(), contactedAt: '2999-01-01T00:00:00Z' }),
        { field: 'contactedAt', message: 'cannot be in the future' },
      ],
      [
        'an explanation before the arrest',
        () => `/arrests/${arrestId}/children/${childId}/explanations`,
        () => ({ ...explanationBody(), explainedAt: '2026-03-01T20:00:00Z' }),
        { field: 'explainedAt', message: 'cannot be before the arrest' },
      ],
    ])('answers 400 with the field and why for %s', async (_name, url, body, problem) => {
      const before = await eventCount();
      const res = await http().post(url()).set(police).send(body()).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([problem]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 403 to a court credential', async () => {
      const before = await eventCount();
      const court = bearer(DevKeys.courtClerk);
      await http().post(`/arrests/${arrestId}/children/${childId}/care-arrangements`).set(court).send(careBody()).expect(403);
      await http().post(`/arrests/${arrestId}/corrections`).set(court).send(correctionBody()).expect(403);
      expect(await eventCount()).toBe(before);
    });

    it('hides another unit’s arrest as if it did not exist', async () => {
      const res = await http().post(`/arrests/${arrestId}/family-contacts`).set(bearer(DevKeys.policeBattambang)).send(contactBody()).expect(404);
      expect(res.body.code).toBe('ARREST.NOT_FOUND');
    });
  });
});
