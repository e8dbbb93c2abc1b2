/**
 * The dashboard's files over HTTP: open without a key (they hold no data) while the API beside
 * them stays guarded; compressed, revalidated, locked down by a content security policy, and
 * never a file outside the dashboard's own.
 */
import { bearer, DevKeys } from '@safeguard/platform';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from '../../../../test/support/service-app';
import { teardown } from '../../../../test/support/teardown';
import { ChildWelfareServiceModule } from '../child-welfare-service.module';

describe('the oversight dashboard’s files, embedded mode [PGlite]', () => {
  let service: ServiceApp;

  beforeAll(async () => {
    service = await startServiceApp(ChildWelfareServiceModule.forRoot(EMBEDDED_CONFIG, { followAgencies: false }));
  }, 120_000);
  afterAll(() => teardown(service), 60_000);

  it('sends / and /dashboard to /dashboard/', async () => {
    await service.http().get('/').expect(302).expect('Location', '/dashboard/');
    await service.http().get('/dashboard').expect(301).expect('Location', '/dashboard/');
  });

  it('serves the page and its scripts without a key, under a policy that allows only this origin', async () => {
    const page = await service
      .http()
      .get('/dashboard/')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(page.text).toContain('/dashboard/js/app.js');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    await service
      .http()
      .get('/dashboard/js/views/alerts.js')
      .expect(200)
      .expect('Content-Type', /text\/javascript/);
  });

  it('compresses for clients that accept gzip and answers 304 to a matching validator', async () => {
    const first = await service.http().get('/dashboard/styles.css').set('Accept-Encoding', 'gzip').expect(200).expect('Content-Encoding', 'gzip');
    await service.http().get('/dashboard/styles.css').set('If-None-Match', first.headers.etag).expect(304);
  });

  it('answers 404 problem details for anything not among its files', async () => {
    for (const path of [
      '/dashboard/nothing.js',
      '/dashboard/..%2F..%2Fpackage.json',
      '/dashboard/%2e%2e/static-assets.ts',
      '/dashboard/js/../../dashboard.controller.ts',
    ]) {
      const res = await service.http().get(path).expect(404);
      expect(res.body).toMatchObject({ status: 404 });
    }
  });

  it('leaves the API guarded: the alerts need a key', async () => {
    await service.http().get('/alerts').expect(401);
    await service.http().get('/alerts').set(bearer(DevKeys.monitor)).expect(200);
  });
});
