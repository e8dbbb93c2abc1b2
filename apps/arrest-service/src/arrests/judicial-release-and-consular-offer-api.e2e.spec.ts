import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../arrest-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anArrestBody } from '../../../../test/support/arrest-requests';

const custodyBody = { custodyAt: '2026-03-01T23:30:00Z', facility: 'Chbar Ampov District Police Station' };
const judicialReleaseBody = {
  releasedAt: '2026-03-03T11:00:00Z',
  orderKind: 'judicial-supervision',
  orderedBy: 'Investigating Judge Ouk Sokha',
  orderReference: 'PPCFI-JS-2026-0417',
};
const consularOfferBody = { offeredAt: '2026-03-01T22:00:00Z', outcome: 'made', consulate: 'Embassy of Viet Nam, Phnom Penh' };

describe('release on a judicial order and the consular offer over HTTP (embedded database)', () => {
  let service: ServiceApp;
  const http = () => service.http();
  const police = bearer(DevKeys.policePhnomPenh);
  const eventCount = () => service.eventCount('arrest');
  const anArrest = async (): Promise<string> =>
    (
      await http()
        .post('/arrests')
        .set(police)
        .send({ ...anArrestBody(), person: { ...anArrestBody().person, nationality: 'VN' } })
        .expect(201)
    ).body.arrestId;
  const inCustody = async (): Promise<string> => {
    const arrestId = await anArrest();
    await http().post(`/arrests/${arrestId}/police-custody`).set(police).send(custodyBody).expect(201);
    return arrestId;
  };

  beforeAll(async () => {
    service = await startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when a judge’s order ends her police custody', () => {
    it('stores the release with its order, and the record shows her released', async () => {
      const arrestId = await inCustody();
      const res = await http()
        .post(`/arrests/${arrestId}/judicial-releases`)
        .set(police)
        .set('If-Match', '"2"')
        .send(judicialReleaseBody)
        .expect(201);
      expect(res.headers.etag).toBe('"3"');
      expect(res.body).toMatchObject({ arrestId, version: 3, eventIds: [expect.any(String)] });

      const record = await http().get(`/arrests/${arrestId}`).set(police).expect(200);
      expect(record.body.status).toBe('released');
      expect(record.body.custody.at(-1)).toEqual({
        type: 'ReleasedOnJudicialOrder',
        at: '2026-03-03T11:00:00.000Z',
        details: {
          releasedAt: '2026-03-03T11:00:00.000Z',
          orderKind: 'judicial-supervision',
          orderedBy: 'Investigating Judge Ouk Sokha',
          orderReference: 'PPCFI-JS-2026-0417',
        },
      });
      const listed = await http().get('/arrests').query({ status: 'released' }).set(police).expect(200);
      expect(listed.body.items.map((a: { arrestId: string }) => a.arrestId)).toContain(arrestId);
    });

    it('stores an order whose reference the police were not given as null', async () => {
      const arrestId = await inCustody();
      const { orderReference: _omitted, ...withoutReference } = judicialReleaseBody;
      await http()
        .post(`/arrests/${arrestId}/judicial-releases`)
        .set(police)
        .send({ ...withoutReference, orderKind: 'no-further-action' })
        .expect(201);
      const history = await http().get(`/arrests/${arrestId}/history`).set(police).expect(200);
      expect(history.body.events.at(-1)).toMatchObject({
        type: 'ReleasedOnJudicialOrder',
        data: { orderKind: 'no-further-action', orderReference: null },
      });
    });

    it('returns the first answer to a retry with the same Idempotency-Key and stores nothing new', async () => {
      const arrestId = await inCustody();
      const first = await http()
        .post(`/arrests/${arrestId}/judicial-releases`)
        .set(police)
        .set('Idempotency-Key', 'pp-judicial-release-0001')
        .send(judicialReleaseBody)
        .expect(201);
      const before = await eventCount();
      const retry = await http()
        .post(`/arrests/${arrestId}/judicial-releases`)
        .set(police)
        .set('Idempotency-Key', 'pp-judicial-release-0001')
        .send(judicialReleaseBody)
        .expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('when the police offer her consular contact', () => {
    it('stores the offer and the record shows it among the custody steps', async () => {
      const arrestId = await inCustody();
      const res = await http().post(`/arrests/${arrestId}/consular-contacts`).set(police).send(consularOfferBody).expect(201);
      expect(res.headers.etag).toBe('"3"');
      const record = await http().get(`/arrests/${arrestId}`).set(police).expect(200);
      expect(record.body.custody.map((s: { type: string }) => s.type)).toEqual(['TakenIntoPoliceCustody', 'ConsularContactOffered']);
      expect(record.body.custody[1].details).toEqual({
        offeredAt: '2026-03-01T22:00:00.000Z',
        outcome: 'made',
        consulate: 'Embassy of Viet Nam, Phnom Penh',
      });
    });

    it('stores an offer she declined, recorded after a judge released her', async () => {
      const arrestId = await inCustody();
      await http().post(`/arrests/${arrestId}/judicial-releases`).set(police).send(judicialReleaseBody).expect(201);
      await http()
        .post(`/arrests/${arrestId}/consular-contacts`)
        .set(police)
        .send({ ...consularOfferBody, outcome: 'declined' })
        .expect(201);
    });

    it('returns the first answer to a retry with the same Idempotency-Key and stores nothing new', async () => {
      const arrestId = await inCustody();
      const first = await http()
        .post(`/arrests/${arrestId}/consular-contacts`)
        .set(police)
        .set('Idempotency-Key', 'pp-consular-0001')
        .send(consularOfferBody)
        .expect(201);
      const before = await eventCount();
      const retry = await http()
        .post(`/arrests/${arrestId}/consular-contacts`)
        .set(police)
        .set('Idempotency-Key', 'pp-consular-0001')
        .send(consularOfferBody)
        .expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refusals that store nothing', () => {
    it.each<[string, string, string, Record<string, unknown>]>([
      ['judicial-releases', 'an unknown order kind', 'orderKind', { ...judicialReleaseBody, orderKind: 'escaped' }],
      ['judicial-releases', 'no one who ordered it', 'orderedBy', { ...judicialReleaseBody, orderedBy: undefined }],
      ['judicial-releases', 'an empty order reference', 'orderReference', { ...judicialReleaseBody, orderReference: '' }],
      ['judicial-releases', 'a release time that is not a time', 'releasedAt', { ...judicialReleaseBody, releasedAt: 'tuesday' }],
      ['consular-contacts', 'an unknown outcome', 'outcome', { ...consularOfferBody, outcome: 'maybe' }],
      ['consular-contacts', 'no consulate', 'consulate', { ...consularOfferBody, consulate: '' }],
      ['consular-contacts', 'an offer time that is not a time', 'offeredAt', { ...consularOfferBody, offeredAt: '2026-13-01T22:00:00Z' }],
    ])('answers 400 on %s for %s, naming %s', async (route, _what, field, body) => {
      const arrestId = await inCustody();
      const before = await eventCount();
      const res = await http().post(`/arrests/${arrestId}/${route}`).set(police).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual([field]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 for a judicial release before she was taken into custody, and for an offer after she was released', async () => {
      const arrestId = await inCustody();
      const early = await http()
        .post(`/arrests/${arrestId}/judicial-releases`)
        .set(police)
        .send({ ...judicialReleaseBody, releasedAt: '2026-03-01T23:00:00Z' })
        .expect(400);
      expect(early.body.errors).toEqual([{ field: 'releasedAt', message: 'cannot be before she was taken into police custody' }]);
      await http().post(`/arrests/${arrestId}/judicial-releases`).set(police).send(judicialReleaseBody).expect(201);
      const late = await http()
        .post(`/arrests/${arrestId}/consular-contacts`)
        .set(police)
        .send({ ...consularOfferBody, offeredAt: '2026-03-04T09:00:00Z' })
        .expect(400);
      expect(late.body.errors).toEqual([{ field: 'offeredAt', message: 'cannot be after she was released' }]);
    });

    it('answers 422 CUSTODY.NOT_IN_POLICE_CUSTODY for a judicial release of someone the police never held', async () => {
      const arrestId = await anArrest();
      const before = await eventCount();
      const res = await http().post(`/arrests/${arrestId}/judicial-releases`).set(police).send(judicialReleaseBody).expect(422);
      expect(res.body.code).toBe('CUSTODY.NOT_IN_POLICE_CUSTODY');
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CUSTODY.ALREADY_RELEASED for a second release', async () => {
      const arrestId = await inCustody();
      await http().post(`/arrests/${arrestId}/judicial-releases`).set(police).send(judicialReleaseBody).expect(201);
      const res = await http().post(`/arrests/${arrestId}/judicial-releases`).set(police).send(judicialReleaseBody).expect(422);
      expect(res.body.code).toBe('CUSTODY.ALREADY_RELEASED');
    });

    it.each(['judicial-releases', 'consular-contacts'])(
      'hides another unit’s arrest on %s as if it did not exist, and refuses a prison credential',
      async (route) => {
        const arrestId = await inCustody();
        const before = await eventCount();
        const body = route === 'judicial-releases' ? judicialReleaseBody : consularOfferBody;
        const hidden = await http().post(`/arrests/${arrestId}/${route}`).set(bearer(DevKeys.policeBattambang)).send(body).expect(404);
        expect(hidden.body.code).toBe('ARREST.NOT_FOUND');
        await http().post(`/arrests/${arrestId}/${route}`).set(bearer(DevKeys.prisonCc2)).send(body).expect(403);
        expect(await eventCount()).toBe(before);
      },
    );
  });
});
