import { AfterHydration } from '@/components/ui/after-hydration';
import { useId, useState, type RefObject } from 'react';
import { downloadBlob } from '@/lib/download';
import { paths } from '@/config/paths';
import type { ExportFrame } from './chart-export-types';
import type { ChartModel } from './chart-model-types';
import { ChartEmbedButton } from './chart-embed-button';
import type { MessageKey } from '@/i18n/catalogues/en';
import { t as translateNow, useT } from '@/i18n/translate';

// The export code loads on first use (or when the pointer or focus reaches the buttons), not with the page.
const loadExport = () => Promise.all([import('./chart-export'), import('@/lib/svg-snapshot')]);

interface ExportPreset extends ExportFrame {
  id: string;
  /** The menu's words for it, and its short name in the message that says it was exported. */
  label: MessageKey;
  short: MessageKey;
}

/** Fixed sizes in CSS px; A4 landscape is 297 × 210 mm at 96 px to the inch. PNGs are twice these. */
const EXPORT_PRESETS: readonly ExportPreset[] = [
  { id: 'slide', label: 'charts.export.slide', short: 'charts.export.slideShort', width: 1920, height: 1080 },
  { id: 'a4', label: 'charts.export.a4', short: 'charts.export.a4Short', width: 1123, height: 794 },
  { id: 'social', label: 'charts.export.social', short: 'charts.export.social', width: 1200, height: 675 },
];

interface ChartExportMenuProps {
  model: ChartModel;
  plotRef: RefObject<HTMLDivElement | null>;
  /** Says that the chart shows a subset of the claims ("Filtered: Sources: NIS · State: unverified"); every export's header repeats it. */
  subset?: string | null;
}

/** Exports the chart as SVG or PNG (2×), sized to its content with every source or fitted to a preset, or copies it as an image. */
export function ChartExportMenu({ model, plotRef, subset = null }: ChartExportMenuProps) {
  const t = useT();
  const [message, setMessage] = useState('');
  const [presetId, setPresetId] = useState('content');
  const sizeId = useId();
  const preset = EXPORT_PRESETS.find((p) => p.id === presetId) ?? null;
  const build = ({ buildChartSvg }: Awaited<ReturnType<typeof loadExport>>[0]) => {
    const surface = plotRef.current?.querySelector('svg.recharts-surface');
    if (!(surface instanceof SVGSVGElement)) throw new Error(translateNow('charts.export.notDrawn'));
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
      // The export's words are read when it is done: the page's language then.
      const size = preset
        ? `${translateNow(preset.short)}, ${width}×${height}`
        : translateNow('charts.export.withSources');
      setMessage(
        kind === 'copy'
          ? translateNow('charts.export.copied', { size })
          : translateNow('charts.export.done', { format: kind.toUpperCase(), size }),
      );
    } catch (error) {
      setMessage(
        kind === 'copy'
          ? translateNow('charts.export.copyUnsupported')
          : translateNow('charts.export.failed', { reason: (error as Error).message }),
      );
    }
  };
  return (
    <div
      className="chart-export"
      role="group"
      aria-label={t('charts.export.group', { title: model.title })}
      onPointerEnter={() => void loadExport()}
      onFocus={() => void loadExport()}
    >
      <label htmlFor={sizeId} className="visually-hidden">
        {t('charts.export.size')}
      </label>
      <select
        id={sizeId}
        className="chart-export__size"
        value={presetId}
        onChange={(event) => setPresetId(event.target.value)}
      >
        <option value="content">{t('charts.export.fit')}</option>
        {EXPORT_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {t(p.label)}
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
            {t('charts.export.copyImage')}
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
