import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../arrest-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anArrestBody, aScreeningBody } from '../../../../test/support/arrest-requests';

describe('arrest service over HTTP (embedded database)', () => {
  let service: ServiceApp;
  const http = () => service.http();
  const police = bearer(DevKeys.policePhnomPenh);
  const eventCount = () => service.eventCount('arrest');

  beforeAll(async () => {
    service = await startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when police record an arrest and then the dependants screening', () => {
    it('stores both facts and reads them back with the version as ETag', async () => {
      const created = await http().post('/arrests').set(police).send(anArrestBody()).expect(201);
      const { arrestId } = created.body;
      await http().post(`/arrests/${arrestId}/dependants-screening`).set(police).set('If-Match', '"1"').send(aScreeningBody()).expect(201);

      const record = await http().get(`/arrests/${arrestId}`).set(police).expect(200);
      expect(record.headers.etag).toBe('"2"');
      expect(record.body.arrest.arrestingUnit).toEqual({ type: 'police', unitId: 'PP-ANTI-DRUG' });
      expect(record.body.dependantsScreenings[0].children[0]).toMatchObject({ name: 'Dara', caregiver: { relation: 'grandparent', contact: null } });
      const history = await http().get(`/arrests/${arrestId}/history`).set(police).expect(200);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['ArrestMade', 'DependantsScreeningRecorded']);
    });
  });

  describe('when police software retries a POST with the same Idempotency-Key', () => {
    it('returns the first answer and stores nothing new', async () => {
      const first = await http().post('/arrests').set(police).set('Idempotency-Key', 'pp-case-2026-0001').send(anArrestBody()).expect(201);
      const before = await eventCount();
      const retry = await http().post('/arrests').set(police).set('Idempotency-Key', 'pp-case-2026-0001').send(anArrestBody()).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.location).toBe(`/arrests/${first.body.arrestId}`);
      expect(await eventCount()).toBe(before);
    });

    it('stores one arrest when two copies race each other', async () => {
      const before = await eventCount();
      const [a, b] = await Promise.all(
        [1, 2].map(() => http().post('/arrests').set(police).set('Idempotency-Key', 'pp-case-2026-race').send(anArrestBody()).expect(201)),
      );
      expect(a.body.arrestId).toBe(b.body.arrestId);
      expect(await eventCount()).toBe(before + 1);
    });

    it('refuses the same key for a different request with 422', async () => {
      await http().post('/arrests').set(police).set('Idempotency-Key', 'pp-case-2026-0002').send(anArrestBody()).expect(201);
      const before = await eventCount();
      const res = await http()
        .post('/arrests')
        .set(police)
        .set('Idempotency-Key', 'pp-case-2026-0002')
        .send({ ...anArrestBody(), place: 'elsewhere' })
        .expect(422);
      expect(res.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refusals that store nothing', () => {
    it('answers 400 with the field and why for malformed input', async () => {
      const before = await eventCount();
      const body = { ...anArrestBody(), circumstances: { ...anArrestBody().circumstances, childrenPresent: -1 }, extra: 'x' };
      const res = await http().post('/arrests').set(police).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'circumstances.childrenPresent', message: 'childrenPresent must not be less than 0' },
          { field: 'extra', message: 'property extra should not exist' },
        ]),
      );
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 for an arrest in the future', async () => {
      const res = await http()
        .post('/arrests')
        .set(police)
        .send({ ...anArrestBody(), arrestedAt: '2999-01-01T00:00:00Z' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'arrestedAt', message: 'an arrest cannot be in the future' }]);
    });

    it('answers 409 when the arrest changed since the caller read it', async () => {
      const { arrestId } = (await http().post('/arrests').set(police).send(anArrestBody()).expect(201)).body;
      await http().post(`/arrests/${arrestId}/dependants-screening`).set(police).set('If-Match', '"1"').send(aScreeningBody()).expect(201);
      const before = await eventCount();
      const res = await http()
        .post(`/arrests/${arrestId}/dependants-screening`)
        .set(police)
        .set('If-Match', '"1"')
        .send(aScreeningBody())
        .expect(409);
      expect(res.body.code).toBe('STREAM.VERSION_CONFLICT');
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 for a screening of an unknown arrest', async () => {
      const res = await http()
        .post('/arrests/6f1c1a52-8a43-4c55-9c55-2a3e7b0c9d11/dependants-screening')
        .set(police)
        .send(aScreeningBody())
        .expect(422);
      expect(res.body.code).toBe('ARREST.UNKNOWN');
    });

    it('answers 401 without a credential and 403 with a wrong-agency credential', async () => {
      const before = await eventCount();
      await http().post('/arrests').send(anArrestBody()).expect(401);
      const res = await http().post('/arrests').set(bearer(DevKeys.prisonCc2)).send(anArrestBody()).expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'HTTP.403' });
      expect(await eventCount()).toBe(before);
    });

    it('hides another unit’s arrest as if it did not exist', async () => {
      const { arrestId } = (await http().post('/arrests').set(police).send(anArrestBody()).expect(201)).body;
      await http().get(`/arrests/${arrestId}`).set(bearer(DevKeys.policeBattambang)).expect(404);
      await http().get(`/arrests/${arrestId}`).set(bearer(DevKeys.monitor)).expect(200);
    });

    it('answers 404 in the same shape for unknown routes and ids', async () => {
      const route = await http().get('/no-such-thing').set(police).expect(404);
      expect(route.body).toMatchObject({ status: 404, title: 'Not found' });
      const id = await http().get('/arrests/6f1c1a52-8a43-4c55-9c55-2a3e7b0c9d11').set(police).expect(404);
      expect(id.body.code).toBe('ARREST.NOT_FOUND');
    });
  });

  describe('when police list arrests', () => {
    it('filters, paginates and shows a unit only its own arrests', async () => {
      const other = bearer(DevKeys.policeBattambang);
      const mine = (
        await http()
          .post('/arrests')
          .set(police)
          .send({ ...anArrestBody(), province: 'Koh Kong' })
          .expect(201)
      ).body.arrestId;
      const theirs = (
        await http()
          .post('/arrests')
          .set(other)
          .send({ ...anArrestBody(), province: 'Koh Kong' })
          .expect(201)
      ).body.arrestId;
      await http().post(`/arrests/${mine}/dependants-screening`).set(police).send(aScreeningBody()).expect(201);

      const own = await http().get('/arrests').query({ province: 'Koh Kong' }).set(police).expect(200);
      expect(own.body.items.map((a: { arrestId: string }) => a.arrestId)).toEqual([mine]);
      expect(own.body.items[0]).toMatchObject({ status: 'arrested', dependantsAsked: true, unitId: 'PP-ANTI-DRUG', version: 2 });

      const all = await http().get('/arrests').query({ province: 'Koh Kong', limit: 1 }).set(bearer(DevKeys.monitor)).expect(200);
      expect(all.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
      const notAsked = await http()
        .get('/arrests')
        .query({ province: 'Koh Kong', dependantsAsked: 'false' })
        .set(bearer(DevKeys.monitor))
        .expect(200);
      expect(notAsked.body.items.map((a: { arrestId: string }) => a.arrestId)).toEqual([theirs]);
    });

    it('answers 400 for an unknown status filter', async () => {
      const res = await http().get('/arrests').query({ status: 'escaped' }).set(police).expect(400);
      expect(res.body.errors[0].field).toBe('status');
    });
  });

  it('answers liveness and readiness without a credential', async () => {
    await http().get('/health/live').expect(200);
    const ready = await http().get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual({ database: 'up' });
  });
});
