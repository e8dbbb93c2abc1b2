/**
 * GET /policies and GET /policies/{id}/comparison over HTTP: who may read them, the policies with
 * their deadlines, a stored what-if run as the dashboard reads it, and problem details when there
 * is no such policy or no run of it yet.
 */
import { bearer, DevKeys } from '@safeguard/platform';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from '../../../../test/support/service-app';
import { ChildWelfareServiceModule } from '../child-welfare-service.module';
import { compareAlerts, type ComparedAlert } from '../rebuild/what-if-comparison';
import { storeWhatIfRun, type WhatIfRun } from '../rebuild/what-if-replay';

const monitor = bearer(DevKeys.monitor);

describe('the policies and their what-if comparison, embedded mode [PGlite]', () => {
  let service: ServiceApp | undefined;
  const started = () => {
    if (!service) throw new Error('the service did not start');
    return service;
  };
  const http = () => started().http();

  beforeAll(async () => {
    service = await startServiceApp(ChildWelfareServiceModule.forRoot(EMBEDDED_CONFIG, { followAgencies: false }));
  }, 120_000);
  afterAll(async () => {
    await service?.close();
  }, 60_000);

  it('lists the live policy first, then the others, each rule with its deadlines', async () => {
    const { body } = await http().get('/policies').set(monitor).expect(200);
    expect(body.items.map((p: { policyId: string; live: boolean; timeZone: string }) => [p.policyId, p.live, p.timeZone])).toEqual([
      ['kh-licadho-2015.v2', true, 'Asia/Phnom_Penh'],
      ['us-ca.v2', false, 'America/Los_Angeles'],
    ]);
    const consular = (i: number) => body.items[i].rules.find((r: { ruleId: string }) => r.ruleId === 'no-consular-contact');
    expect(consular(0)).toMatchObject({ number: 24, stage: 'arrest', deadlines: [{ words: '3 d after custody', duration: 'PT72H' }] });
    expect(consular(1).deadlines).toEqual([{ words: '2 h after custody', duration: 'PT2H' }]);
  });

  it('lets oversight and integrators read the policies, and no one without a key', async () => {
    await http().get('/policies').set(bearer(DevKeys.integrator)).expect(200);
    await http()
      .get('/policies')
      .expect(401)
      .expect('Content-Type', /application\/problem\+json/);
    await http()
      .get('/policies')
      .set(bearer(DevKeys.policePhnomPenh))
      .expect(403)
      .expect('Content-Type', /application\/problem\+json/);
  });

  it('answers problem details for an unknown policy and for one never replayed', async () => {
    const unknown = await http()
      .get('/policies/xx-nowhere.v1/comparison')
      .set(monitor)
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    expect(unknown.body).toMatchObject({ code: 'POLICY.NOT_FOUND' });
    const never = await http().get('/policies/us-ca.v2/comparison').set(monitor).expect(404);
    expect(never.body).toMatchObject({
      code: 'POLICY.NO_COMPARISON',
      detail: expect.stringContaining('npm run policy:what-if -- --policy us-ca.v2'),
    });
    // The comparison names people: not for integrators.
    await http().get('/policies/us-ca.v2/comparison').set(bearer(DevKeys.integrator)).expect(403);
  });

  it('serves the last stored what-if run of a policy, saying when and over which history', async () => {
    const alert = (over: Partial<ComparedAlert>): ComparedAlert => ({
      alertId: '5f0c1c3e-0000-4000-8000-000000000001',
      ruleId: 'no-consular-contact',
      personId: 'person-TH-1',
      responsibleAgency: 'police',
      responsibleUnitId: 'PP-ANTI-DRUG',
      status: 'resolved',
      dueAt: '2027-05-10T05:00:00.000Z',
      resolution: 'fact-recorded-late',
      ...over,
    });
    const run = (computedAt: string, whatIf: ComparedAlert[]): WhatIfRun => ({
      policyId: 'us-ca.v2',
      livePolicyId: 'kh-licadho-2015.v2',
      timeZone: 'Asia/Phnom_Penh',
      locale: 'en-GB',
      computedAt,
      history: {
        transport: 'kafka',
        topics: ['justice.arrest.events.v1'],
        messages: 9,
        facts: 9,
        people: 2,
        failed: 0,
        firstFactAt: '2027-05-10T02:00:00.000Z',
        lastFactAt: '2027-05-11T02:00:00.000Z',
        from: null,
        to: null,
      },
      comparison: compareAlerts([], whatIf),
    });
    await storeWhatIfRun(started().db, run('2027-06-01T00:00:00.000Z', []));
    await storeWhatIfRun(started().db, run('2027-06-02T00:00:00.000Z', [alert({})]));
    const { body } = await http().get('/policies/us-ca.v2/comparison').set(monitor).expect(200);
    expect(body).toMatchObject({
      policyId: 'us-ca.v2',
      livePolicyId: 'kh-licadho-2015.v2',
      computedAt: '2027-06-02T00:00:00.000Z',
      history: { transport: 'kafka', facts: 9, firstFactAt: '2027-05-10T02:00:00.000Z' },
      totals: { raised: 1, unchanged: 0 },
      byRule: [{ ruleId: 'no-consular-contact', counts: { raised: 1 } }],
      byUnit: [{ responsibleAgency: 'police', responsibleUnitId: 'PP-ANTI-DRUG', counts: { raised: 1 } }],
      differences: [{ kind: 'raised', personId: 'person-TH-1', live: null, whatIf: { status: 'resolved', dueAt: '2027-05-10T05:00:00.000Z' } }],
    });
    // The read named a person: it is in the access log.
    const [entry] = await started().db.query<{ route: string; person_ids: string[] }>(
      `SELECT * FROM child_welfare.access_log WHERE route = '/policies/:policyId/comparison' AND outcome = 200`,
    );
    expect(entry).toMatchObject({ person_ids: ['person-TH-1'] });
  });
});
