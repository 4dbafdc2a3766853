import { formatPartialDate } from '@/lib/format';
import { isolate } from '@/lib/isolate-text';
import { originCountsText } from '@/lib/origin-counts';
import { balanceColumns, clampLines, wrapText, type TextMeasure, type TextStyle } from '@/lib/svg-text';
import { block, MUTED, SUBSET, TEXT, type Block } from './chart-export-blocks';
import type { ChartExportOptions } from './chart-export-types';
import { chartFootnotes, claimSourceText, foldedNote } from './chart-footnote';
import type { ChartModel } from './chart-model-types';
import { t } from '@/i18n/translate';

/** From this width on the footnotes are set in two columns (a column still holds ~75 characters a line). */
const TWO_COLUMNS_FROM = 900;

/** Title, stamp, subset note and how to read the numbers, at a scale `f` of the base sizes. */
export function headerBlocks(
  model: ChartModel,
  options: ChartExportOptions,
  width: number,
  f: number,
  measure: TextMeasure,
): Block[] {
  const statementsOnly = model.plotted.length === 0 && !model.aggregate;
  const stamp = [
    t('charts.claimCount', { count: model.claimCount }),
    statementsOnly ? t('charts.export.statementsOnly') : t('charts.export.unit', { unit: isolate(model.unitLabel) }),
    t('charts.export.asOf', { date: formatPartialDate(model.latestClaimDate) }),
    t('charts.export.exportedOn', { date: options.exportedAt.toISOString().slice(0, 10) }),
  ].join(' · ');
  const origins = originCountsText(model.origins);
  const numbers = t(options.frame ? 'charts.export.numbersFramed' : 'charts.export.numbers', { origins });
  const styles = {
    title: { size: 20 * f, weight: 700, fill: TEXT },
    stamp: { size: 12 * f, weight: 400, fill: MUTED },
    subset: { size: 12 * f, weight: 700, fill: SUBSET },
    note: { size: 11 * f, weight: 400, fill: MUTED },
  };
  const wrap = (text: string, style: TextStyle, max = Infinity) =>
    block(clampLines(wrapText(text, width, style, measure), max, width, style, measure), style);
  return [
    wrap(isolate(model.title), styles.title, 2),
    wrap(stamp, styles.stamp, 2),
    ...(options.subset ? [wrap(options.subset, styles.subset, 3)] : []),
    wrap(numbers, styles.note, 2),
    ...(options.methodology
      ? [wrap(t('charts.export.methodology', { address: options.methodology }), styles.note, 2)]
      : []),
  ];
}

/** Every footnote, numbered as the labels, then the undated claims; in one or two balanced columns. */
export function footnoteColumns(model: ChartModel, width: number, measure: TextMeasure) {
  const style: TextStyle = { size: 11, weight: 400, fill: TEXT };
  const columns = width >= TWO_COLUMNS_FROM ? 2 : 1;
  const gap = 24;
  const columnWidth = (width - gap * (columns - 1)) / columns;
  const hanging = (prefix: string, text: string): Block => {
    const indent = Math.min(measure(`${prefix} `, style.size, style.weight), columnWidth / 4);
    return block(wrapText(`${prefix} ${text}`, columnWidth - indent, style, measure, columnWidth), style, indent);
  };
  const notes: { block: Block; attributes: string }[] = model.aggregate
    ? [
        {
          block: block(
            wrapText(
              t('charts.footnotes.tooMany', { count: model.claimCount, sources: model.sources.length }),
              width,
              style,
              measure,
            ),
            style,
          ),
          attributes: ' class="chart-footnote chart-footnote--summary"',
        },
      ]
    : [
        ...chartFootnotes(model).map(({ n, claim, foldedInto }) => ({
          block: hanging(`[${n}]`, `${claimSourceText(claim, isolate)}${foldedNote(foldedInto)}`),
          attributes: ` class="chart-footnote" data-footnote="${n}"`,
        })),
        ...model.undated.map(({ claim }) => ({
          block: hanging(
            t('charts.export.undated'),
            t('charts.export.notOnAxis', { claim: claimSourceText(claim, isolate) }),
          ),
          attributes: ' class="chart-footnote chart-footnote--undated"',
        })),
      ];
  const lineGap = 3;
  const starts = model.aggregate
    ? [0]
    : balanceColumns(
        notes.map((n) => n.block.lines.length * n.block.lineHeight + lineGap),
        columns,
      );
  return { notes, starts, columnWidth: model.aggregate ? width : columnWidth, gap, lineGap };
}

/** "Sources (18): Kremlin ×3 · NIS ×3 · … and 9 more", in at most `maxLines` lines. */
export function sourcesLine(
  model: ChartModel,
  width: number,
  style: TextStyle,
  measure: TextMeasure,
  maxLines: number,
): string[] {
  const names = model.sources.map((s) => `${isolate(s.organisation)}${s.count > 1 ? ` ×${s.count}` : ''}`);
  for (let shown = names.length; shown >= 0; shown--) {
    const more = names.length - shown;
    const listed = names.slice(0, shown);
    if (more) listed.push(t('charts.export.andMore', { count: more }));
    const text = t('charts.export.sourcesLine', { count: names.length, names: listed.join(' · ') });
    const lines = wrapText(text, width, style, measure);
    if (lines.length <= maxLines) return lines;
  }
  const heading = t('charts.export.sourcesCount', { count: names.length });
  return clampLines(wrapText(heading, width, style, measure), maxLines, width, style, measure);
}
