import type { APIRequestContext } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures/test';
import { panelFor, waitForClaims } from './support/charts';
import { seriousViolations } from './support/axe';

test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

/** A page on another origin (another port of localhost): what a newsroom's site would be. */
async function hostPage(body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>A news site</title></head><body>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    // server.close() waits for the connections a browser keeps alive: close them too.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function firstChartGroup(realApiURL: string, request: APIRequestContext) {
  const { metrics } = (await (await request.get(`${realApiURL}/api/metrics`)).json()) as {
    metrics: { chartGroup: { id: string; label: string } }[];
  };
  const group = metrics[0]?.chartGroup;
  expect(group, 'the dataset has a chart group').toBeTruthy();
  return group!;
}

test.describe('embeds', () => {
  test('another site frames a chart’s embed from its oEmbed code: it draws, sizes its frame, and opens claims in the full view', async ({
    page,
    request,
    realApiURL,
  }) => {
    const group = await firstChartGroup(realApiURL, request);
    const view = `${realApiURL}/?state=unverified&chart=${group.id}`;
    const oembed = await request.get(`${realApiURL}/api/oembed?url=${encodeURIComponent(view)}&maxwidth=600`);
    expect(oembed.status()).toBe(200);
    const answer = (await oembed.json()) as { html: string; title: string; width: number };
    expect(answer.title).toBe(`Claimwatch: ${group.label}`);
    expect(answer.width).toBe(600);
    const host = await hostPage(`<h1>Reporting</h1>${answer.html}<p id="after">After the chart</p>`);
    try {
      // The frame's goto: the page's own waits for the app, and this page is another site's, not the app.
      await page.mainFrame().goto(host.url);
      const frameElement = page.locator('iframe[data-claimwatch-embed]');
      const frame = page.frameLocator('iframe[data-claimwatch-embed]');
      const figure = frame.locator('figure.chart');
      await expect(figure, 'the embed shows the one chart asked for').toHaveCount(1);
      await expect(figure.locator('g[data-claim-id][role="button"]').first()).toBeVisible({ timeout: 20_000 });
      // The server drew the embed at the width it assumed; the app redraws it at the frame's own width after it is
      // interactive. Its height and its marks' places are final only then.
      await expect(frame.locator(':root[data-interactive="true"]')).toBeAttached({ timeout: 20_000 });
      await expect(figure).toHaveAttribute('data-width', 'measured', { timeout: 20_000 });
      // What a reader of the other site sees without the dashboard: the key, the "as of" stamp, the sources, the way back.
      await expect(figure.locator('.chart-key, [data-chart-key]').first()).toBeAttached();
      await expect(figure.getByText(/^As of .+ \(its latest claim\)$/)).toBeVisible();
      await expect(figure.locator('.chart__sources')).toContainText('Sources (');
      const back = frame.getByRole('link', { name: /Open the full view/ });
      await expect(back).toHaveAttribute('href', '/?state=unverified');
      await expect(frame.locator('.filter-panel, .app-header, .chart-export')).toHaveCount(0);
      // The frame takes the embed's height from its messages: the whole chart shows, with no scroll bar inside.
      await expect.poll(async () => frameElement.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
      // The height the frame was last given is the embed's own: the first message may predate the redraw.
      await expect
        .poll(async () =>
          frame.locator('.embed').evaluate((embed) => {
            const spare = window.innerHeight - Math.ceil(embed.getBoundingClientRect().bottom);
            return spare >= 0 && spare < 40;
          }),
        )
        .toBe(true);
      const heights = await frame.locator('.embed').evaluate((embed) => ({
        content: Math.ceil(embed.getBoundingClientRect().bottom),
        viewport: window.innerHeight,
      }));
      expect(heights.viewport, 'the frame is as tall as the embed').toBeGreaterThanOrEqual(heights.content);
      expect(heights.viewport - heights.content, 'and no taller than it needs').toBeLessThan(40);
      // A claim clicked in the embed opens in the full view, its panel open, in a new tab.
      const mark = figure.locator('g[data-claim-id][role="button"]').first();
      const id = await mark.getAttribute('data-claim-id');
      // The glyph, not the group: a group's box takes in its label, and its centre may lie nearer another mark.
      const box = await mark.locator('> use.claim-mark__glyph').boundingBox();
      expect(box, 'the mark is on screen').toBeTruthy();
      // At the mark's centre, as a person clicks: the chart's hit layer finds the claim under the pointer.
      const click = page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      const [tab] = await Promise.all([page.context().waitForEvent('page'), click]);
      await expect(panelFor(tab, id ?? '')).toBeVisible({ timeout: 20_000 });
      expect(new URL(tab.url()).searchParams.get('claim'), 'the address drops the claim once opened').toBeNull();
      await tab.close();
    } finally {
      await host.close();
    }
  });

  test('the dashboard cannot be framed; only /embed can', async ({ page, request, realApiURL }) => {
    const dashboard = (await request.get(`${realApiURL}/`)).headers()['content-security-policy'] ?? '';
    const embed = (await request.get(`${realApiURL}/embed`)).headers()['content-security-policy'] ?? '';
    expect(dashboard).toMatch(/frame-ancestors 'none'/);
    expect(embed).toMatch(/frame-ancestors \*/);
    expect(embed, 'the embed keeps the strict script policy').toMatch(/script-src 'self'/);
    const host = await hostPage(
      `<iframe id="embed" title="embed" src="${realApiURL}/embed" width="800" height="600"></iframe>` +
        `<iframe id="dashboard" title="dashboard" src="${realApiURL}/" width="800" height="600"></iframe>`,
    );
    try {
      // The frame's goto: the page's own waits for the app, and this page is another site's, not the app.
      await page.mainFrame().goto(host.url);
      await expect(page.frameLocator('#embed').locator('g[data-claim-id]').first()).toBeAttached({ timeout: 20_000 });
      const refused = await page.locator('#dashboard').evaluate((f: HTMLIFrameElement) => f.contentWindow !== null);
      expect(refused, 'the dashboard frame exists').toBe(true);
      const dashboardFrame = await (await page.locator('#dashboard').elementHandle())?.contentFrame();
      expect(dashboardFrame?.url(), 'the browser refused to show the dashboard in a frame').not.toBe(`${realApiURL}/`);
      await expect(page.frameLocator('#dashboard').locator('.dashboard, [data-claim-id]')).toHaveCount(0);
    } finally {
      await host.close();
    }
  });

  test('“Embed” in a chart’s export menu gives its <iframe> code for this view; the embed page is axe-clean @phone', async ({
    page,
    realApiURL,
  }) => {
    await page.goto(`${realApiURL}/?state=corroborated`);
    await waitForClaims(page);
    await expect(page.locator('html[data-interactive="true"]')).toBeAttached();
    const chart = page.locator('figure.chart').first();
    const chartId = await chart.getAttribute('data-chart-id');
    await chart.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: /^Embed “/ });
    await expect(dialog).toBeVisible();
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toContain(`<iframe src="${realApiURL}/embed?state=corroborated&amp;chart=${chartId}"`);
    expect(code).toContain('data-claimwatch-embed');
    expect(code).toContain(`e.origin!=="${realApiURL}"`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.goto(`${realApiURL}/embed?state=corroborated&chart=${chartId}`);
    await expect(page.locator('figure.chart g[data-claim-id]').first()).toBeAttached({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'nothing overflows the frame sideways').toBeLessThanOrEqual(0);
  });
});
