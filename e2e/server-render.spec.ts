import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { Claim } from '../src/contract/claim-schema';
import { expect, test } from './fixtures/test';
import { claimsInPageState } from './support/page-state';

/*
 * The first view is rendered by the server (the real server; the static demo prerenders "/"), readable without
 * JavaScript, and hydrated in place: no warning, no request for data already in the page, input works at once.
 */

test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

/** A page as the socket carried it (no client to inflate it or count it), asked with `acceptEncoding`. */
const rawPage = (url: string, acceptEncoding: string) =>
  new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
    const sent = httpRequest(url, { headers: { 'accept-encoding': acceptEncoding } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => resolve({ headers: answer.headers, bytes: Buffer.concat(chunks) }));
      answer.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });

/** The marks the server's HTML holds, by claim id, and what each chart says its sources are. */
async function serverDrawing(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-claim-id]')].map((mark) => ({
      id: mark.getAttribute('data-claim-id') ?? '',
      name: mark.getAttribute('aria-label') ?? mark.textContent ?? '',
      sources: mark.closest('figure.chart')?.querySelector('.chart__sources')?.textContent ?? '',
      visible: mark.getBoundingClientRect().width > 0,
    })),
  );
}

test.describe('server-rendered first view', () => {
  test('without JavaScript, the default view shows every claim with its label, its chart’s sources and the data tables', async ({
    browser,
    realApiURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${realApiURL}/`);
      const claims = claimsInPageState(await response!.text()) as Claim[];
      expect(claims.length, 'the server rendered the page with its claims').toBeGreaterThan(20);
      await expect(page.getByText(`Showing ${claims.length} of ${claims.length} claims`)).toBeVisible();

      const drawn = await serverDrawing(page);
      for (const claim of claims) {
        const marks = drawn.filter((m) => m.id === claim.id);
        expect(marks.length, `${claim.id} is drawn without JavaScript`).toBeGreaterThan(0);
        for (const mark of marks) {
          expect(mark.visible, `${claim.id} is visible`).toBe(true);
          expect(mark.name, `${claim.id} is labelled with who said it`).toContain(claim.speaker.organisation);
          expect(mark.sources, `${claim.id}'s chart lists its source`).toContain(claim.speaker.organisation);
        }
      }
      // Every chart is drawn (not a placeholder), with its axes, and its data table can be unfolded without a script.
      const figures = page.locator('figure.chart');
      const count = await figures.count();
      expect(count).toBeGreaterThan(3);
      await expect(page.locator('figure.chart[data-rendered="true"]')).toHaveCount(count);
      await expect(page.locator('figure.chart .recharts-surface')).toHaveCount(count);
      const firstTable = page.locator('details.chart-table').first();
      await firstTable.locator('summary').click();
      await expect(firstTable.locator('table tbody tr').first()).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('with JavaScript, hydration logs nothing, asks for no data again, and the first filter click and Enter on a mark work', async ({
    page,
    charts,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
    });
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/(claims|metrics|events|sources)/.test(new URL(request.url()).pathname))
        dataRequests.push(request.url());
    });
    const response = await page.goto('/');
    const claims = claimsInPageState(await response!.text()) as Claim[];
    await expect(page.locator('html[data-interactive="true"]')).toBeAttached();
    expect(logged, 'hydration logged no error or warning').toEqual([]);
    expect(dataRequests, 'the data came with the page').toEqual([]);

    // The first interaction after load: a filter click narrows the charts to exactly the matching claims.
    const corroborated = claims.filter((c) => c.verification.state === 'corroborated').map((c) => c.id);
    expect(corroborated.length).toBeGreaterThan(0);
    const filter = page.getByRole('checkbox', { name: 'Corroborated', exact: true });
    await filter.click();
    await expect(filter).toBeChecked();
    await expect(page).toHaveURL(/state=corroborated/);
    await expect(page.getByText(`Showing ${corroborated.length} of ${claims.length} claims`)).toBeVisible();
    await charts.drawn();
    expect((await charts.drawnIds()).sort()).toEqual([...new Set(corroborated)].sort());

    // Enter on a mark opens its claim.
    const first = corroborated[0] ?? '';
    const mark = page.locator(`figure.chart [data-claim-id="${first}"]`).first();
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(charts.panelFor(first)).toBeVisible();
    expect(logged, 'nothing logged after the interactions either').toEqual([]);
  });

  test('Enter on a mark of the server’s HTML works right after load, before anything else happened', async ({
    page,
    charts,
  }) => {
    await page.goto('/');
    const id = (await page.locator('figure.chart [data-claim-id]').first().getAttribute('data-claim-id')) ?? '';
    await page.locator(`figure.chart [data-claim-id="${id}"]`).first().focus();
    await page.keyboard.press('Enter');
    await expect(charts.panelFor(id)).toBeVisible();
  });

  test('a page the server rendered long before it is opened asks for none of its data again', async ({ page }) => {
    // The server keeps rendered pages until the data changes: seen from the browser, this one was rendered ten
    // minutes ago, long past the data's staleTime. Its data is still current: the page is kept per data version.
    await page.clock.setFixedTime(Date.now() + 10 * 60_000);
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { apiCalls: string[] }).apiCalls = calls;
      const send = window.fetch.bind(window);
      window.fetch = (input, init) => {
        calls.push(input instanceof Request ? input.url : String(input));
        return send(input, init);
      };
    });
    await page.goto('/');
    // The charts' queries subscribe as the view hydrates: once React owns the first chart's marks, and a moment more
    // for the effects of that commit, any request for the page's data has been sent.
    await page.waitForFunction(() => {
      const mark = document.querySelector('figure.chart [data-claim-id]');
      return mark !== null && Object.keys(mark).some((key) => key.startsWith('__reactFiber'));
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
    const calls = await page.evaluate(() => (window as unknown as { apiCalls: string[] }).apiCalls);
    expect(calls.filter((url) => /\/api\/(claims|metrics|events|sources)/.test(url))).toEqual([]);
  });

  test('a filtered shared link is rendered filtered by the server', async ({ browser, realApiURL, api, page }) => {
    await page.goto('/');
    const expected = (await api.claims('state=corroborated&metric=troops_in_russia')).claims.map((c) => c.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const reader = await context.newPage();
      const response = await reader.goto(`${realApiURL}/?state=corroborated&metric=troops_in_russia`);
      expect(claimsInPageState(await response!.text()).length).toBe(expected.length);
      const ids = [...new Set((await serverDrawing(reader)).map((m) => m.id))].sort();
      expect(ids, 'the server drew exactly the filtered claims').toEqual(expected);
      await expect(reader.getByRole('checkbox', { name: 'Corroborated', exact: true })).toBeChecked();
      await expect(reader.getByText(/Showing \d+ of \d+ claims/)).toContainText(`Showing ${expected.length} of`);
    } finally {
      await context.close();
    }
  });

  test('a page is sent with its length, gzipped once for every browser that accepts it', async ({ realApiURL }) => {
    const url = `${realApiURL}/?state=corroborated&metric=troops_in_russia`;
    const [first, second] = [await rawPage(url, 'gzip, deflate, br'), await rawPage(url, 'gzip')];
    const plain = await rawPage(url, 'identity');
    for (const page of [first, second]) {
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(page.headers['content-length']).toBe(String(page.bytes.length));
      expect(String(page.headers['vary'])).toContain('Accept-Encoding');
    }
    // The same bytes for the same page and version.
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(plain.bytes.length));
    const html = plain.bytes.toString('utf8');
    expect(claimsInPageState(html).length, 'the page holds its claims').toBeGreaterThan(0);
    expect(gunzipSync(first.bytes).toString('utf8')).toBe(html);
  });

  test('the table view is rendered by the server too: its first page of claims, without JavaScript', async ({
    browser,
    realApiURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${realApiURL}/table?state=corroborated`);
      await expect(page.getByRole('heading', { name: 'Claims table' })).toBeVisible();
      await expect(page.locator('.claim-table tbody tr').first()).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
