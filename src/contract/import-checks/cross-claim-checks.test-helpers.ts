import type { Claim } from '../claim-schema';

type Figure = Partial<Claim['figure']>;

/**
 * Claim builders for the cross-claim tests, on the synthetic claim of `makeClaim` (src/testing/make-claim.ts: the
 * tests pass it in, since src/contract may import only itself and zod).
 */
export function claimBuilders(makeClaim: (overrides?: Partial<Claim>) => Claim) {
  const claim = (id: string, claimedOn: string | null, figure: Figure, overrides: Partial<Claim> = {}) =>
    makeClaim({ id, claimedOn, ...overrides, figure: { ...makeClaim().figure, ...figure } });
  const cumulative = (id: string, claimedOn: string | null, value: number | null, figure: Figure = {}) =>
    claim(id, claimedOn, { value, ...figure }, { kind: 'cumulative_total', metricId: 'shells_shipped' });
  return { claim, cumulative };
}
