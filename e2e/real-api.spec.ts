import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, waitForCharts, waitForClaims, clickMark, panelFor } from './support/browser';

const REAL = process.env.REAL_BASE_URL ?? 'http://127.0.0.1:8787';
const TOKEN = process.env.REAL_TOKEN ?? '';

/** Signs in as the e2e analyst through the dashboard's own control. */
async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Analyst sign-in' }).click();
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('against the real server (SQLite)', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  test('draws what the server holds, with no mock in the build', async () => {
    const page = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
    await page.goto(REAL);
    await waitForCharts(page);
    const total = await page.evaluate(async () => ((await (await fetch('/api/claims')).json()) as { claims: unknown[] }).claims.length);
    assert.equal(await page.locator('[data-claim-id]').count(), total);
    const worker = await page.evaluate(async () => (await fetch('/mockServiceWorker.js')).headers.get('content-type') ?? '');
    assert.doesNotMatch(worker, /javascript/, 'the real-API build ships no mock service worker');
  });

  test('sign in, change a claim’s state with a rationale, reload: the state and the history are there', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(REAL);
    await waitForClaims(page);
    await signIn(page);
    await page.getByText(/Signed in as e2e \(analyst\)/).waitFor();

    const target = await page.evaluate(async () => {
      const { claims } = (await (await fetch('/api/claims?state=single_source')).json()) as { claims: { id: string; claimedOn: string | null }[] };
      return claims.find((c) => c.claimedOn)?.id ?? '';
    });
    assert.ok(target);
    const rationale = `E2E: two independent outlets now report it (${Date.now()})`;
    await clickMark(page, target);
    const dialog = panelFor(page, target);
    await dialog.getByLabel('New state').selectOption('corroborated');
    await dialog.getByLabel(/Why/).fill(rationale);
    await dialog.getByRole('button', { name: 'Record the change' }).click();
    await dialog.getByText('Saved: the change is in the history above.').waitFor();

    await page.reload();
    await waitForClaims(page);
    const label = (await page.locator(`[data-claim-id="${target}"]`).getAttribute('aria-label')) ?? '';
    assert.match(label, /Corroborated/);
    await clickMark(page, target);
    const history = panelFor(page, target).getByRole('region', { name: 'Verification' });
    await history.getByText(rationale).waitFor();
    assert.match((await history.textContent()) ?? '', /Single source → Corroborated/);
    assert.match((await history.textContent()) ?? '', /Recorded by e2e/);
    await context.close();
  });

  test('a briefing saved on the server by an analyst opens in another browser', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${REAL}/?metric=containers_shipped`);
    await waitForClaims(page);
    await signIn(page);
    await page.getByText(/Signed in as e2e/).waitFor();
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByLabel('Slide title').fill('Containers, all sources');
    await page.getByRole('button', { name: 'Save slide' }).click();
    await page.getByRole('link', { name: 'Briefing' }).click();
    await page.getByLabel('Briefing title').fill('Server deck e2e');
    await page.getByRole('button', { name: 'Save this briefing on the server' }).click();
    await page.getByText('Saved “Server deck e2e” on the server').waitFor();
    await context.close();

    const other = await browser.newContext({ reducedMotion: 'reduce' });
    const reader = await other.newPage();
    await reader.goto(`${REAL}/briefing`);
    await reader.getByRole('button', { name: 'Server deck e2e' }).click();
    // Slide titles are editable fields on the Briefing page.
    await reader.getByLabel('Slide 1 title').waitFor();
    assert.equal(await reader.getByLabel('Slide 1 title').inputValue(), 'Containers, all sources');
    assert.equal(await reader.getByLabel('Briefing title').inputValue(), 'Server deck e2e');
    await other.close();
  });

  test('on a 390 px phone a signed-in analyst’s tabs and an open import report never widen the page', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto(REAL);
    await waitForCharts(page);
    await signIn(page);
    await page.getByText(/Signed in as e2e/).waitFor();
    await page.getByRole('link', { name: 'Import' }).waitFor();
    assert.ok((await overflow()) <= 1, `signed in, the page scrolls sideways by ${await overflow()} px`);

    // A dry run only: two claims the server holds, one of them made invalid, so the report has a rejected row with its reasons.
    const claims = await page.evaluate(async () => ((await (await fetch('/api/claims')).json()) as { claims: Record<string, unknown>[] }).claims.slice(0, 2));
    assert.equal(claims.length, 2);
    const rows = [claims[0], { ...claims[1], id: 'E2E-PHONE-REJECTED-ROW-WITH-A-LONG-IDENTIFIER', metricId: 'Not A Metric Id With Spaces And A Very Long Name' }];
    await page.getByRole('link', { name: 'Import' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'phone-check.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows)) });
    await page.getByRole('button', { name: 'Check again' }).waitFor();
    await page.getByText(/rejected/i).first().waitFor();
    assert.ok((await overflow()) <= 1, `with the import report open, the page scrolls sideways by ${await overflow()} px`);
    await context.close();
  });
});
