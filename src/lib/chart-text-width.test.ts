import { chartTextWidth } from './chart-text-width';

describe('text widths of the charts’ typeface', () => {
  it('adds the advance widths of Arial (thousandths of an em) at the size given', () => {
    // A 667, r 333, i 222, a 556: 1778 thousandths; bold A 722 r 389 i 278 a 556: 1945.
    expect(chartTextWidth('Aria', 10, 400)).toBeCloseTo(17.78);
    expect(chartTextWidth('Aria', 10, 700)).toBeCloseTo(19.45);
    expect(chartTextWidth('Aria', 10, 600), 'semibold is drawn bold by a face with two weights').toBeCloseTo(19.45);
    expect(chartTextWidth('12,000 · NIS', 12, 400)).toBeGreaterThan(chartTextWidth('1,500 · NIS', 12, 400));
  });

  it('gives Hangul and other wide scripts a full em, and marks that take no room none', () => {
    expect(chartTextWidth('국정원', 10, 400)).toBeCloseTo(30);
    expect(chartTextWidth('\u2066NIS\u2069', 10, 400)).toBeCloseTo(chartTextWidth('NIS', 10, 400));
    expect(chartTextWidth('ГУР', 10, 400)).toBeGreaterThan(15);
  });
});
