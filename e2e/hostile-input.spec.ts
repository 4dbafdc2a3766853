import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { closePages, launchBrowser, newPage, waitForCharts, clickMark, markCentre, panelFor } from './support/browser';
import { seriousViolations } from './support/axe';
import { HOSTILE_SET_ASIDE, HOSTILE_STRINGS } from '../mocks/hostile-claims';

/** Every Content-Security-Policy violation the page reports, kept on window by an init script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __claimwatchPwned?: string }).__claimwatchPwned ?? null);

const HOSTILE_PAGE = '?scenario=hostile&q=Synthetic%20hostile%20source';
/** The valid hostile record whose quote and figure text carry a right-to-left override that is never closed. */
const BIDI_ID = `HOSTILE-${Object.keys(HOSTILE_STRINGS).indexOf('bidiOverride') + 1}`;

/**
 * Every place inside `scope` that shows a hostile data field (right-to-left letters, a bidi control,
 * a zero-width character), and whether it is isolated: in HTML its text sits directly in an element
 * whose computed unicode-bidi isolates it (a <bdi>); in SVG each such character lies inside FSI…PDI.
 */
function isolationReport(page: Page, scope: string) {
  // No named function inside: the page gets the code as written, without the test's helpers.
  return page.evaluate((selector) => {
    const SUSPECT = /[\u0590-\u08FF\u061C\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/;
    const BIDI = /[\u0590-\u08FF\u061C\u200E\u200F\u202A-\u202E]/;
    const html: string[] = [];
    const svg: string[] = [];
    const problems: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || !SUSPECT.test(text) || parent.closest('svg')) continue;
        html.push(text);
        const bidi = getComputedStyle(parent).unicodeBidi;
        if (!['isolate', 'isolate-override', 'plaintext'].includes(bidi))
          problems.push(`<${parent.localName}> (unicode-bidi: ${bidi}) shows ${JSON.stringify(text.slice(0, 60))}`);
      }
      for (const el of root.querySelectorAll('svg text')) {
        const text = el.textContent ?? '';
        if (!BIDI.test(text)) continue;
        svg.push(text);
        let depth = 0;
        for (const ch of text) {
          if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth += 1;
          else if (ch === '\u2069') depth = Math.max(depth - 1, 0);
          else if (depth === 0 && BIDI.test(ch)) {
            problems.push(
              `svg <text> shows ${JSON.stringify(text.slice(0, 60))} with U+${ch.codePointAt(0)?.toString(16).toUpperCase()} outside FSI…PDI`,
            );
            break;
          }
        }
      }
    }
    return { html, svg, problems };
  }, scope);
}

/** How far the text after a quote (its closing ”) sits right of the quote: negative when the quote's override pulled it inside. */
function closingMarkGap(page: Page, quote: string) {
  return page.evaluate((selector) => {
    const bdi = document.querySelector(`${selector} bdi`);
    const closing = bdi?.parentElement
      ? [...bdi.parentElement.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('”'))
      : undefined;
    if (!bdi || !closing) return null;
    const range = document.createRange();
    range.selectNodeContents(closing);
    const lines = [...bdi.getClientRects()];
    const last = lines.at(-1);
    const mark = range.getBoundingClientRect();
    // The closing mark follows the quote's last line: on it, right of it (or on the next line).
    return last ? (mark.top >= last.bottom - 1 ? Number.POSITIVE_INFINITY : mark.left - last.right) : null;
  }, quote);
}

describe('hostile input and the Content-Security-Policy', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('the built app carries a CSP with no inline script, and the app runs under it without a violation', async () => {
    const page = await newPage(browser, { path: null });
    await recordViolations(page);
    await page.goto('/');
    await waitForCharts(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy ?? '', /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy ?? '', /unsafe-inline|unsafe-eval/);
    await clickMark(
      page,
      (await page.locator('g[data-claim-id][role="button"]').first().getAttribute('data-claim-id')) ?? '',
    );
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    for (const view of ['Table', 'Compare']) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: view }).click();
      await page.waitForURL(new RegExp(`/${view.toLowerCase()}`));
      await page.locator('main h2:visible').first().waitFor();
    }
    assert.deepEqual(await violations(page), [], 'no CSP violation while using the app');
  });

  test('the CSP blocks an inline script injected into the page, and says so', async () => {
    const page = await newPage(browser, { path: null });
    await recordViolations(page);
    await page.goto('/');
    await waitForCharts(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__claimwatchPwned = "inline"';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    assert.equal(await pwned(page), null, 'the inline script did not run');
    assert.match((await violations(page)).join('\n'), /script-src/);
  });

  test('hostile texts render as text and hostile addresses are not links', async () => {
    const page = await newPage(browser, { path: null });
    await recordViolations(page);
    await page.goto('/table?scenario=hostile&q=Synthetic%20hostile%20source');
    await page.locator('.claim-table tbody tr').first().waitFor({ timeout: 20_000 });
    const table = (await page.locator('.claim-table').textContent()) ?? '';
    assert.ok(table.includes('<script>window.__claimwatchPwned = "script"</script>'), 'the script tag shows as text');
    assert.ok(table.includes('<img src=x onerror='), 'the img tag shows as text');
    assert.equal(
      await page.locator('img[src="x"], svg[onload], script:not([src])').count(),
      0,
      'no element came from the data',
    );

    await page.goto('/?scenario=hostile&q=Synthetic%20hostile%20source');
    await waitForCharts(page);
    const hostileIds = await page
      .locator('g[data-claim-id^="HOSTILE-"][role="button"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
    assert.ok(hostileIds.length > 0, 'the hostile scenario draws hostile claims on the charts');
    for (const id of hostileIds) {
      await clickMark(page, id);
      const dialog = panelFor(page, id);
      await dialog.waitFor();
      assert.equal(
        await dialog.locator('a[href]:not([href^="http:"]):not([href^="https:"])').count(),
        0,
        'only http(s) addresses are links',
      );
      await page.keyboard.press('Escape');
    }
    assert.equal(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count(), 0);
    assert.equal(await pwned(page), null, 'nothing from the data ran');
    assert.deepEqual(await violations(page), [], 'nothing from the data even tried to load');
  });

  test('every hostile data field is isolated, so a right-to-left override cannot reorder the text after it', async () => {
    const page = await newPage(browser, { path: `/${HOSTILE_PAGE}` });
    await waitForCharts(page);
    const charts = await isolationReport(page, 'figure.chart');
    assert.ok(
      charts.svg.some((t) => t.includes('\u202E')),
      `a chart label draws the override (figure in words): ${JSON.stringify(charts.svg)}`,
    );
    assert.deepEqual(charts.problems, [], 'chart labels, lists and tables isolate every hostile field');

    // The tooltip: the quote (shortened) and the figure, each in its own <bdi>.
    const { x, y } = await markCentre(page, BIDI_ID);
    await page.mouse.move(x, y);
    await page.locator('.chart-tooltip').waitFor();
    const tooltip = await isolationReport(page, '.chart-tooltip');
    assert.ok(tooltip.html.length > 0, 'the tooltip shows the hostile quote');
    assert.deepEqual(tooltip.problems, [], 'the tooltip isolates every hostile field');
    assert.ok(
      ((await closingMarkGap(page, '.chart-tooltip__quote')) ?? -1) >= -1,
      'in the tooltip, the closing ” stays after the quote',
    );

    // The panel: the whole quote, and the text after it in its place.
    await clickMark(page, BIDI_ID);
    const panel = panelFor(page, BIDI_ID);
    await panel.locator('.claim-details__quote').waitFor();
    assert.equal(
      await panel.locator('.claim-details__quote bdi').textContent(),
      HOSTILE_STRINGS.bidiOverride,
      'the panel shows the quote whole, unaltered',
    );
    const report = await isolationReport(page, '.claim-panel');
    assert.deepEqual(report.problems, [], 'the panel isolates every hostile field');
    assert.ok(
      ((await closingMarkGap(page, '.claim-details__quote')) ?? -1) >= -1,
      'in the panel, the closing ” stays after the quote',
    );
    assert.deepEqual(await seriousViolations(page), [], 'no serious axe violation with hostile data on the page');
    await page.keyboard.press('Escape');

    await page.goto(`/table${HOSTILE_PAGE}`);
    await page.locator('.claim-table tbody tr').first().waitFor({ timeout: 20_000 });
    const table = await isolationReport(page, '.claim-table');
    assert.ok(table.html.length > 0, 'the table shows hostile fields');
    assert.deepEqual(table.problems, [], 'the table isolates every hostile field');
  });

  test('records with a bidi override or zero-width character in a single-line field are set aside and reported with the field', async () => {
    const page = await newPage(browser, { path: `/${HOSTILE_PAGE}` });
    await waitForCharts(page);
    const notice = page.locator('details', { hasText: 'set aside because they do not match the contract' });
    await notice.locator('summary').click();
    const text = (await notice.textContent()) ?? '';
    assert.match(text, new RegExp(`Data quality: ${Object.keys(HOSTILE_SET_ASIDE).length} claims set aside`));
    for (const [id, fields] of Object.entries(HOSTILE_SET_ASIDE)) {
      const item = (await notice.locator('li', { hasText: `${id}:` }).textContent()) ?? '';
      for (const field of fields)
        assert.match(
          item,
          new RegExp(`${field.replace('.', '\\.')}: Contains an invisible U\\+[0-9A-F]{4}`),
          `${id} is reported for ${field}: ${item}`,
        );
    }
    assert.doesNotMatch(text, /[\u200B\u202E]/, 'the report names the characters, it does not repeat them');
    assert.equal(await page.locator('[data-claim-id^="HOSTILE-SET-ASIDE"]').count(), 0, 'no set-aside record is drawn');
  });

  test('the real server sends the CSP as a header, with framing forbidden', async () => {
    const realBase = process.env.REAL_BASE_URL;
    assert.ok(realBase, 'the e2e runner serves the real-API build (REAL_BASE_URL)');
    const response = await fetch(new URL('/', realBase));
    const header = response.headers.get('content-security-policy') ?? '';
    assert.match(header, /script-src 'self'/);
    assert.match(header, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });
});
