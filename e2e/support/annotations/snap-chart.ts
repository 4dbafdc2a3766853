import type { Locator } from '@playwright/test';
import type { Box } from './geometry';

export interface MarkSnap {
  id: string;
  /** In the no-figure band: inside g.chart-lane, or centred on its rect.chart-lane__band (the contract allows either). */
  inLane: boolean;
  glyphCount: number;
  glyph: Box | null;
  /** The mark's own origin (its translate), in viewport px. */
  origin: { x: number; y: number } | null;
}
export interface LabelSnap {
  for: string | null;
  number: boolean;
  /** The text as seen on screen (without the hidden footnote tspan). */
  text: string;
  box: Box;
  visible: boolean;
  inSvg: boolean;
}
export interface ChartSnap {
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

/** What one drawn chart holds, measured in one go (viewport px). */
export function snapChart(figure: Locator): Promise<ChartSnap> {
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
      lists: fig.querySelectorAll('.chart-label-list').length,
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
