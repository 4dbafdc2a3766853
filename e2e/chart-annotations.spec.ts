import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seriousViolations } from './support/axe';
import type { Browser, Locator, Page } from 'playwright-core';
import { dateSpan } from '../src/contract/partial-date';
import {
  apiClaims,
  closePages,
  DESKTOP,
  launchBrowser,
  newPage,
  PHONE,
  waitForAllCharts,
  waitForCharts,
  waitForChartRendered,
  type ApiClaim,
} from './support/browser';

/**
 * Direct labels, nearest-mark hit testing, the key and the no-figure band (issue 10), checked
 * against the chart DOM contract (.issue10-contract.md) with the default dataset, at desktop and
 * phone sizes in both themes. Failures list the claim ids at fault.
 */

const CHART = 'figure.chart';
const MARK = 'g.claim-mark[data-claim-id]';
const GLYPH = 'use.claim-mark__glyph';
const PANEL = '[data-panel-claim-id]';
/** Charts with at most this many plotted claims label every one by default (AUTO_ALL_LABELS). */
const LABEL_ALL_UP_TO = 40;
/** Boxes may touch or overlap by rounding, no more. */
const TOLERANCE_PX = 0.5;
/** A source line's vertex sits on a mark's centre (glyph centre or the mark's origin), within this. */
const VERTEX_PX = 3;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface MarkSnap {
  id: string;
  /** In the no-figure band: inside g.chart-lane, or centred on its rect.chart-lane__band (the contract allows either). */
  inLane: boolean;
  glyphCount: number;
  glyph: Box | null;
  /** The mark's own origin (its translate), in viewport px. */
  origin: { x: number; y: number } | null;
}
interface LabelSnap {
  for: string | null;
  number: boolean;
  /** The text as seen on screen (without the hidden footnote tspan). */
  text: string;
  box: Box;
  visible: boolean;
  inSvg: boolean;
}
interface ChartSnap {
  id: string;
  svgCount: number;
  svg: Box | null;
  marks: MarkSnap[];
  labels: LabelSnap[];
  lists: number;
  listItems: { for: string | null; text: string }[];
  bands: (Box & { statementsOnly: boolean })[];
  lines: { source: string | null; d: string; ctm: number[] | null }[];
}
interface PageSnap {
  theme: string | undefined;
  /** Top of the first chart's plot with the page scrolled to the top, or why there is none. */
  firstPlotTop: number | string;
  charts: ChartSnap[];
  claims: ApiClaim[];
}

const COMBOS = [DESKTOP, PHONE].flatMap((viewport) =>
  (['light', 'dark'] as const).map((scheme) => ({ viewport, scheme })),
);
type Combo = (typeof COMBOS)[number];
const comboName = ({ viewport, scheme }: Combo) => `${viewport.width}×${viewport.height} ${scheme}`;

const round = (n: number) => Math.round(n * 10) / 10;
const showBox = (b: Box) => `[${round(b.left)},${round(b.top)} → ${round(b.right)},${round(b.bottom)}]`;
const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
const intersects = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE_PX &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE_PX;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - TOLERANCE_PX &&
  inner.top >= outer.top - TOLERANCE_PX &&
  inner.right <= outer.right + TOLERANCE_PX &&
  inner.bottom <= outer.bottom + TOLERANCE_PX;
const isFigureless = (c: ApiClaim) => c.figure.value === null && c.figure.low === null;

/** What one drawn chart holds, measured in one go (viewport px). */
function snapChart(figure: Locator): Promise<ChartSnap> {
  // No named functions inside evaluate: tsx would wrap them in a `__name` call the page lacks.
  return figure.evaluate(async (fig) => {
    // Let the chart settle (width measured, layout done): the same geometry three frames running.
    let last = '';
    for (let frame = 0, same = 0; frame < 120 && same < 3; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      const r = fig.querySelector('svg.recharts-surface')?.getBoundingClientRect();
      const key = `${r?.width},${r?.height},${fig.querySelectorAll('g.claim-mark, text.chart-label').length}`;
      same = key === last ? same + 1 : 0;
      last = key;
    }
    const svgs = fig.querySelectorAll('svg.recharts-surface');
    const bands = [...fig.querySelectorAll('rect.chart-lane__band')].map((rect) => {
      const r = rect.getBoundingClientRect();
      // A chart of statements only has no figures to squeeze: its band is the whole drawing (ADR 003).
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        statementsOnly: rect.classList.contains('chart-lane__band--only'),
      };
    });
    const svgRect = svgs[0]?.getBoundingClientRect();
    return {
      id: fig.getAttribute('data-chart-id') ?? fig.querySelector('h2')?.textContent ?? '?',
      svgCount: svgs.length,
      svg: svgRect ? { left: svgRect.left, top: svgRect.top, right: svgRect.right, bottom: svgRect.bottom } : null,
      marks: [...fig.querySelectorAll('g.claim-mark[data-claim-id]')].map((el) => {
        const glyphs = el.querySelectorAll('use.claim-mark__glyph');
        const r = glyphs[0]?.getBoundingClientRect();
        const ctm = (el as SVGGraphicsElement).getScreenCTM();
        const cx = r ? (r.left + r.right) / 2 : (ctm?.e ?? NaN);
        const cy = r ? (r.top + r.bottom) / 2 : (ctm?.f ?? NaN);
        return {
          id: el.getAttribute('data-claim-id') ?? '',
          inLane:
            el.closest('g.chart-lane') !== null ||
            bands.some((b) => cx >= b.left && cx <= b.right && cy >= b.top && cy <= b.bottom),
          glyphCount: glyphs.length,
          glyph: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
          origin: ctm ? { x: ctm.e, y: ctm.f } : null,
        };
      }),
      labels: [...fig.querySelectorAll('text.chart-label')].map((el) => {
        const r = el.getBoundingClientRect();
        let visible = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        for (let node: Element | null = el; visible && node && node !== fig; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.display === 'none' || Number(style.opacity) === 0) visible = false;
        }
        let hidden = '';
        el.querySelectorAll('.chart-label__number').forEach((t) => {
          hidden += t.textContent ?? '';
        });
        const text = (el.textContent ?? '').replace(hidden, '').trim();
        return {
          for: el.getAttribute('data-label-for'),
          number: el.classList.contains('chart-label--number'),
          text,
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          visible: visible && text.length > 0,
          inSvg: el.closest('svg.recharts-surface') !== null,
        };
      }),
      lists: fig.querySelectorAll('ol.chart-label-list').length,
      listItems: [...fig.querySelectorAll('li[data-label-list-for]')].map((li) => ({
        for: li.getAttribute('data-label-list-for'),
        text: (li.textContent ?? '').trim(),
      })),
      bands,
      lines: [...fig.querySelectorAll('path.chart-source-line')].map((el) => {
        const m = (el as SVGGraphicsElement).getScreenCTM();
        return {
          source: el.getAttribute('data-source'),
          d: el.getAttribute('d') ?? '',
          ctm: m ? [m.a, m.b, m.c, m.d, m.e, m.f] : null,
        };
      }),
    };
  });
}

/**
 * Opens `path`, records where the first chart's plot begins with the page at the top, then scrolls
 * to each chart in turn, waits until it has drawn, and measures it.
 */
async function snapPage(browser: Browser, combo: Combo, path: string): Promise<PageSnap> {
  const page = await newPage(browser, { path, viewport: combo.viewport, colorScheme: combo.scheme });
  try {
    await waitForCharts(page);
    const charts = page.locator(CHART);
    let firstPlotTop: number | string = 'the first chart did not draw with the page at the top';
    const firstDrawn = await waitForChartRendered(charts.first(), 10_000).then(
      () => true,
      () => false,
    );
    if (firstDrawn) {
      const top = await charts.first().evaluate((fig) => {
        window.scrollTo(0, 0);
        const plot =
          fig.querySelector('.recharts-yAxis .recharts-cartesian-axis-line') ??
          fig.querySelector('.recharts-cartesian-grid');
        return plot ? plot.getBoundingClientRect().top + window.scrollY : null;
      });
      firstPlotTop = top ?? 'the first chart has no y-axis line and no grid';
    }
    const count = await charts.count();
    const snaps: ChartSnap[] = [];
    for (let i = 0; i < count; i += 1) {
      await waitForChartRendered(charts.nth(i));
      snaps.push(await snapChart(charts.nth(i)));
    }
    const { claims } = await apiClaims(page);
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    return { theme, firstPlotTop, charts: snaps, claims };
  } finally {
    await page.context().close();
  }
}

/** The glyph's box once it has stayed put for three frames (the charts re-lay out when the panel closes). */
function settledBox(glyph: Locator): Promise<Box> {
  return glyph.evaluate(async (el) => {
    let last = '';
    for (let frame = 0, same = 0; frame < 120 && same < 3; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      const r = el.getBoundingClientRect();
      const key = `${r.left},${r.top},${r.width},${r.height}`;
      same = key === last ? same + 1 : 0;
      last = key;
    }
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** Closes the claim panel with Escape (twice if need be); throws if it stays open. */
async function closePanel(page: Page, problems: string[], id: string): Promise<void> {
  const panel = page.locator('aside.claim-panel');
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await page.keyboard.press('Escape');
    if (
      await panel.waitFor({ state: 'detached', timeout: 3000 }).then(
        () => true,
        () => false,
      )
    ) {
      if (attempt > 1) problems.push(`${id}: the panel closed only on the second Escape`);
      return;
    }
  }
  throw new Error(
    `the claim panel did not close on Escape after opening ${id}; mis-hits so far:\n${problems.join('\n')}`,
  );
}

/** Clicks the centre of every mark's glyph, chart by chart, and lists each click that did not open that claim. */
async function clickEveryMark(page: Page): Promise<{ clicked: string[]; misHits: string[] }> {
  const charts = page.locator(CHART);
  const count = await charts.count();
  const clicked: string[] = [];
  const misHits: string[] = [];
  // The panel's code loads on the first open: give that one longer. A click that opens nothing costs
  // the timeout, so after a run of them the rest are not tried (and reported).
  let everOpened = false;
  let nothingOpened = 0;
  for (let i = 0; i < count; i += 1) {
    const figure = charts.nth(i);
    await waitForChartRendered(figure);
    const chartId = (await figure.getAttribute('data-chart-id')) ?? `chart ${i + 1}`;
    const ids = await figure
      .locator(MARK)
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-claim-id') ?? ''));
    for (const id of ids) {
      clicked.push(id);
      if (nothingOpened >= (everOpened ? 8 : 3)) {
        misHits.push(`${chartId} · ${id}: not clicked (${nothingOpened} clicks in a row opened nothing)`);
        continue;
      }
      const glyphs = figure.locator(`g.claim-mark[data-claim-id="${id}"] ${GLYPH}`);
      if ((await glyphs.count()) === 0) {
        misHits.push(`${chartId} · ${id}: no ${GLYPH} in the mark`);
        continue;
      }
      const glyph = glyphs.first();
      await glyph.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
      const box = await settledBox(glyph);
      if (box.right - box.left <= 0 || box.bottom - box.top <= 0) {
        misHits.push(`${chartId} · ${id}: the glyph has no size ${showBox(box)}`);
        continue;
      }
      const { x, y } = centre(box);
      await page.mouse.click(x, y);
      const opened = await page
        .locator(PANEL)
        .waitFor({ state: 'attached', timeout: everOpened ? 2500 : 15_000 })
        .then(async () => page.locator(PANEL).getAttribute('data-panel-claim-id'))
        .catch(() => null);
      if (opened === null) {
        nothingOpened += 1;
        misHits.push(`${chartId} · ${id}: click at (${round(x)}, ${round(y)}) opened no claim panel`);
        continue;
      }
      nothingOpened = 0;
      everOpened = true;
      if (opened !== id) misHits.push(`${chartId} · ${id}: click at (${round(x)}, ${round(y)}) opened ${opened}`);
      await closePanel(page, misHits, id);
    }
  }
  return { clicked, misHits };
}

/** The end points of an SVG path's segments, in its own user units. */
function pathVertices(d: string): { x: number; y: number }[] {
  const tokens = d.match(/[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const arity: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
  const points: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    if (/[a-z]/i.test(token)) {
      command = token;
      i += 1;
      if (command.toUpperCase() === 'Z') {
        x = startX;
        y = startY;
        continue;
      }
    }
    const upper = command.toUpperCase();
    const n = arity[upper];
    if (n === undefined || n === 0) throw new Error(`cannot read the path "${d}" at "${token}"`);
    const args = tokens.slice(i, i + n).map(Number);
    if (args.length < n || args.some((a) => Number.isNaN(a)))
      throw new Error(`cannot read the path "${d}" near "${token}"`);
    i += n;
    const relative = command !== upper;
    if (upper === 'H') x = (relative ? x : 0) + (args[0] ?? 0);
    else if (upper === 'V') y = (relative ? y : 0) + (args[0] ?? 0);
    else {
      x = (relative ? x : 0) + (args[n - 2] ?? 0);
      y = (relative ? y : 0) + (args[n - 1] ?? 0);
    }
    if (upper === 'M') {
      startX = x;
      startY = y;
      // Further pairs after a moveto are linetos.
      command = relative ? 'l' : 'L';
    }
    points.push({ x, y });
  }
  return points;
}

/** A source's figures that may be its "first", "latest" or "highest" (ties and date precision read generously). */
function keyCandidates(plotted: ApiClaim[]): Set<string> {
  const span = (c: ApiClaim) => (c.claimedOn ? dateSpan(c.claimedOn) : { start: NaN, end: NaN });
  const first = (set: ApiClaim[]) => set.filter((a) => !set.some((b) => span(b).end < span(a).start));
  const latest = (set: ApiClaim[]) => set.filter((a) => !set.some((b) => span(b).start > span(a).end));
  const numbers = (c: ApiClaim) => [c.figure.value, c.figure.low, c.figure.high].filter((n): n is number => n !== null);
  const floor = Math.max(...plotted.map((c) => Math.min(...numbers(c))));
  const highest = plotted.filter((c) => Math.max(...numbers(c)) >= floor);
  return new Set([...first(plotted), ...latest(plotted), ...highest].map((c) => c.id));
}

describe('chart annotations: labels, hit testing, key and no-figure band (issue 10)', () => {
  let browser: Browser;
  const snapshots = new Map<string, Promise<PageSnap>>();
  /** One measured page per combination and address, shared by the tests that only read it. */
  const snapshot = (combo: Combo, path: string) => {
    const key = `${comboName(combo)} ${path}`;
    let snap = snapshots.get(key);
    if (!snap) {
      snap = snapPage(browser, combo, path);
      snapshots.set(key, snap);
    }
    return snap;
  };
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  for (const combo of COMBOS) {
    const name = comboName(combo);
    const { viewport, scheme } = combo;

    test(`${name}: clicking the centre of every mark opens that claim`, { timeout: 240_000 }, async () => {
      const page = await newPage(browser, { viewport, colorScheme: scheme });
      await waitForCharts(page);
      const { claims } = await apiClaims(page);
      const { clicked, misHits } = await clickEveryMark(page);
      assert.ok(clicked.length > 0, 'the charts have marks to click');
      const dated = claims.filter((c) => c.claimedOn !== null).map((c) => c.id);
      const notDrawn = dated.filter((id) => !clicked.includes(id));
      assert.deepEqual(notDrawn, [], 'every dated claim of the API has a g.claim-mark in a chart');
      assert.deepEqual(
        misHits,
        [],
        `${misHits.length} of ${clicked.length} marks mis-hit at ${name}:\n${misHits.join('\n')}`,
      );
    });

    test(
      `${name}: every plotted claim of a chart with at most ${LABEL_ALL_UP_TO} has a visible label inside the chart`,
      { timeout: 120_000 },
      async () => {
        const { charts, theme } = await snapshot(combo, '/');
        assert.equal(theme, scheme, `the page follows the ${scheme} system theme`);
        const problems: string[] = [];
        let checked = 0;
        for (const chart of charts) {
          const plotted = chart.marks.filter((m) => !m.inLane);
          if (plotted.length === 0 || plotted.length > LABEL_ALL_UP_TO) continue;
          if (!chart.svg) {
            problems.push(`${chart.id}: no svg.recharts-surface`);
            continue;
          }
          if (chart.svgCount !== 1) problems.push(`${chart.id}: ${chart.svgCount} svg.recharts-surface, expected one`);
          for (const mark of plotted) {
            checked += 1;
            const labels = chart.labels.filter((l) => l.for === mark.id);
            if (labels.length === 0) {
              problems.push(`${chart.id} · ${mark.id}: no text.chart-label[data-label-for]`);
              continue;
            }
            const why: string[] = [];
            const good = labels.filter((label) => {
              const reasons: string[] = [];
              if (!label.visible) reasons.push(`not visible ("${label.text}" ${showBox(label.box)})`);
              if (!label.inSvg) reasons.push('not inside the chart svg');
              if (chart.svg && !inside(label.box, chart.svg))
                reasons.push(`box ${showBox(label.box)} leaves the svg ${showBox(chart.svg)}`);
              if (label.number) {
                const item = chart.listItems.find((li) => li.for === mark.id);
                if (!item) reasons.push(`number label "${label.text}" not listed in li[data-label-list-for]`);
                else if (!/^\d+$/.test(label.text))
                  reasons.push(`number label "${label.text}" is not a footnote number`);
                else if (!new RegExp(`^${label.text}(?!\\d)`).test(item.text))
                  reasons.push(`number label "${label.text}" listed as "${item.text}"`);
              }
              why.push(...reasons);
              return reasons.length === 0;
            });
            if (good.length === 0) problems.push(`${chart.id} · ${mark.id}: ${why.join('; ')}`);
          }
        }
        assert.ok(checked > 0, `some chart has 1 to ${LABEL_ALL_UP_TO} plotted claims`);
        assert.deepEqual(problems, [], `claims without a usable label at ${name}:\n${problems.join('\n')}`);
      },
    );

    test(`${name}: labels overlap neither each other nor any mark`, { timeout: 120_000 }, async () => {
      const { charts } = await snapshot(combo, '/');
      const problems: string[] = [];
      let labels = 0;
      for (const chart of charts) {
        const shown = chart.labels.filter((l) => l.visible);
        labels += shown.length;
        for (const [i, a] of shown.entries()) {
          for (const b of shown.slice(i + 1)) {
            if (intersects(a.box, b.box))
              problems.push(
                `${chart.id}: label ${a.for} "${a.text}" ${showBox(a.box)} overlaps label ${b.for} "${b.text}" ${showBox(b.box)}`,
              );
          }
          for (const mark of chart.marks) {
            if (mark.glyph && intersects(a.box, mark.glyph))
              problems.push(
                `${chart.id}: label ${a.for} "${a.text}" ${showBox(a.box)} covers the glyph of ${mark.id} ${showBox(mark.glyph)}`,
              );
          }
        }
      }
      assert.ok(labels > 0, 'the charts show labels');
      assert.deepEqual(problems, [], `overlapping labels at ${name}:\n${problems.join('\n')}`);
    });

    test(`${name}: the no-figure band is at most 20% of its chart's height`, { timeout: 120_000 }, async () => {
      const { charts, claims } = await snapshot(combo, '/');
      const byId = new Map(claims.map((c) => [c.id, c]));
      const problems: string[] = [];
      let bands = 0;
      for (const chart of charts) {
        bands += chart.bands.length;
        const figureless = chart.marks.filter((m) => byId.get(m.id) && isFigureless(byId.get(m.id)!));
        if (figureless.length > 0 && chart.bands.length === 0)
          problems.push(
            `${chart.id}: statements without a figure (${figureless.map((m) => m.id).join(', ')}) but no rect.chart-lane__band`,
          );
        else {
          const outOfLane = figureless.filter((m) => !m.inLane).map((m) => m.id);
          if (outOfLane.length)
            problems.push(
              `${chart.id}: statements without a figure neither in g.chart-lane nor on its band: ${outOfLane.join(', ')}`,
            );
        }
        const inLane = chart.marks.filter((m) => m.inLane).map((m) => m.id);
        if (!chart.svg) continue;
        const svgHeight = chart.svg.bottom - chart.svg.top;
        for (const height of chart.bands.filter((b) => !b.statementsOnly).map((b) => b.bottom - b.top)) {
          if (height > 0.2 * svgHeight + TOLERANCE_PX)
            problems.push(
              `${chart.id}: band ${round(height)} px of an svg ${round(svgHeight)} px high (${Math.round((100 * height) / svgHeight)}%; lane: ${inLane.join(', ')})`,
            );
        }
      }
      assert.ok(bands > 0, 'the default dataset has statements without a figure, drawn in a band');
      assert.deepEqual(problems, [], `no-figure bands at ${name}:\n${problems.join('\n')}`);
    });

    if (viewport === PHONE) {
      test(`${name}: the first chart's plot begins on the first screen`, { timeout: 120_000 }, async () => {
        const { firstPlotTop } = await snapshot(combo, '/');
        assert.equal(typeof firstPlotTop, 'number', String(firstPlotTop));
        assert.ok(
          (firstPlotTop as number) < viewport.height,
          `the first chart's plot begins at ${round(firstPlotTop as number)} px, below the first screen (${viewport.height} px)`,
        );
      });
    }

    for (const path of ['/', '/?labels=all&lines=source']) {
      test(`${name}: ${path} has no serious or critical axe violations`, { timeout: 120_000 }, async () => {
        const page = await newPage(browser, { path, viewport, colorScheme: scheme });
        await waitForAllCharts(page);
        assert.equal(
          await page.evaluate(() => document.documentElement.dataset.theme),
          scheme,
          `the page follows the ${scheme} system theme`,
        );
        const violations = await seriousViolations(page);
        assert.equal(
          violations.length,
          0,
          `axe found serious/critical violations on ${path} at ${name}:\n${violations.join('\n')}`,
        );
      });
    }

    test(`${name}: ?labels=none shows no labels and no label lists`, { timeout: 120_000 }, async () => {
      const { charts } = await snapshot(combo, '/?labels=none');
      assert.ok(
        charts.some((c) => c.marks.length > 0),
        'the charts have marks',
      );
      const problems = charts.flatMap((chart) => [
        ...chart.labels.map((l) => `${chart.id}: text.chart-label for ${l.for} "${l.text}"`),
        ...chart.listItems.map((li) => `${chart.id}: li[data-label-list-for=${li.for}] "${li.text}"`),
        ...(chart.lists > 0 ? [`${chart.id}: ${chart.lists} ol.chart-label-list`] : []),
      ]);
      assert.deepEqual(problems, [], `labels left with labels=none at ${name}:\n${problems.join('\n')}`);
    });

    test(
      `${name}: ?labels=key labels at most the first, highest and latest claim of each source`,
      { timeout: 120_000 },
      async () => {
        const { charts, claims } = await snapshot(combo, '/?labels=key');
        const byId = new Map(claims.map((c) => [c.id, c]));
        const problems: string[] = [];
        let labelled = 0;
        for (const chart of charts) {
          const inChart = chart.marks.map((m) => ({ mark: m, claim: byId.get(m.id) }));
          const unknown = [
            ...inChart.filter((m) => !m.claim).map((m) => m.mark.id),
            ...chart.labels.filter((l) => !l.for || !byId.has(l.for)).map((l) => `label for ${l.for}`),
          ];
          if (unknown.length) problems.push(`${chart.id}: not claims of the API: ${unknown.join(', ')}`);
          const organisations = new Set(inChart.flatMap((m) => (m.claim ? [m.claim.speaker.organisation] : [])));
          for (const organisation of organisations) {
            const all = inChart.filter((m) => m.claim?.speaker.organisation === organisation);
            const plotted = all.filter((m) => !m.mark.inLane).flatMap((m) => (m.claim ? [m.claim] : []));
            const allowed = keyCandidates(plotted);
            const labels = chart.labels.filter(
              (l) => l.for !== null && byId.get(l.for)?.speaker.organisation === organisation,
            );
            labelled += labels.length;
            const ids = labels.map((l) => l.for ?? '');
            // The limit counts every label of the source; which ones is asked of its figures only
            // (a statement without a figure has no "highest", and the rule names figures).
            if (labels.length > 3)
              problems.push(`${chart.id} · ${organisation}: ${labels.length} labels (${ids.join(', ')}), at most 3`);
            const plottedIds = new Set(plotted.map((c) => c.id));
            const extra = ids.filter((id) => plottedIds.has(id) && !allowed.has(id));
            if (extra.length)
              problems.push(
                `${chart.id} · ${organisation}: ${extra.join(', ')} labelled but neither first, highest nor latest (those: ${[...allowed].join(', ')})`,
              );
            if (plotted.length > 0 && labels.length === 0)
              problems.push(
                `${chart.id} · ${organisation}: no key label for its plotted claims ${plotted.map((c) => c.id).join(', ')}`,
              );
          }
        }
        assert.ok(labelled > 0, 'labels=key shows some labels');
        assert.deepEqual(problems, [], `key labels at ${name}:\n${problems.join('\n')}`);
      },
    );

    test(
      `${name}: ?lines=source joins each source's own figures, one source per line`,
      { timeout: 120_000 },
      async () => {
        const { charts, claims } = await snapshot(combo, '/?lines=source');
        const byId = new Map(claims.map((c) => [c.id, c]));
        const problems: string[] = [];
        let lines = 0;
        for (const chart of charts) {
          lines += chart.lines.length;
          for (const [index, line] of chart.lines.entries()) {
            const label = `${chart.id}: path.chart-source-line #${index + 1} (data-source="${line.source ?? ''}")`;
            if (!line.source) {
              problems.push(`${label} has no data-source`);
              continue;
            }
            if (!line.ctm) {
              problems.push(`${label} is not drawn (no screen CTM)`);
              continue;
            }
            const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = line.ctm;
            let vertices: { x: number; y: number }[];
            try {
              vertices = pathVertices(line.d).map((p) => ({ x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f }));
            } catch (error) {
              problems.push(`${label}: ${(error as Error).message}`);
              continue;
            }
            const joined = new Set<string>();
            for (const [i, v] of vertices.entries()) {
              const near = chart.marks.filter((m) =>
                [m.glyph ? centre(m.glyph) : null, m.origin].some(
                  (p) => p !== null && Math.hypot(p.x - v.x, p.y - v.y) <= VERTEX_PX,
                ),
              );
              const own = near.filter((m) => byId.get(m.id)?.speaker.organisation === line.source);
              if (own.length === 0) {
                const others = near.map((m) => `${m.id} (${byId.get(m.id)?.speaker.organisation ?? '?'})`);
                problems.push(
                  `${label}: point ${i + 1} at (${round(v.x)}, ${round(v.y)}) is on ${others.length ? `another source's claim ${others.join(', ')}` : 'no claim of that source'}`,
                );
              }
              for (const m of own) joined.add(m.id);
              const previous = vertices[i - 1];
              if (previous && v.x < previous.x - TOLERANCE_PX)
                problems.push(`${label}: point ${i + 1} goes back in time (x ${round(v.x)} < ${round(previous.x)})`);
            }
            if (vertices.length < 2 || joined.size < 2)
              problems.push(
                `${label}: joins ${joined.size} claim(s) (${[...joined].join(', ')}) in ${vertices.length} point(s), expected at least 2`,
              );
          }
          // A source with two figures for one metric in this chart gets a line.
          const figures = new Map<string, string[]>();
          for (const mark of chart.marks.filter((m) => !m.inLane)) {
            const claim = byId.get(mark.id);
            if (!claim || claim.figure.value === null) continue;
            const key = `${claim.speaker.organisation}\u0000${claim.metricId}`;
            figures.set(key, [...(figures.get(key) ?? []), claim.id]);
          }
          for (const [key, ids] of figures) {
            const [organisation = '', metric = ''] = key.split('\u0000');
            if (ids.length >= 2 && !chart.lines.some((l) => l.source === organisation))
              problems.push(`${chart.id}: no line for ${organisation} (${metric}: ${ids.join(', ')})`);
          }
        }
        assert.ok(lines > 0, 'lines=source draws path.chart-source-line elements');
        assert.deepEqual(problems, [], `source lines at ${name}:\n${problems.join('\n')}`);
      },
    );
  }
});
