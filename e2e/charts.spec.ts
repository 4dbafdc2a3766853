import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures/test';
import { STATE_LABELS } from './support/text';

const ARTIFACTS = 'e2e/.artifacts';

test.describe('charts', () => {
  test(
    'draw every claim the API returns exactly once, each named with its speaker and state',
    { tag: '@phone' },
    async ({ dashboard, api, pageErrors }) => {
      const { claims } = await api.claims();
      expect(claims.length, 'the API returns claims').toBeGreaterThan(0);
      const marks = await dashboard.locator('[data-claim-id]').evaluateAll((els) =>
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
      expect(duplicates, 'no claim is drawn twice').toEqual([]);
      expect(marks.length, 'one [data-claim-id] element per claim of GET /api/claims').toBe(claims.length);
      expect([...seen.keys()].sort(), 'the same ids as the API').toEqual(claims.map((c) => c.id).sort());

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
      expect(problems).toEqual([]);
      expect(pageErrors, 'no uncaught errors in the page').toEqual([]);
    },
  );

  test('every chart is a figure with an accessible name (its h2 title)', async ({ dashboard }) => {
    const figures = dashboard.locator('figure');
    const count = await figures.count();
    expect(count, 'the dashboard has chart figures').toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const title = ((await figures.nth(i).getByRole('heading', { level: 2 }).first().textContent()) ?? '').trim();
      expect(title, `figure ${i + 1} has an h2 title`).not.toBe('');
      // Playwright computes the accessible name as assistive technology does (aria-labelledby, then content).
      await expect(
        dashboard.getByRole('figure', { name: title, exact: true }).first(),
        `the figure titled "${title}" is named by it`,
      ).toBeAttached();
    }
    await expect(dashboard.getByRole('figure', { name: /\S/ }), 'no unnamed figure').toHaveCount(count);
  });

  test('never plot a claim without a number at zero: it sits in the band above the value axis', async ({
    dashboard,
    api,
  }) => {
    const { claims } = await api.claims();
    // Dated claims with no number at all (denials, "several hundred"); undated ones are list buttons, not marks.
    const unquantified = claims.filter((c) => c.claimedOn !== null && c.figure.value === null && c.figure.low === null);
    expect(unquantified.length, 'the dataset has dated statements without a figure').toBeGreaterThan(0);
    const misplaced: string[] = [];
    for (const claim of unquantified) {
      // The y-axis line spans the plot's height, from the axis top (its largest value) down to 0. A mark whose
      // origin (the translate() of its <g>, the marker's centre) is not strictly above the top of that line
      // could be read as a value on the axis; a mark drawn at y=0 or at the top edge both fail.
      const where = await dashboard.locator(`g[data-claim-id="${claim.id}"]`).evaluate((el) => {
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
    expect(misplaced, 'claims without a number are drawn above the plot').toEqual([]);
  });

  test(
    `lay out without horizontal scrolling (screenshots in ${ARTIFACTS})`,
    { tag: '@phone' },
    async ({ dashboard, viewport }) => {
      const width = viewport?.width ?? 0;
      mkdirSync(ARTIFACTS, { recursive: true });
      // Let recharts measure its container and settle on the final width.
      await expect
        .poll(() =>
          dashboard
            .locator('figure svg.recharts-surface')
            .evaluateAll((svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width === 0).length),
        )
        .toBe(0);
      await dashboard.screenshot({ path: `${ARTIFACTS}/dashboard-${width}.png` });
      await dashboard.screenshot({ path: `${ARTIFACTS}/dashboard-${width}-full.png`, fullPage: true });
      // One picture per chart as well: the full page is too tall to read at a glance.
      const figures = await dashboard.locator('figure').all();
      for (const [i, figure] of figures.entries())
        await figure.screenshot({ path: `${ARTIFACTS}/dashboard-${width}-chart-${i + 1}.png` });
      const overflow = await dashboard.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `the page does not scroll sideways at ${width}px`).toBeLessThanOrEqual(1);
      const wide = await dashboard
        .locator('figure svg.recharts-surface')
        .evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getBoundingClientRect().right > window.innerWidth + 1)
            .map(
              (svg) =>
                `${svg.closest('figure')?.querySelector('h2')?.textContent ?? '?'}: right edge ${svg.getBoundingClientRect().right.toFixed(0)}px`,
            ),
        );
      expect(wide, `every chart fits the ${width}px viewport`).toEqual([]);
    },
  );
});
