import { t } from '@/i18n/translate';

/**
 * How the charts are drawn, as view state in the URL (not claim filters): which claims carry a
 * label on the chart, whether each source's own successive figures are joined by a line, and
 * whether repeats of one origin are folded into one mark. A shared link and a saved slide keep all three.
 */
export const LABEL_SETTINGS = ['all', 'key', 'none'] as const;
export type LabelSetting = (typeof LABEL_SETTINGS)[number];

export interface ChartViewSettings {
  /** `auto`: every claim when a chart has at most AUTO_ALL_LABELS plotted claims, else key figures. */
  labels: LabelSetting | 'auto';
  /** Join each source organisation's own successive figures for a metric (never across sources). */
  sourceLines: boolean;
  /** Fold claims of one origin that give the same figure into one mark, and link an origin's other figures. */
  foldOrigins: boolean;
}

export const CHART_VIEW_PARAMS = ['labels', 'lines', 'fold'] as const;
export const AUTO_ALL_LABELS = 40;
export const DEFAULT_CHART_VIEW: ChartViewSettings = { labels: 'auto', sourceLines: false, foldOrigins: false };

/** Reads the settings; an unknown value falls back to the default (the URL notice lists it). */
export function parseChartViewSettings(params: URLSearchParams): ChartViewSettings {
  const labels = params.get('labels');
  return {
    labels: LABEL_SETTINGS.find((s) => s === labels) ?? 'auto',
    sourceLines: params.get('lines') === 'source',
    foldOrigins: params.get('fold') === 'origin',
  };
}

/** Problems with the settings in a URL, in the shape of the filter notice. */
export function chartViewProblems(params: URLSearchParams): { param: string; value: string; reason: string }[] {
  const problems = [];
  const labels = params.get('labels');
  if (labels !== null && !LABEL_SETTINGS.some((s) => s === labels))
    problems.push({
      param: 'labels',
      value: labels,
      reason: t('filters.expectedOneOf', { values: LABEL_SETTINGS.join(', ') }),
    });
  const lines = params.get('lines');
  if (lines !== null && lines !== 'source')
    problems.push({ param: 'lines', value: lines, reason: t('filters.expectedValue', { value: 'source' }) });
  const fold = params.get('fold');
  if (fold !== null && fold !== 'origin')
    problems.push({ param: 'fold', value: fold, reason: t('filters.expectedValue', { value: 'origin' }) });
  return problems;
}

/** Writes the settings into `params`, leaving defaults out so links stay short. */
export function chartViewSettingsToParams(
  settings: ChartViewSettings,
  params = new URLSearchParams(),
): URLSearchParams {
  if (settings.labels === 'auto') params.delete('labels');
  else params.set('labels', settings.labels);
  if (settings.sourceLines) params.set('lines', 'source');
  else params.delete('lines');
  if (settings.foldOrigins) params.set('fold', 'origin');
  else params.delete('fold');
  return params;
}

/** The label setting a chart with `plotted` claims actually uses. */
export function effectiveLabelSetting(setting: ChartViewSettings['labels'], plotted: number): LabelSetting {
  if (setting !== 'auto') return setting;
  return plotted <= AUTO_ALL_LABELS ? 'all' : 'key';
}
