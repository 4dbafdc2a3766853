import { useState, type RefObject } from 'react';
import { downloadBlob } from '@/lib/download';
import type { ChartModel } from './to-chart-models';

// The export code loads on first use (or when the pointer or focus reaches the buttons), not with the page.
const loadExport = () => Promise.all([import('./chart-export'), import('@/lib/svg-snapshot')]);

/** Exports the chart as SVG or PNG (2×), or copies it as an image where the browser allows. */
export function ChartExportMenu({ model, plotRef }: { model: ChartModel; plotRef: RefObject<HTMLDivElement | null> }) {
  const [message, setMessage] = useState('');
  const build = ({ buildChartSvg }: Awaited<ReturnType<typeof loadExport>>[0]) => {
    const surface = plotRef.current?.querySelector('svg.recharts-surface');
    if (!(surface instanceof SVGSVGElement)) throw new Error('The chart is not drawn yet');
    // Exports are printed and pasted into slides: always in the light theme's colours.
    const root = document.documentElement;
    const theme = root.dataset.theme;
    root.dataset.theme = 'light';
    try {
      return buildChartSvg(surface, model, new Date());
    } finally {
      if (theme === undefined) delete root.dataset.theme;
      else root.dataset.theme = theme;
    }
  };
  const name = (ext: string) => `claimwatch-${model.id}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const run = async (kind: 'svg' | 'png' | 'copy') => {
    try {
      const [chartExport, { svgToPng }] = await loadExport();
      const { svg, width, height } = build(chartExport);
      if (kind === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name('svg'));
      else {
        const png = await svgToPng(svg, width, height, 2);
        if (kind === 'png') downloadBlob(png, name('png'));
        else await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      }
      setMessage(kind === 'copy' ? 'Chart copied as an image' : `Chart exported as ${kind.toUpperCase()}, with its sources`);
    } catch (error) {
      setMessage(kind === 'copy' ? 'This browser does not allow copying images: use PNG instead' : `Export failed: ${(error as Error).message}`);
    }
  };
  return (
    <div className="chart-export" role="group" aria-label={`Export ${model.title}`} onPointerEnter={() => void loadExport()} onFocus={() => void loadExport()}>
      <button type="button" className="button button--quiet button--small" onClick={() => void run('svg')}>
        SVG
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => void run('png')}>
        PNG
      </button>
      {typeof ClipboardItem !== 'undefined' ? (
        <button type="button" className="button button--quiet button--small" onClick={() => void run('copy')}>
          Copy image
        </button>
      ) : null}
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
