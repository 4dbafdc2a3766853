import { expect, test } from './fixtures/test';
import { closingMarkGap, cspViolations, isolationReport, pwned, recordViolations } from './support/hostile';
import { HOSTILE_SET_ASIDE, HOSTILE_STRINGS } from '../mocks/hostile-claims';

const HOSTILE_PAGE = '?scenario=hostile&q=Synthetic%20hostile%20source';
/** The valid hostile record whose quote and figure text carry a right-to-left override that is never closed. */
const BIDI_ID = `HOSTILE-${Object.keys(HOSTILE_STRINGS).indexOf('bidiOverride') + 1}`;

test.describe('hostile input and the Content-Security-Policy', () => {
  test.beforeEach(({ page }) => recordViolations(page));

  test('the built app carries a CSP with no inline script, and the app runs under it without a violation', async ({
    page,
    charts,
  }) => {
    await page.goto('/');
    await charts.drawn();
    const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(policy).toHaveAttribute('content', /script-src 'self'(;|$)/);
    await expect(policy).not.toHaveAttribute('content', /unsafe-inline|unsafe-eval/);
    await charts.clickMark(await charts.firstMarkId());
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    for (const view of ['Table', 'Compare']) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: view }).click();
      await expect(page).toHaveURL(new RegExp(`/${view.toLowerCase()}`));
      await expect(page.locator('main h2:visible').first()).toBeVisible();
    }
    expect(await cspViolations(page), 'no CSP violation while using the app').toEqual([]);
  });

  test('the CSP blocks an inline script injected into the page, and says so', async ({ page, charts }) => {
    await page.goto('/');
    await charts.drawn();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__claimwatchPwned = "inline"';
      document.body.append(script);
    });
    await expect.poll(() => cspViolations(page)).toContainEqual(expect.stringMatching(/script-src/));
    expect(await pwned(page), 'the inline script did not run').toBeNull();
  });

  test('hostile texts render as text and hostile addresses are not links', async ({ page, charts }) => {
    await page.goto(`/table${HOSTILE_PAGE}`);
    const table = page.locator('.claim-table');
    await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 20_000 });
    await expect(table, 'the script tag shows as text').toContainText(
      '<script>window.__claimwatchPwned = "script"</script>',
    );
    await expect(table, 'the img tag shows as text').toContainText('<img src=x onerror=');
    await expect(
      page.locator('img[src="x"], svg[onload], script:not([src])'),
      'no element came from the data',
    ).toHaveCount(0);

    await page.goto(`/${HOSTILE_PAGE}`);
    await charts.drawn();
    const hostileIds = await page
      .locator('g[data-claim-id^="HOSTILE-"][role="button"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
    expect(hostileIds.length, 'the hostile scenario draws hostile claims on the charts').toBeGreaterThan(0);
    for (const id of hostileIds) {
      await charts.clickMark(id);
      const panel = charts.panelFor(id);
      await expect(panel.getByRole('region', { name: 'Verification' })).toBeVisible();
      await expect(
        panel.locator('a[href]:not([href^="http:"]):not([href^="https:"])'),
        `${id}: only http(s) addresses are links`,
      ).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
    }
    await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
    expect(await pwned(page), 'nothing from the data ran').toBeNull();
    expect(await cspViolations(page), 'nothing from the data even tried to load').toEqual([]);
  });

  test(
    'every hostile data field is isolated, so a right-to-left override cannot reorder the text after it',
    { tag: '@phone' },
    async ({ page, charts, seriousViolations }) => {
      await page.goto(`/${HOSTILE_PAGE}`);
      await charts.drawn();
      const inCharts = await isolationReport(page, 'figure.chart');
      // In the drawing; a narrow chart (a phone) numbers its labels and lists them beside it instead.
      const labels = [...inCharts.svg, ...(await isolationReport(page, 'figure.chart .chart-label-list')).html];
      expect(
        labels.some((t) => t.includes('\u202E')),
        `a chart label draws the override (figure in words): ${JSON.stringify(labels)}`,
      ).toBe(true);
      expect(inCharts.problems, 'chart labels, lists and tables isolate every hostile field').toEqual([]);

      // The tooltip: the quote (shortened) and the figure, each in its own <bdi>.
      await charts.hoverMark(BIDI_ID);
      await expect(page.locator('.chart-tooltip')).toBeVisible();
      const tooltip = await isolationReport(page, '.chart-tooltip');
      expect(tooltip.html.length, 'the tooltip shows the hostile quote').toBeGreaterThan(0);
      expect(tooltip.problems, 'the tooltip isolates every hostile field').toEqual([]);
      expect(
        (await closingMarkGap(page, '.chart-tooltip__quote')) ?? -Infinity,
        'in the tooltip, the closing ” stays after the quote',
      ).toBeGreaterThanOrEqual(-1);

      // The panel: the whole quote, and the text after it in its place.
      await charts.clickMark(BIDI_ID);
      const panel = charts.panelFor(BIDI_ID);
      await expect(panel.locator('.claim-details__quote')).toBeVisible();
      expect(
        await panel.locator('.claim-details__quote bdi').textContent(),
        'the panel shows the quote whole, unaltered',
      ).toBe(HOSTILE_STRINGS.bidiOverride);
      expect((await isolationReport(page, '.claim-panel')).problems, 'the panel isolates every hostile field').toEqual(
        [],
      );
      expect(
        (await closingMarkGap(page, '.claim-details__quote')) ?? -Infinity,
        'in the panel, the closing ” stays after the quote',
      ).toBeGreaterThanOrEqual(-1);
      expect(await seriousViolations(), 'no serious axe violation with hostile data on the page').toEqual([]);
      await page.keyboard.press('Escape');

      await page.goto(`/table${HOSTILE_PAGE}`);
      await expect(page.locator('.claim-table tbody tr').first()).toBeVisible({ timeout: 20_000 });
      const table = await isolationReport(page, '.claim-table');
      expect(table.html.length, 'the table shows hostile fields').toBeGreaterThan(0);
      expect(table.problems, 'the table isolates every hostile field').toEqual([]);
    },
  );

  test('records with a bidi override or zero-width character in a single-line field are set aside and reported with the field', async ({
    page,
    charts,
  }) => {
    await page.goto(`/${HOSTILE_PAGE}`);
    await charts.drawn();
    const notice = page.locator('details', { hasText: 'set aside because they do not match the contract' });
    await notice.locator('summary').click();
    await expect(notice).toContainText(
      new RegExp(`Data quality: ${Object.keys(HOSTILE_SET_ASIDE).length} claims set aside`),
    );
    for (const [id, fields] of Object.entries(HOSTILE_SET_ASIDE)) {
      const item = notice.locator('li', { hasText: `${id}:` });
      for (const field of fields)
        await expect(item, `${id} is reported for ${field}`).toContainText(
          new RegExp(`${field.replace('.', '\\.')}: Contains an invisible U\\+[0-9A-F]{4}`),
        );
    }
    expect((await notice.textContent()) ?? '', 'the report names the characters, it does not repeat them').not.toMatch(
      /[\u200B\u202E]/,
    );
    await expect(page.locator('[data-claim-id^="HOSTILE-SET-ASIDE"]'), 'no set-aside record is drawn').toHaveCount(0);
  });

  test('the real server sends the CSP as a header, with framing forbidden', async ({ request, realApiURL }) => {
    const response = await request.get(new URL('/', realApiURL).href);
    const headers = response.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
