import { render, screen } from '@testing-library/react';
import { makeClaim } from '@/testing/make-claim';
import { UndatedClaims } from './undated-claims';

describe('an undated claim in the list beside a chart', () => {
  it('is named by what it shows, first and in order (voice control), then by its metric', () => {
    const claim = makeClaim({ id: 'U1', claimedOn: null });
    render(
      <UndatedClaims
        undated={[{ claim, colour: 'var(--metric-0)', metricLabel: 'Troops in Russia' }]}
        onOpen={() => {}}
      />,
    );
    const button = screen.getByRole('button');
    const visible = [...button.querySelectorAll('.undated__figure, .undated__who, .undated__meta')].map(
      (part) => part.textContent ?? '',
    );
    const name = button.textContent ?? '';
    expect(visible.every(Boolean)).toBe(true);
    expect(name.startsWith(visible[0] as string)).toBe(true);
    expect(visible.map((part) => name.indexOf(part))).toEqual(
      [...visible.map((part) => name.indexOf(part))].sort((a, b) => a - b),
    );
    expect(button).toHaveAccessibleName(/Troops in Russia: .*date of the claim not known$/);
    expect(button).not.toHaveAttribute('aria-label');
  });
});
