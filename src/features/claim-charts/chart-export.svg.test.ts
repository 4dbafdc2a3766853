import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { estimateTextWidth } from '@/lib/svg-text';
import { buildChartSvg } from './chart-export';
import type { ChartExportOptions } from './chart-export-types';
import { chartFootnotes } from './chart-footnote';
import type { ChartModel } from './chart-model-types';
import { toChartModels } from './to-chart-models';

const NS = 'http://www.w3.org/2000/svg';
const metric = makeMetric({
  id: 'm',
  label: 'Troops <in> Russia',
  chartGroup: { id: 'g', label: 'Troops & "others"' },
});
const options: ChartExportOptions = {
  exportedAt: new Date('2026-01-02T10:00:00Z'),
  subset: null,
  measure: estimateTextWidth,
};

function chartModel(): ChartModel {
  const claims = [
    makeClaim({ id: 'LATE', metricId: 'm', claimedOn: '2025-03-01' }),
    makeClaim({ id: 'EARLY', metricId: 'm', claimedOn: '2024-10-01' }),
    makeClaim({
      id: 'DENY',
      metricId: 'm',
      claimedOn: '2024-12-01',
      kind: 'denial',
      figure: { value: null, low: null, high: null, text: 'fake', qualifier: null, bound: 'exact', unit: null },
    }),
    makeClaim({ id: 'NODATE', metricId: 'm', claimedOn: null }),
  ];
  const [model] = toChartModels(claims, [metric]);
  if (!model) throw new Error('no model');
  return model;
}

/** A drawn chart as the contract describes it: marks, labels with a hidden "[n] " tspan, a fallback number label, the key. */
function drawnChart(model: ChartModel): SVGSVGElement {
  const numbers = new Map(chartFootnotes(model).map(({ n, claim }) => [claim.id, n]));
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('width', '800');
  svg.setAttribute('height', '300');
  svg.setAttribute('viewBox', '0 0 800 300');
  svg.setAttribute('tabindex', '0');
  const ids = ['EARLY', 'DENY', 'LATE'];
  svg.innerHTML = [
    ...ids.map(
      (id, i) =>
        `<g class="claim-mark" data-claim-id="${id}" role="button" tabindex="-1" transform="translate(${100 + i * 200},150)"><use class="claim-mark__glyph" href="#glyph-single"/></g>`,
    ),
    `<text class="chart-label" data-label-for="EARLY" x="110" y="150"><tspan class="chart-label__number" style="display: none">[${numbers.get('EARLY')}] </tspan>1,000 · Test</text>`,
    `<text class="chart-label" data-label-for="DENY" x="310" y="150"><tspan class="chart-label__number" style="display: none">[${numbers.get('DENY')}] </tspan>Denial · Test</text>`,
    `<text class="chart-label chart-label--number" data-label-for="LATE" x="510" y="150">${numbers.get('LATE')}</text>`,
    '<g class="chart-key" transform="translate(4,280)"><g class="chart-key__item"><circle r="5"/><text x="8">Single source</text></g></g>',
    '<rect class="screen-hint" style="display: none" width="10" height="10"/>',
  ].join('');
  // The glyphs live in a shared sheet elsewhere in the page.
  const sheet = document.createElementNS(NS, 'svg');
  sheet.innerHTML =
    '<defs><g id="glyph-single"><circle r="7" stroke="currentColor" fill="var(--marker-background, #ffffff)"/></g><g id="glyph-unused"/></defs>';
  document.body.append(sheet, svg);
  return svg;
}

const parse = (svg: string) => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
};

describe('chartFootnotes', () => {
  it('numbers the dated claims, plotted and without a figure, in time order from 1; undated ones get none', () => {
    expect(chartFootnotes(chartModel()).map(({ n, claim }) => `${n}:${claim.id}`)).toEqual([
      '1:EARLY',
      '2:DENY',
      '3:LATE',
    ]);
  });
});

describe('buildChartSvg', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps the key, shows each label’s number and lists the footnotes with the same numbers, once each', () => {
    const model = chartModel();
    const doc = parse(buildChartSvg(drawnChart(model), model, options).svg);
    expect(doc.querySelectorAll('g.chart-key .chart-key__item')).toHaveLength(1);
    const numbers = [...doc.querySelectorAll('.chart-label__number')];
    expect(numbers.map((t) => t.textContent)).toEqual(['[1] ', '[2] ']);
    expect(numbers.every((t) => t.getAttribute('display') !== 'none')).toBe(true);
    // Nothing else is numbered inside the marks any more.
    expect([...doc.querySelectorAll('g.claim-mark text')]).toHaveLength(0);
    const footnotes = [...doc.querySelectorAll('g.chart-footnote[data-footnote]')].map(
      (g) => g.querySelector('text')?.textContent ?? '',
    );
    expect(footnotes.map((t) => /^\[(\d+)\] (\S+) · /.exec(t)?.slice(1).join(':'))).toEqual([
      '1:EARLY',
      '2:DENY',
      '3:LATE',
    ]);
    expect(doc.querySelector('g.chart-footnote--undated text')?.textContent).toMatch(/^Undated: NODATE · /);
  });

  it('stands alone: styles as attributes, no CSS variables, hidden stays hidden, no focus stops', () => {
    const model = chartModel();
    const { svg } = buildChartSvg(drawnChart(model), model, options);
    expect(svg).not.toMatch(/var\(--/);
    const doc = parse(svg);
    // The glyph its marks use is copied in (and only that one), its colours resolved.
    expect(doc.querySelector('#glyph-single circle')?.getAttribute('fill')).toBe('#ffffff');
    expect(doc.querySelector('#glyph-unused')).toBeNull();
    expect(doc.querySelector('rect.screen-hint')?.getAttribute('display')).toBe('none');
    expect(doc.querySelector('[tabindex]')).toBeNull();
    expect(doc.querySelector('[role="button"]')).toBeNull();
  });

  it('escapes the data it writes and says when the claims are a subset', () => {
    const model = chartModel();
    const { svg } = buildChartSvg(drawnChart(model), model, {
      ...options,
      subset: 'Filtered: Sources: <NIS> & "HUR"\u0001',
    });
    const doc = parse(svg);
    expect(doc.querySelector('title')?.textContent).toBe('Troops & "others"');
    const texts = [...doc.querySelectorAll(':root > text')].map((t) => t.textContent);
    expect(texts).toContain('Filtered: Sources: <NIS> & "HUR"\uFFFD');
    expect(texts.some((t) => /as of 1 Mar 2025 \(latest claim\) · exported 2026-01-02/.test(t ?? ''))).toBe(true);
  });

  it('crops the default export to its content: the last footnote line ends one margin above the bottom', () => {
    const model = chartModel();
    const { svg, height, width } = buildChartSvg(drawnChart(model), model, options);
    const doc = parse(svg);
    const lastY = Math.max(
      ...[...doc.querySelectorAll('g.chart-footnote text')].map((t) => Number(t.getAttribute('y'))),
    );
    expect(height - lastY).toBeGreaterThan(20);
    expect(height - lastY).toBeLessThan(32);
    expect(width).toBe(800 + 2 * 24);
  });

  it('sets wide footnotes in two balanced columns', () => {
    const model = chartModel();
    const chart = drawnChart(model);
    chart.setAttribute('width', '1200');
    chart.setAttribute('viewBox', '0 0 1200 300');
    const doc = parse(buildChartSvg(chart, model, options).svg);
    const xs = new Set([...doc.querySelectorAll('g.chart-footnote text:first-child')].map((t) => t.getAttribute('x')));
    expect(xs.size).toBe(2);
  });

  it.each([
    [1920, 1080],
    [1123, 794],
    [1200, 675],
  ])('fits a %i×%i frame exactly, the chart scaled inside it and the sources line below it', (w, h) => {
    const model = chartModel();
    const { svg, width, height } = buildChartSvg(drawnChart(model), model, {
      ...options,
      subset: 'Filtered: State: unverified',
      frame: { width: w, height: h },
    });
    expect([width, height]).toEqual([w, h]);
    const doc = parse(svg);
    const chart = doc.querySelector(':root > svg.recharts-surface');
    const box = ['x', 'y', 'width', 'height'].map((a) => Number(chart?.getAttribute(a)));
    const [x = 0, y = 0, cw = 0, ch = 0] = box;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + cw).toBeLessThanOrEqual(w);
    const sources = [...doc.querySelectorAll('.chart-export-sources text')];
    expect(sources[0]?.textContent).toMatch(/^Sources \(1\): Test Organisation ×4/);
    const header = [...doc.querySelectorAll(':root > text')].map((t) => Number(t.getAttribute('y')));
    // Header above the chart, sources below it, all inside the frame.
    expect(Math.max(...header)).toBeLessThan(y);
    expect(y + ch).toBeLessThan(Number(sources[0]?.getAttribute('y')) - 11);
    expect(Number(sources.at(-1)?.getAttribute('y'))).toBeLessThan(h);
    expect(doc.querySelectorAll('g.chart-footnote')).toHaveLength(0);
  });
});
