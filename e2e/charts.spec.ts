import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  apiClaims,
  closePages,
  DESKTOP,
  launchBrowser,
  newPage,
  pageErrors,
  PHONE,
  STATE_LABELS,
  waitForCharts,
} from './support/browser';

const ARTIFACTS = 'e2e/.artifacts';

describe('charts', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterEach(closePages);
  after(() => browser.close());

  test('draw every claim the API returns exactly once, each named with its speaker and state', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const { claims } = await apiClaims(page);
    assert.ok(claims.length > 0, 'the API returns claims');
    const marks = await page.locator('[data-claim-id]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-claim-id') ?? '',
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role'),
        name: el.getAttribute('aria-label') ?? el.textContent ?? '',
        inFigure: el.closest('figure') !== null,
      })),
    );
    const seen = new Map<string, number>();
    for (const mark of marks) seen.set(mark.id, (seen.get(mark.id) ?? 0) + 1);
    const duplicates = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id}×${n}`);
    assert.deepEqual(duplicates, [], 'no claim is drawn twice');
    assert.equal(marks.length, claims.length, 'one [data-claim-id] element per claim of GET /api/claims');
    assert.deepEqual([...seen.keys()].sort(), claims.map((c) => c.id).sort(), 'the same ids as the API');

    const problems: string[] = [];
    for (const claim of claims) {
      const mark = marks.find((m) => m.id === claim.id);
      if (!mark) continue;
      const expected = claim.claimedOn === null ? 'button' : 'g[role=button]';
      const actual = mark.tag === 'g' && mark.role === 'button' ? 'g[role=button]' : mark.tag;
      if (actual !== expected)
        problems.push(
          `${claim.id}: ${claim.claimedOn === null ? 'undated' : 'dated'} claim drawn as <${actual}>, expected <${expected}>`,
        );
      if (!mark.inFigure) problems.push(`${claim.id}: not inside a chart figure`);
      if (!mark.name.includes(claim.speaker.organisation))
        problems.push(`${claim.id}: name "${mark.name}" lacks the organisation "${claim.speaker.organisation}"`);
      if (!mark.name.includes(STATE_LABELS[claim.verification.state]))
        problems.push(`${claim.id}: name "${mark.name}" lacks the state "${STATE_LABELS[claim.verification.state]}"`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(pageErrors(page), [], 'no uncaught errors in the page');
  });

  test('every chart is a figure with an accessible name (its h2 title)', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const figures = page.locator('figure');
    const count = await figures.count();
    assert.ok(count > 0, 'the dashboard has chart figures');
    for (let i = 0; i < count; i += 1) {
      const title = ((await figures.nth(i).getByRole('heading', { level: 2 }).first().textContent()) ?? '').trim();
      assert.ok(title, `figure ${i + 1} has an h2 title`);
      // Playwright computes the accessible name as assistive technology does (aria-labelledby, then content).
      assert.ok(
        (await page.getByRole('figure', { name: title, exact: true }).count()) >= 1,
        `the figure titled "${title}" is named by it`,
      );
    }
    assert.equal(await page.getByRole('figure', { name: /\S/ }).count(), count, 'no unnamed figure');
  });

  test('never plot a claim without a number at zero: it sits in the band above the value axis', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const { claims } = await apiClaims(page);
    // Dated claims with no number at all (denials, "several hundred"); undated ones are list buttons, not marks.
    const unquantified = claims.filter((c) => c.claimedOn !== null && c.figure.value === null && c.figure.low === null);
    assert.ok(unquantified.length > 0, 'the dataset has dated statements without a figure');
    const misplaced: string[] = [];
    for (const claim of unquantified) {
      // The check: the y-axis line spans exactly the plot's height, from the axis top (its largest
      // value) down to 0. A mark whose origin (the translate() of its <g>, i.e. the marker's centre,
      // independent of the hit circle, focus ring or date-span whiskers around it) is above the top
      // of that line cannot be read as a value on the axis, least of all 0. It must be strictly above the top,
      // not merely out of the bottom 2 px, so a mark drawn at y=0 or at the top edge both fail.
      const where = await page.locator(`g[data-claim-id="${claim.id}"]`).evaluate((el) => {
        const svg = el.closest('svg');
        const axis = svg?.querySelector('.recharts-yAxis .recharts-cartesian-axis-line');
        const ctm = (el as SVGGraphicsElement).getScreenCTM();
        const line = axis?.getBoundingClientRect();
        // A chart of statements only has no value axis at all (and no tick that could read as 0).
        const valueTicks = svg?.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick').length ?? 0;
        return {
          markY: ctm ? ctm.f : null,
          plotTop: line ? line.top : null,
          plotBottom: line ? line.bottom : null,
          noValueAxis: !axis && valueTicks === 0,
        };
      });
      if (where.noValueAxis && where.markY !== null) continue;
      if (where.markY === null || where.plotTop === null || where.plotBottom === null) {
        misplaced.push(`${claim.id}: no y axis or mark position found (${JSON.stringify(where)})`);
      } else if (!(where.markY < where.plotTop - 2)) {
        const atZero = Math.abs(where.markY - where.plotBottom) <= 2 ? ', on the zero line' : '';
        misplaced.push(
          `${claim.id}: centre at y=${where.markY.toFixed(1)}, plot spans ${where.plotTop.toFixed(1)}–${where.plotBottom.toFixed(1)}${atZero}`,
        );
      }
    }
    assert.deepEqual(misplaced, [], 'claims without a number are drawn above the plot');
  });

  for (const viewport of [DESKTOP, PHONE]) {
    test(`lay out without horizontal scrolling at ${viewport.width}×${viewport.height} (screenshots in ${ARTIFACTS})`, async () => {
      const page = await newPage(browser, { viewport });
      await waitForCharts(page);
      // Let recharts measure its container and settle on the final width.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('figure svg.recharts-surface')].every(
          (svg) => svg.getBoundingClientRect().width > 0,
        ),
      );
      await page.screenshot({ path: `${ARTIFACTS}/dashboard-${viewport.width}.png` });
      await page.screenshot({ path: `${ARTIFACTS}/dashboard-${viewport.width}-full.png`, fullPage: true });
      // One picture per chart as well: the full page is too tall to read at a glance.
      const figures = await page.locator('figure').all();
      for (const [i, figure] of figures.entries())
        await figure.screenshot({ path: `${ARTIFACTS}/dashboard-${viewport.width}-chart-${i + 1}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page does not scroll sideways at ${viewport.width}px (overflow ${overflow}px)`);
      const wide = await page
        .locator('figure svg.recharts-surface')
        .evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getBoundingClientRect().right > window.innerWidth + 1)
            .map(
              (svg) =>
                `${svg.closest('figure')?.querySelector('h2')?.textContent ?? '?'}: right edge ${svg.getBoundingClientRect().right.toFixed(0)}px`,
            ),
        );
      assert.deepEqual(wide, [], `every chart fits the ${viewport.width}px viewport`);
    });
  }
});
