import { randomUUID } from 'node:crypto';
import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../arrest-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anArrestBody } from '../../../../test/support/arrest-requests';

/** The global rule for an error nobody foresaw (issue 14): a 500 problem with a correlation id, and nothing stored. */
describe('arrest service when a write fails unexpectedly (embedded database)', () => {
  let service: ServiceApp;

  beforeAll(async () => {
    service = await startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when the arrest list refuses the row written with the events', () => {
    it('answers a 500 problem carrying the correlation id sent, and stores no event', async () => {
      // A constraint no row meets: the read model's insert fails inside the events' transaction.
      await service.db.query(`ALTER TABLE arrest.arrest_list ADD CONSTRAINT refuse_every_row CHECK (false) NOT VALID`);
      const before = await service.eventCount('arrest');
      const correlationId = randomUUID();

      const res = await service
        .http()
        .post('/arrests')
        .set(bearer(DevKeys.policePhnomPenh))
        .set('X-Correlation-Id', correlationId)
        .send(anArrestBody())
        .expect(500);

      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toEqual({
        type: 'about:blank',
        title: 'Internal server error',
        status: 500,
        detail: 'unexpected error',
        instance: '/arrests',
        code: 'HTTP.500',
        correlationId,
      });
      expect(await service.eventCount('arrest')).toBe(before);
      await service.db.query(`ALTER TABLE arrest.arrest_list DROP CONSTRAINT refuse_every_row`);
    });

    it('gives a 500 a correlation id of its own when the caller sent none', async () => {
      await service.db.query(`ALTER TABLE arrest.arrest_list ADD CONSTRAINT refuse_every_row CHECK (false) NOT VALID`);
      const res = await service.http().post('/arrests').set(bearer(DevKeys.policePhnomPenh)).send(anArrestBody()).expect(500);
      expect(res.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      await service.db.query(`ALTER TABLE arrest.arrest_list DROP CONSTRAINT refuse_every_row`);
    });
  });
});
