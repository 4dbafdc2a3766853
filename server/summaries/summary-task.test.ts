// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChartSummary } from '../../src/contract/claim-summary';
import { serialisedCharts, summaryAnswerUtf8 } from './summary-task';

/** A chart whose label and ids hold text of one, two, three and four UTF-8 bytes a character. */
const chart = (label: string) => ({ chartGroupId: label, label, groups: [] }) as unknown as ChartSummary;

describe("a summary's answer from charts serialised in two shares", () => {
  it('is JSON.stringify over the whole answer, the charts in their places whichever share made them', () => {
    const charts = ['Troops — 병력', 'Munitions 🚢 "rounds"', 'Ü\\n', 'plain'].map(chart);
    const mine = serialisedCharts([
      { index: 0, summary: charts[0] as ChartSummary },
      { index: 2, summary: charts[2] as ChartSummary },
    ]);
    const theirs = serialisedCharts([
      { index: 3, summary: charts[3] as ChartSummary },
      { index: 1, summary: charts[1] as ChartSummary },
    ]);
    const answer = summaryAnswerUtf8([...mine, ...theirs], 12, 34).toString('utf8');
    expect(answer).toBe(JSON.stringify({ charts, matched: 12, total: 34 }));
  });

  it('holds no chart when no share has one', () => {
    expect(summaryAnswerUtf8([], 0, 5).toString('utf8')).toBe('{"charts":[],"matched":0,"total":5}');
  });
});
