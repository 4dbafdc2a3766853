import { AfterHydration } from '@/components/ui/after-hydration';
import { useId, useState, type RefObject } from 'react';
import { downloadBlob } from '@/lib/download';
import { paths } from '@/config/paths';
import type { ExportFrame } from './chart-export-types';
import type { ChartModel } from './chart-model-types';
import { ChartEmbedButton } from './chart-embed-button';

// The export code loads on first use (or when the pointer or focus reaches the buttons), not with the page.
const loadExport = () => Promise.all([import('./chart-export'), import('@/lib/svg-snapshot')]);

interface ExportPreset extends ExportFrame {
  id: string;
  label: string;
}

/** Fixed sizes in CSS px; A4 landscape is 297 × 210 mm at 96 px to the inch. PNGs are twice these. */
const EXPORT_PRESETS: readonly ExportPreset[] = [
  { id: 'slide', label: '16:9 slide (1920×1080)', width: 1920, height: 1080 },
  { id: 'a4', label: 'A4 landscape (297×210 mm)', width: 1123, height: 794 },
  { id: 'social', label: 'Social 1200×675', width: 1200, height: 675 },
];

interface ChartExportMenuProps {
  model: ChartModel;
  plotRef: RefObject<HTMLDivElement | null>;
  /** Says that the chart shows a subset of the claims ("Filtered: Sources: NIS · State: unverified"); every export's header repeats it. */
  subset?: string | null;
}

/** Exports the chart as SVG or PNG (2×), sized to its content with every source or fitted to a preset, or copies it as an image. */
export function ChartExportMenu({ model, plotRef, subset = null }: ChartExportMenuProps) {
  const [message, setMessage] = useState('');
  const [presetId, setPresetId] = useState('content');
  const sizeId = useId();
  const preset = EXPORT_PRESETS.find((p) => p.id === presetId) ?? null;
  const build = ({ buildChartSvg }: Awaited<ReturnType<typeof loadExport>>[0]) => {
    const surface = plotRef.current?.querySelector('svg.recharts-surface');
    if (!(surface instanceof SVGSVGElement)) throw new Error('The chart is not drawn yet');
    // Exports are printed and pasted into slides: always in the light theme's colours.
    const root = document.documentElement;
    const theme = root.dataset.theme;
    root.dataset.theme = 'light';
    try {
      const methodology = new URL(paths.methodology, window.location.href).href;
      return buildChartSvg(surface, model, { exportedAt: new Date(), subset, frame: preset, methodology });
    } finally {
      if (theme === undefined) delete root.dataset.theme;
      else root.dataset.theme = theme;
    }
  };
  const name = (ext: string) =>
    `claimwatch-${model.id}${preset ? `-${preset.id}` : ''}-${new Date().toISOString().slice(0, 10)}.${ext}`;
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
      const size = preset ? `${preset.label.replace(/ \(.*\)$/, '')}, ${width}×${height}` : 'with its sources';
      setMessage(
        kind === 'copy' ? `Chart copied as an image (${size})` : `Chart exported as ${kind.toUpperCase()} (${size})`,
      );
    } catch (error) {
      setMessage(
        kind === 'copy'
          ? 'This browser does not allow copying images: use PNG instead'
          : `Export failed: ${(error as Error).message}`,
      );
    }
  };
  return (
    <div
      className="chart-export"
      role="group"
      aria-label={`Export ${model.title}`}
      onPointerEnter={() => void loadExport()}
      onFocus={() => void loadExport()}
    >
      <label htmlFor={sizeId} className="visually-hidden">
        Export size
      </label>
      <select
        id={sizeId}
        className="chart-export__size"
        value={presetId}
        onChange={(event) => setPresetId(event.target.value)}
      >
        <option value="content">Fit to chart, all sources</option>
        {EXPORT_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <button type="button" className="button button--quiet button--small" onClick={() => void run('svg')}>
        SVG
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => void run('png')}>
        PNG
      </button>
      {/* Whether this browser can copy images is known in the browser only: the server's HTML leaves the button out. */}
      <AfterHydration>
        {typeof ClipboardItem !== 'undefined' ? (
          <button
            type="button"
            className="button button--quiet button--small chart-export__copy"
            onClick={() => void run('copy')}
          >
            Copy image
          </button>
        ) : null}
      </AfterHydration>
      <ChartEmbedButton chartId={model.id} chartTitle={model.title} />
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
