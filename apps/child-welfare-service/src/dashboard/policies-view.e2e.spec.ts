/**
 * The dashboard's Policies view in a real browser: the deadlines another policy sets otherwise
 * than the live one, and its last what-if run as stored, saying when it was computed and over
 * which records, with every time in the jurisdiction's zone (Phnom Penh), whatever the browser's.
 */
import { bearer, DevKeys } from '@safeguard/platform';
import { describeWithBrowser, launchChromium, screenshotPath } from '../../../../test/support/browser';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from '../../../../test/support/service-app';
import { ChildWelfareServiceModule } from '../child-welfare-service.module';
import { compareAlerts, type ComparedAlert } from '../rebuild/what-if-comparison';
import { storeWhatIfRun } from '../rebuild/what-if-replay';

const alert = (over: Partial<ComparedAlert>): ComparedAlert => ({
  alertId: '5f0c1c3e-0000-4000-8000-000000000001',
  ruleId: 'no-consular-contact',
  personId: 'person-TH-1',
  responsibleAgency: 'police',
  responsibleUnitId: 'PP-ANTI-DRUG',
  status: 'resolved',
  dueAt: '2027-05-11T05:00:00.000Z',
  resolution: 'fact-recorded-late',
  ...over,
});

describeWithBrowser('the dashboard’s Policies view [PGlite]', () => {
  let service: ServiceApp | undefined;
  let origin = '';

  beforeAll(async () => {
    service = await startServiceApp(ChildWelfareServiceModule.forRoot(EMBEDDED_CONFIG, { followAgencies: false }));
    await service.app.listen(0, '127.0.0.1');
    origin = await service.app.getUrl();
    const live = [
      alert({
        alertId: '5f0c1c3e-0000-4000-8000-000000000002',
        ruleId: 'police-custody-overdue',
        personId: 'person-KH-2',
        dueAt: '2027-05-24T12:00:00.000Z',
      }),
    ];
    const whatIf = [alert({})];
    await storeWhatIfRun(service.db, {
      policyId: 'us-ca.v2',
      livePolicyId: 'kh-licadho-2015.v2',
      timeZone: 'Asia/Phnom_Penh',
      locale: 'en-GB',
      computedAt: '2027-06-01T00:16:00.000Z',
      history: {
        transport: 'kafka',
        topics: ['justice.arrest.events.v1'],
        messages: 21,
        facts: 21,
        people: 4,
        failed: 0,
        firstFactAt: '2027-05-11T02:00:00.000Z',
        lastFactAt: '2027-05-24T18:00:00.000Z',
        from: null,
        to: null,
      },
      comparison: compareAlerts(live, whatIf),
    });
  }, 120_000);
  afterAll(async () => {
    await service?.close();
  }, 60_000);

  it('shows the differing deadlines and the last what-if run, when it was computed and over which records', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ timezoneId: 'Europe/London', viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin}/dashboard/`);
      await page.evaluate(`sessionStorage.setItem('safeguard.accessKey', ${JSON.stringify(DevKeys.monitor)})`);
      await page.goto(`${origin}/dashboard/#/policies`);
      await page.getByRole('heading', { level: 2, name: 'California: us-ca.v2' }).waitFor();
      const deadlines = page.getByRole('region', { name: 'Deadlines that differ under us-ca.v2' });
      await expect(deadlines.getByRole('row', { name: /No consular contact offered/ }).textContent()).resolves.toMatch(
        /3 d after custody.*2 h after custody/,
      );
      const computed = page.locator('.comparison p').first();
      await expect(computed.textContent()).resolves.toMatch(
        /Computed 1 Jun 2027, 07:16 GMT\+7 against the live kh-licadho-2015\.v2, over 21 records of 4 people made from 11 May 2027, 09:00 GMT\+7/,
      );
      const perRule = page.getByRole('region', { name: 'Per safeguard' });
      await expect(perRule.locator('tbody tr').allTextContents()).resolves.toHaveLength(2);
      const perUnit = page.getByRole('region', { name: 'Per responsible unit' });
      await expect(perUnit.locator('tbody tr').first().textContent()).resolves.toMatch(/^Police PP-ANTI-DRUG1/);
      await page.getByText('The 2 alerts that would differ').click();
      await expect(page.locator('.differences li').first().textContent()).resolves.toMatch(
        /Would be raised: .*person-TH-1\. Live: none\. Under this policy: resolved, due 11 May 2027, 12:00 GMT\+7\./,
      );
      await page.screenshot({ path: screenshotPath('policies'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('lets the same key read the comparison over the API', async () => {
    await service?.http().get('/policies/us-ca.v2/comparison').set(bearer(DevKeys.monitor)).expect(200);
  });
});
