import { makeClaim } from '@/testing/make-claim';
import type { Claim } from '../claim-schema';
import { supportersOfAll, supportsFigure } from './supporting-claims';

// Synthetic claims (not real reporting).
const claim = (id: string, value: number, claimedOn: string, extra: Partial<Claim> = {}) =>
  makeClaim({
    id,
    claimedOn,
    figure: { value, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: null },
    ...extra,
  });

describe('supportsFigure', () => {
  const base = claim('A', 3000, '2024-10-23');
  it.each([
    ['the same figure the same day', claim('B', 3000, '2024-10-23'), true],
    ['a figure 10% higher 18 days later', claim('C', 3300, '2024-11-10'), true],
    ['a figure four times higher', claim('D', 12000, '2024-10-23'), false],
    ['the same figure 101 days later', claim('E', 3000, '2025-02-01'), false],
    ['a projection', claim('G', 3000, '2024-10-23', { kind: 'projection_warning' }), false],
    ['another metric', claim('H', 3000, '2024-10-23', { metricId: 'troop_deaths' }), false],
    [
      'an overlapping range',
      claim('I', 0, '2024-10-23', { figure: { ...base.figure, value: null, low: 2000, high: 4000 } }),
      true,
    ],
  ])('%s: %s', (_, other, expected) => {
    expect(supportsFigure(base, other)).toBe(expected);
  });

  it('never counts a recorded contradiction, whichever side records it', () => {
    const b = claim('B', 3000, '2024-10-23');
    expect(supportsFigure({ ...base, contradictingClaimIds: ['B'] }, b)).toBe(false);
    expect(supportsFigure(base, { ...b, contradictingClaimIds: ['A'] })).toBe(false);
  });
});

describe('supportersOfAll', () => {
  it('finds the same supporters as comparing every pair', () => {
    const claims = Array.from({ length: 60 }, (_, i) =>
      claim(
        `S${i}`,
        1000 + ((i * 37) % 400),
        `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
      ),
    );
    const found = supportersOfAll(claims);
    for (const c of claims) {
      const pairwise = claims
        .filter((o) => supportsFigure(c, o))
        .map((o) => o.id)
        .sort();
      expect((found.get(c.id) ?? []).map((o) => o.id).sort()).toEqual(pairwise);
    }
  });
});
