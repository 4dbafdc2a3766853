import { chromium, type Browser, type Page } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Debian's Chromium through playwright-core, headless, with a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
}

/** A page with reduced motion (recharts skips animation) that fails the test on any page error. */
export async function openPage(browser: Browser, path = '/', viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  errorsByPage.set(page, errors);
  await page.goto(`${BASE_URL}${path}`);
  return page;
}

const errorsByPage = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown so far. */
export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? [];
}

/** Waits until the charts (or the table) have drawn their claims. */
export async function waitForClaims(page: Page): Promise<void> {
  await page.waitForSelector('[data-claim-id], .claim-table tbody tr', { timeout: 20_000 });
}

export interface ApiClaim {
  id: string;
  claimedOn: string | null;
  kind: string;
  figure: { value: number | null; low: number | null; high: number | null; text: string | null };
  speaker: { organisation: string; name: string | null };
  source: { outlet: string; url: string | null };
  provenance: string[];
  quote: { text: string } | null;
  verification: { state: string; history: { date: string | null; to: string }[] };
  contradictingClaimIds: string[];
}

/** Asks the API from inside the page, so the mock service worker answers as it does for the app. */
export async function apiClaims(page: Page, query = ''): Promise<{ claims: ApiClaim[]; total: number }> {
  return page.evaluate(async (q) => {
    const response = await fetch(`/api/claims${q ? `?${q}` : ''}`);
    return (await response.json()) as { claims: ApiClaim[]; total: number };
  }, query);
}
