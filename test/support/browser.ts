import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (no browser download). In CI a missing Chromium
 * fails the suite, since .ci/run installs it; on a laptop without it the suite is skipped and
 * says why.
 */
export const CHROMIUM_PATH = process.env.SAFEGUARD_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '..', 'output', 'screenshots');

const inCi = () => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** `describe` for suites that need a real browser: runs with one, fails without one in CI, is skipped and said so elsewhere. */
export const describeWithBrowser: jest.Describe = ((name: string, fn: () => void) => {
  if (browserAvailable()) describe(`${name} [Chromium]`, fn);
  else if (inCi()) describe(`${name} [FAILS: CI needs ${CHROMIUM_PATH}]`, fn);
  else describe.skip(`${name} [SKIPPED: no Chromium at ${CHROMIUM_PATH}; apt-get install chromium]`, fn);
}) as jest.Describe;

export async function launchChromium(): Promise<Browser> {
  if (!browserAvailable()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: CI installs it (.ci/run: apt-get install -y chromium)`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export const screenshotPath = (name: string) => join(SCREENSHOT_DIR, `${name}.png`);
