import { render, screen } from '@testing-library/react';
import { toComparison } from '@/contract/claim-comparison';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { COMPARISON_CLAIMS, fig } from '@/testing/comparison-claims';
import { makeClaim } from '@/testing/make-claim';
import { ComparisonGroupCard } from './comparison-group-card';
import { groupLabel } from './group-label';
import { spreadText } from './spread-text';

afterEach(() => activateLocale('en', en));

/** Intl writes Ukrainian thousands with a no-break space: compared with plain spaces here. */
const spaced = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

// Synthetic claims (test data, not reporting).
const same = 'kr-nis.2024-10-18.intelligence_briefing';
const group = () =>
  toComparison(
    [
      makeClaim({ id: 'A', originId: same, figure: fig(3000) }),
      makeClaim({ id: 'B', originId: same, figure: fig(3000) }),
      makeClaim({ id: 'C', originId: null, figure: fig(12000) }),
    ],
    'troops_in_russia',
    'month',
  )[0];

describe('the compare view in Ukrainian', () => {
  beforeEach(async () => activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk));

  it('says the spread with Ukrainian numbers and plural forms', () => {
    const g = group();
    expect(spaced(g && spreadText(g))).toBe(
      ' · розкид 3 000–12 000 серед 3 тверджень (найбільша цифра в 4,0 раза більша за найменшу) · 3 000–12 000 серед 2 незалежних першоджерел',
    );
  });

  it('names undated periods and a card’s counts, columns and strip in Ukrainian', () => {
    expect(toComparison(COMPARISON_CLAIMS, 'troops_in_russia', 'month').map(groupLabel).at(-1)).toBe('Дата невідома');
    const g = group();
    if (!g) throw new Error('no group');
    render(<ComparisonGroupCard group={g} onOpen={() => undefined} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('3 твердження з 1 джерела');
    expect(screen.getByRole('columnheader', { name: 'Оцінка достовірності' })).toBeInTheDocument();
    const strip = screen.getByRole('img');
    expect(spaced(strip.getAttribute('aria-label') ?? '')).toMatch(
      /зверху 3 твердження, знизу 2 незалежні першоджерела$/,
    );
    // The strip's row names are longer in Ukrainian: the scale starts further right, so they are not cut off.
    expect(strip.querySelector('line')?.getAttribute('x1')).not.toBe('58');
  });
});

describe('the compare view in Korean', () => {
  it('names its periods and counts in Korean', async () => {
    activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko);
    expect(groupLabel({ period: 'undated', start: null, dayUnknown: false })).toBe('날짜 미상');
    const g = group();
    if (!g) throw new Error('no group');
    render(<ComparisonGroupCard group={g} onOpen={() => undefined} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('출처 1곳의 주장 3건');
    expect(screen.getByRole('button', { name: /^A 열기: / })).toBeInTheDocument();
  });
});
