import { render, screen } from '@testing-library/react';
import { makeClaim } from '@/testing/make-claim';
import { ChartTooltip, TOOLTIP_QUOTE_LENGTH } from './chart-tooltip';

const OVERRIDE = 'Reported by \u202Eecruos lacol (never closed)';

function renderTooltip() {
  const claim = makeClaim({
    quote: { text: `${'A quote that goes on and on about figures, '.repeat(6)}and ends.`, language: 'en' },
    speaker: {
      name: 'قائد',
      role: 'Spokesperson',
      organisation: 'قوات الدفاع',
      sourceId: null,
      country: null,
      type: 'government',
    },
    provenance: [OVERRIDE, 'Wire'],
  });
  return render(<ChartTooltip claim={claim} metricLabel="Troops in Russia" x={10} y={10} containerWidth={800} />);
}

describe('ChartTooltip', () => {
  it('puts every field from data in its own <bdi>, so none can reorder the words around it', () => {
    const { container } = renderTooltip();
    const isolated = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(
      expect.arrayContaining([
        '1,000 personnel',
        'Troops in Russia',
        'قائد',
        'Spokesperson',
        'قوات الدفاع',
        OVERRIDE,
        'Wire',
      ]),
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('قائد, Spokesperson — قوات الدفاع');
  });

  it('shortens a long quote at a word with an ellipsis, in its language', () => {
    const { container } = renderTooltip();
    const quote = container.querySelector('.chart-tooltip__quote bdi');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote?.textContent?.endsWith('…')).toBe(true);
    expect(quote?.textContent?.length).toBeLessThanOrEqual(TOOLTIP_QUOTE_LENGTH);
    // Cut after a whole word: what is kept is where the quote has a space.
    const kept = quote?.textContent?.slice(0, -1) ?? '';
    expect(`${'A quote that goes on and on about figures, '.repeat(6)}and ends.`.startsWith(`${kept} `)).toBe(true);
  });
});
