import type { LabelSetting } from '@/lib/chart-view-settings';
import { claimLabel } from '@/lib/short-label';
import type { ChartLabel, ChartLayout, LaneMark, PlotMark } from './chart-layout-types';
import { keyFigureIds } from './key-figures';
import { glyphBox, markObstacles } from './label-obstacles';
import { laneLabel } from './layout-lane';
import { placeLabels, type Box, type LabelRequest } from './place-labels';
import type { PlottedClaim } from './chart-model-types';
import { t } from '@/i18n/translate';

/** Above this many unlabelled marks a chart prints no numbers beside them: they could not be read (the footnotes still list every claim). */
const MAX_PRINT_NUMBERS = 60;

/** Above this many labels a chart sets none apart with leader lines: a thicket of leaders reads worse than numbers. */
const MAX_LEADERED = 60;

interface LabelInput {
  plotted: PlottedClaim[];
  grouped: boolean;
  marks: PlotMark[];
  laneMarks: LaneMark[];
  numbers: Map<string, number>;
  labelSetting: LabelSetting;
  plot: { left: number; right: number; top: number; bottom: number };
  lane: { top: number; height: number };
  measure: (text: string) => number;
  fontSize: number;
  markerSize: number;
  phone: boolean;
}

/**
 * Every label of a chart: direct labels for the claims the setting labels (key figures placed
 * first), the band's labels, and, for marks left unlabelled, a footnote number shown only in
 * print and exports. Labels that fit only as their number are listed beside the chart.
 */
export function layoutLabels(input: LabelInput): { labels: ChartLabel[]; listed: ChartLayout['listed'] } {
  const {
    plotted,
    grouped,
    marks,
    laneMarks,
    numbers,
    labelSetting,
    plot,
    lane,
    measure,
    fontSize,
    markerSize,
    phone,
  } = input;
  const labelled =
    labelSetting === 'none'
      ? new Set<string>()
      : labelSetting === 'key'
        ? keyFigureIds(plotted)
        : new Set(plotted.map((p) => p.claim.id));
  const lineHeight = fontSize + 3;
  // Room for the footnote number "[n] " that print and exports show before a label (not before a bare number).
  const numberRoom = measure('[00] ');
  const withNumber = (text: string) => (/^\d+$/.test(text) ? measure(text) : measure(text) + numberRoom);
  const plotBounds: Box = {
    x: plot.left + 2,
    y: plot.top - 6,
    width: plot.right - plot.left - 2,
    height: plot.bottom - plot.top + 4,
  };
  const laneBounds: Box = { x: 2, y: lane.top, width: plot.right - 2, height: lane.height };
  const markBoxes = grouped ? [] : marks.flatMap((m) => markObstacles(m, markerSize + 1));
  const laneBoxes = laneMarks.map((m) => glyphBox(m, markerSize + 1));
  const numberOf = (id: string) => numbers.get(id) ?? 0;
  const request = (m: PlotMark | LaneMark, texts: string[]): LabelRequest => ({
    id: m.placed.claim.id,
    x: m.x,
    y: m.y,
    radius: markerSize + 1,
    texts,
    number: String(numberOf(m.placed.claim.id)),
  });
  const labels: ChartLabel[] = [];
  const listed: ChartLayout['listed'] = [];

  /** Labels that show on screen (texts from `claimLabel`/`laneLabel`, data parts isolated); those that fit only as their number are listed beside the chart. */
  const collect = (
    requests: (LabelRequest & { tag: string | null; full: string; linked?: string[] | undefined })[],
    placedBoxes: ReturnType<typeof placeLabels>,
  ) => {
    const byId = new Map(requests.map((r) => [r.id, r]));
    for (const placed of placedBoxes) {
      const r = byId.get(placed.id);
      if (!r) continue;
      const n = numberOf(placed.id);
      const numberOnly = placed.variant === -1;
      const withTag = placed.variant === 0 && r.tag !== null;
      // A label left of its mark ends at the mark's side: the hidden number then grows leftwards into its room.
      const anchor = placed.x + placed.width <= r.x ? 'end' : 'start';
      labels.push({
        id: placed.id,
        n,
        text: numberOnly ? String(n) : r.full,
        tag: withTag ? r.tag : null,
        numberOnly,
        printOnly: false,
        box: placed,
        leader: placed.leader,
        anchor,
      });
      const origin = r.linked?.length ? ` · ${t('charts.origin.sameAs', { ids: r.linked.join(', ') })}` : '';
      if (numberOnly) listed.push({ id: placed.id, n, text: `${r.tag ? `${r.full} · ${r.tag}` : r.full}${origin}` });
    }
  };
  /** Bare footnote numbers for marks the setting leaves unlabelled: shown only in print and exports. */
  const printNumbers = (requests: LabelRequest[], bounds: Box, obstacles: Box[]) => {
    for (const placed of placeLabels(requests, { bounds, obstacles, measure, lineHeight })) {
      labels.push({
        id: placed.id,
        n: numberOf(placed.id),
        text: placed.text,
        tag: null,
        numberOnly: true,
        printOnly: true,
        box: placed,
        leader: null,
        anchor: 'start',
      });
    }
  };

  if (!grouped && labelled.size > 0) {
    // Marks come in time order (the chart model's order); key figures are placed first, so they get the best spots.
    const keyIds = labelSetting === 'all' ? keyFigureIds(plotted) : labelled;
    const requests = marks
      .filter((m) => labelled.has(m.placed.claim.id))
      .sort((a, b) => Number(keyIds.has(b.placed.claim.id)) - Number(keyIds.has(a.placed.claim.id)))
      .map((m) => {
        const { text: short, tag } = claimLabel(m.placed.claim);
        // A folded mark says how many outlets repeated its figure: "12,000 · HUR ×3 outlets".
        const text = m.placed.folded ? `${short} ${m.placed.folded.marker}` : short;
        return { ...request(m, [`${text} (${tag})`, text]), tag, full: text, linked: m.placed.sameOriginAs };
      });
    collect(
      requests,
      placeLabels(requests, {
        bounds: plotBounds,
        obstacles: markBoxes,
        measure: withNumber,
        lineHeight,
        numbersBeforeLeaders: phone,
        leaders: requests.length <= MAX_LEADERED,
      }),
    );
  }
  // With key figures or no labels, the other marks still get their footnote number for paper and
  // exports (hidden on screen), so every printed mark matches its footnote.
  const unlabelled = marks.filter((m) => !labelled.has(m.placed.claim.id));
  if (!grouped && unlabelled.length && unlabelled.length <= MAX_PRINT_NUMBERS) {
    printNumbers(
      unlabelled.map((m) => request(m, [])),
      plotBounds,
      [...markBoxes, ...labels.map((l) => l.box)],
    );
  }
  if (laneMarks.length && labelSetting === 'none')
    printNumbers(
      laneMarks.map((m) => request(m, [])),
      laneBounds,
      laneBoxes,
    );
  if (laneMarks.length && labelSetting !== 'none') {
    const requests = laneMarks.map((m) => {
      const full = laneLabel(m.placed);
      return { ...request(m, [full]), tag: null, full };
    });
    collect(
      requests,
      placeLabels(requests, {
        bounds: laneBounds,
        obstacles: laneBoxes,
        measure: withNumber,
        lineHeight,
        numbersBeforeLeaders: phone,
      }),
    );
  }
  listed.sort((a, b) => a.n - b.n);
  return { labels, listed };
}
