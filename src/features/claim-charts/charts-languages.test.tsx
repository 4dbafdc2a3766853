import { cleanup, render, screen } from '@testing-library/react';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { chartTextWidth } from '@/lib/chart-text-width';
import { estimateTextWidth } from '@/lib/svg-text';
import { makeClaim } from '@/testing/make-claim';
import { AggregateNote } from './aggregate-note';
import { ChartTooltip } from './chart-tooltip';
import { CountedApartNote } from './counted-apart-note';
import { tickLabelsFit } from './layout-chart';
import { textMeasurer } from './place-labels';
import { tickLabel, timeTicks } from './time-axis';

const activate = async (locale: 'ko' | 'uk') =>
  activateLocale(
    locale,
    locale === 'ko' ? (await import('@/i18n/catalogues/ko')).ko : (await import('@/i18n/catalogues/uk')).uk,
  );

// Unmounted before English is back: a mounted component would re-render outside act().
afterEach(() => {
  cleanup();
  activateLocale('en', en);
});

describe('the charts in Korean', () => {
  beforeEach(() => activate('ko'));

  it('says in Korean that a chart draws its claims as groups, with the counts written the Korean way', () => {
    const points = Array.from({ length: 34 }, () => ({}));
    render(
      <AggregateNote aggregation={{ bucket: 'month', claimCount: 12000, points: points as never }} canNarrow={false} />,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      '주장 12,000건을 검증 상태와 수치 종류에 따라 월별 그룹 34개로 묶어 표시했습니다.',
    );
  });

  it('labels the tooltip in Korean and shows the data as written', () => {
    render(<ChartTooltip claim={makeClaim()} metricLabel="Troops in Russia" x={0} y={0} containerWidth={600} />);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('발언자');
    expect(tooltip).toHaveTextContent('클릭하거나 Enter 키를 누르면 출처와 이력을 볼 수 있습니다');
    expect(tooltip).toHaveTextContent('Troops in Russia');
  });

  it('writes axis dates the Korean way', () => {
    const october17 = Date.UTC(2024, 9, 17);
    expect(tickLabel(october17, { unit: 'day', every: 7 }, false)).toBe('10월 17일');
    expect(tickLabel(october17, { unit: 'day', every: 7 }, true)).toBe('2024년 10월 17일');
    expect(tickLabel(Date.UTC(2025, 0, 1), { unit: 'month', every: 1 })).toBe('2025년');
  });

  it('thins the time axis until no two Korean dates touch', () => {
    const domain: [number, number] = [Date.UTC(2024, 9, 1), Date.UTC(2024, 11, 31)];
    const x = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * 400;
    const measure = textMeasurer({ size: 12 });
    const dense = timeTicks(domain, 12);
    expect(tickLabelsFit(dense, x, measure)).toBe(false);
    let max = 12;
    let ticks = dense;
    while (max > 2 && !tickLabelsFit(ticks, x, measure)) ticks = timeTicks(domain, --max);
    expect(tickLabelsFit(ticks, x, measure)).toBe(true);
    expect(ticks.ticks.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the width of Korean text', () => {
  it('takes a full em a syllable on the chart, about twice a Latin letter', () => {
    // 6 syllables and 2 spaces (278 thousandths each) at 12 px.
    expect(chartTextWidth('수치 없는 발언', 12, 400)).toBeCloseTo((6 * 1000 + 2 * 278) * 0.012);
    expect(chartTextWidth('주장', 12, 700)).toBeGreaterThan(chartTextWidth('ab', 12, 700) * 1.7);
    // The label measurer keeps its 4% and 2 px to spare.
    expect(textMeasurer({ size: 12 })('주장 12건')).toBe(Math.ceil(chartTextWidth('주장 12건', 12, 400) * 1.04) + 2);
  });

  it('is never underestimated where no canvas measures (exports)', () => {
    // 3 syllables at a full em, 3 narrow characters at 0.58 em.
    expect(estimateTextWidth('주장 12건', 10, 400)).toBeCloseTo(30 + 3 * 5.8);
    expect(estimateTextWidth('주장 12건', 10, 400)).toBeGreaterThanOrEqual(chartTextWidth('주장 12건', 10, 400));
    expect(estimateTextWidth('Claims', 10, 400)).toBeCloseTo(6 * 5.8);
  });
});

describe('the charts in Ukrainian', () => {
  beforeEach(() => activate('uk'));

  it('picks each count’s plural form', () => {
    const { rerender } = render(<CountedApartNote apart={{ withoutFigure: 3, undated: 0 }} />);
    expect(screen.getByRole('note')).toHaveTextContent('Також враховано, але не показано: 3 твердження без цифри.');
    rerender(<CountedApartNote apart={{ withoutFigure: 5, undated: 21 }} />);
    expect(screen.getByRole('note')).toHaveTextContent('5 тверджень без цифри і 21 твердження без дати');
  });
});
