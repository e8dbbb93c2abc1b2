/**
 * The oversight dashboard in a real browser, against the whole system in embedded mode listening on
 * real ports with the demo families loaded. Safeguard proved from a monitor's chair:
 * `child-without-safe-care` — a child recorded alone at an arrest appears on the alerts board at
 * once, without reloading, and is announced to screen readers; the monitor acknowledges it with a
 * note and resolves it with a reason, then reads the child's journey, the indicators and a prison.
 * A key that may not read children's records still gets the board, and a plain refusal on the
 * child's page. Screenshots go to test/output/screenshots/.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import { bearer, DevKeys } from '@safeguard/platform';
import { loadDemoData, type DemoSummary } from '../deploy/demo/demo-data';
import { anArrestBody } from './support/arrest-requests';
import { describeWithBrowser, launchChromium, screenshotPath } from './support/browser';
import { SafeguardSystem } from './support/safeguard-system';
import { teardown } from './support/teardown';

const police = bearer(DevKeys.policePhnomPenh);
const monitor = bearer(DevKeys.monitor);
const MINUTE = 60_000;

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}

describeWithBrowser('oversight dashboard in a browser, embedded mode [PGlite, database log]', () => {
  let system: SafeguardSystem;
  let browser: Browser;
  let page: Page;
  let dashboard: string;
  let demo: DemoSummary;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    system = await SafeguardSystem.start('embedded', new Date());
    const [arrest, court, prison] = [await listen(system.arrest), await listen(system.court), await listen(system.prison)];
    dashboard = await listen(system.childWelfare);
    demo = await loadDemoData({ arrest, court, prison });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 240_000);
  afterAll(async () => {
    await teardown(browser, system);
  }, 60_000);

  it('loads the demo families through the agencies’ APIs without a refusal', () => {
    expect(demo).toMatchObject({ families: 20, failures: [], skipped: false });
    expect(demo.posted).toBeGreaterThan(150);
  });

  it('serves the page without a key, redirects / to it, and signs a monitor in with the keyboard', async () => {
    await page.goto(`${dashboard}/`);
    expect(new URL(page.url()).pathname).toBe('/dashboard/');
    await page.getByLabel('Access key').focus();
    await page.keyboard.type(DevKeys.monitor);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    await page.locator('#live-status', { hasText: 'Live' }).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('safeguard.accessKey')")).toBe(DevKeys.monitor);
  }, 60_000);

  it('shows a child left alone at an arrest the moment it is recorded, then acknowledges and resolves it', async () => {
    await page.getByLabel('Status').selectOption('any');
    await page.getByLabel('Safeguard').selectOption('child-without-safe-care');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/ruleId=child-without-safe-care/);
    await page.locator('article.alert .rule', { hasText: 'Child left without safe care' }).first().waitFor();

    await page.evaluate('window.notReloaded = true');
    const childId = randomUUID();
    const arrestedAt = new Date(Date.now() - 30 * MINUTE);
    const { arrestId } = (
      await system
        .http('arrest')
        .post('/arrests')
        .set(police)
        .send({ ...anArrestBody(), person: { ...anArrestBody().person, personId: `person-${childId}` }, arrestedAt: arrestedAt.toISOString() })
        .expect(201)
    ).body;
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send({
        askedAt: new Date(arrestedAt.getTime() + 10 * MINUTE).toISOString(),
        askedBy: 'officer-17',
        answer: 'has-dependants',
        pregnancy: 'not-pregnant',
        numberOfChildren: 1,
        consentToRecordChildDetails: true,
        children: [{ childId, name: 'Chenda', sex: 'female', ageYears: 4, whereabouts: 'alone' }],
      })
      .expect(201);

    const card = page.locator('article.alert', { has: page.locator(`a[aria-label="Child ${childId}"]`) });
    await card.waitFor({ timeout: 45_000 });
    await page.locator('#announcer', { hasText: 'New critical alert' }).waitFor();
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    await expectText(card, [
      'Critical',
      'Open',
      'Police',
      'overdue by',
      'Legal basis',
      'Phnom Penh Municipal Police, Anti-Drug Office (PP-ANTI-DRUG)',
    ]);
    // Whom to call, from the unit registry: the sample's fictional number, dialable from a tablet.
    expect(await card.getByRole('link', { name: '+855 23 000 032' }).getAttribute('href')).toBe('tel:+85523000032');
    await page.screenshot({ path: screenshotPath('alerts') });
    // Who was told: nobody subscribed in this system, and the card says so rather than nothing.
    await card.locator('summary', { hasText: 'Who was told' }).click();
    await card.locator('.told', { hasText: 'Nobody yet: no webhook subscription or email address asks for this alert.' }).waitFor();

    await card.getByRole('button', { name: 'Acknowledge…' }).click();
    await card.getByLabel('Note for the record').fill('Called Chbar Ampov police station; the duty officer is sending someone to the house.');
    await card.getByRole('button', { name: 'Acknowledge alert' }).click();
    await card.locator('.badge', { hasText: 'Acknowledged' }).waitFor();

    await card.getByRole('button', { name: 'Resolve…' }).click();
    await card.getByLabel('Why it is resolved').fill('Her aunt collected Chenda at 15:00; confirmed by phone with the aunt.');
    await card.getByRole('button', { name: 'Resolve alert' }).click();
    await card.locator('.badge', { hasText: 'Resolved' }).waitFor();

    const [alert] = (await system.http('childWelfare').get('/alerts').query({ childId }).set(monitor).expect(200)).body.items;
    expect(alert).toMatchObject({
      ruleId: 'child-without-safe-care',
      status: 'resolved',
      resolutionReason: expect.stringContaining('Her aunt collected Chenda'),
    });

    await card.locator(`a[aria-label="Child ${childId}"]`).click();
    await page.getByRole('heading', { level: 1, name: 'Chenda' }).waitFor();
    await expectText(page.locator('main'), ['Alone', 'Journey', 'Past alerts', 'Police · ']);
  }, 90_000);

  it("reads a demo child's journey: each step, where the child was, and its source", async () => {
    const { items } = (await system.http('childWelfare').get('/children').query({ stage: 'imprisoned', limit: 1 }).set(monitor).expect(200)).body;
    await page.goto(`${dashboard}/dashboard/#/children/${items[0].childKey}`);
    await page.getByRole('heading', { level: 2, name: 'Journey' }).waitFor();
    await expectText(page.locator('.timeline'), ['Child was:', 'Prison · ']);
    // The lines a monitor reads are words: the agencies' codes stay in the source line and the API.
    const lines = (await page.locator('.timeline .what, .timeline .where').allInnerTexts()).join('\n');
    expect(lines).not.toMatch(
      /\b(with-relative|with-neighbour|with-ngo|with-other-adult|other-relative|older-sibling|has-dependants|has-children|no-dependants|declined-to-say|time-of-receipt|sentence-served|communal-area|contact-visit|behind-bars-or-screen|in-person|pre-trial\)|with-parent-in-custody)\b/,
    );
    await page.screenshot({ path: screenshotPath('child') });
  }, 60_000);

  it("says a baby's age in months, and the journey's times in Phnom Penh's zone", async () => {
    const { items } = (await system.http('childWelfare').get('/children').query({ limit: 500 }).set(monitor).expect(200)).body;
    const baby = items.find((c: { ageMonths: number | null }) => c.ageMonths !== null && c.ageMonths < 24);
    expect(baby).toMatchObject({ age: expect.stringMatching(/^(\d+ months?|under 1 month)$/), timeZone: 'Asia/Phnom_Penh' });
    await page.goto(`${dashboard}/dashboard/#/children/${baby.childKey}`);
    await page.getByRole('heading', { level: 2, name: 'Journey' }).waitFor();
    expect(await page.locator('.lede').innerText()).toContain(`${baby.age} old`);
    // The text of each time is the instant in its attribute as Phnom Penh reads it, whatever the browser's zone.
    const first = page.locator('.timeline time').first();
    const phnomPenh = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Phnom_Penh',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    expect(await first.innerText()).toBe(phnomPenh.format(new Date((await first.getAttribute('datetime')) as string)));
  }, 60_000);

  it('shows the board’s times as Phnom Penh reads them, on a computer set to another zone', async () => {
    const elsewhere = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' });
    try {
      await elsewhere.goto(`${dashboard}/dashboard/`);
      await elsewhere.getByLabel('Access key').fill(DevKeys.monitor);
      await elsewhere.keyboard.press('Enter');
      await elsewhere.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
      expect(await elsewhere.locator('#time-zone').innerText()).toBe('Times are shown in Asia/Phnom Penh time.');
      const first = elsewhere.locator('article time').first();
      await first.waitFor();
      const phnomPenh = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Phnom_Penh',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      });
      expect(await first.innerText()).toBe(phnomPenh.format(new Date((await first.getAttribute('datetime')) as string)));
    } finally {
      await elsewhere.close();
    }
  }, 60_000);

  it('draws the indicators over time and by prison', async () => {
    await page.getByRole('link', { name: 'Indicators' }).click();
    await page.locator('figure.chart-figure svg rect').first().waitFor();
    expect(await page.locator('figure.chart-figure').count()).toBe(5);
    await expectText(page.locator('.tiles'), ['Arrests', 'Asked about children at arrest', 'Child visits charged a fee']);
    await page.screenshot({ path: screenshotPath('indicators'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1560 } });
  }, 60_000);

  it('shows a prison: children living there, assessments, mothers without contact, open alerts', async () => {
    await page.getByRole('link', { name: 'Facilities' }).click();
    await page.getByRole('link', { name: 'CC2' }).click();
    await page.getByRole('heading', { level: 2, name: 'Children living in the prison' }).waitFor();
    await expectText(page.locator('main'), ['People held', 'Assessments due', 'Open alerts']);
    await page.screenshot({ path: screenshotPath('facility') });
  }, 60_000);

  it('fits a tablet held upright', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.locator('article.alert').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.screenshot({ path: screenshotPath('alerts-tablet') });
  }, 60_000);

  it("gives an integrator's key the board but not a child's record, and signing out forgets the key", async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.getByLabel('Access key').fill(DevKeys.integrator);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('article.alert').first().waitFor();
    await page.locator('article.alert a[aria-label^="Child "]').first().click();
    await page.getByRole('alert').filter({ hasText: 'may not see' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

async function expectText(locator: ReturnType<Page['locator']>, texts: string[]): Promise<void> {
  const content = await locator.innerText();
  for (const text of texts) expect(content).toContain(text);
}
