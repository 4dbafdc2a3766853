import fc from 'fast-check';
import type { Claim } from '../claim-schema';
import { compareClaims } from '../select-claims';
import { COLUMNS_READ, readColumns, type ColumnsRead } from '@/testing/columns-read';
import { ChunkedList } from '../chunked-list';
import { SOURCE_REGISTRY_SEED } from '../sources/source-registry-seed';
import { chainClaim } from '@/testing/make-claim';
import type { OriginDecision } from './origin-schema';
import { withClaimAdded } from './with-claim-added';
import { withOrigins } from './with-origins';

/**
 * withClaimAdded against withOrigins over every claim, on SYNTHETIC claims (not real reporting): chain heads whose
 * groups share an owner, day and type (anonymous heads relayed by two outlets), runs of adjacent days that a new day
 * joins or bridges, undated and month-dated claims, figures that agree or not, and states that raise the one-origin
 * warning, so that a new claim regroups origins, renames them, and moves claims in and out of one another's support.
 */
const REGISTRY = [...SOURCE_REGISTRY_SEED];
// Weighted towards anonymous heads (one key per relaying outlet) and heads of one owner and type in other words: the
// groups that share an origin id's owner, day and type, whose largest holds it bare.
const HEADS = [
  'unnamed officials',
  'unnamed officials',
  'unnamed sources',
  'NIS briefing',
  'NIS closed-door briefing',
  'HUR report',
  'Zelensky video',
  'press conference',
];
const REPORTERS = ['Yonhap', 'Reuters'];
const SPEAKERS = ['kr-nis', 'kr-nis', 'ua-hur', null];
const DAYS = ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-06', '2024-11-05', '2024-10', null];
/** The new claim's id: first, among or last of its day's claims (E00 to E39). */
const NEW_IDS = ['A-new', 'E15a', 'N-new'];
const METRICS = ['troops', 'shells'];
const VALUES = [900, 1000, 1100, 3000, null];

const claimArb = (id: string) =>
  fc
    .record({
      head: fc.constantFrom(...HEADS),
      reporter: fc.constantFrom(...REPORTERS),
      day: fc.constantFrom(...DAYS),
      speaker: fc.constantFrom(...SPEAKERS),
      metricId: fc.constantFrom(...METRICS),
      value: fc.constantFrom(...VALUES),
      outlet: fc.constantFrom('Wire A', 'Wire B'),
      corroborated: fc.boolean(),
    })
    .map(({ head, reporter, day, speaker, metricId, value, outlet, corroborated }): Claim => {
      const claim = chainClaim(id, [head, reporter], day, speaker, value ?? 0);
      return {
        ...claim,
        metricId,
        figure: { ...claim.figure, value },
        source: { ...claim.source, outlet },
        verification: { ...claim.verification, state: corroborated ? 'corroborated' : 'single_source' },
      };
    });

const datasetArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(`E${String(i).padStart(2, '0')}`))))
  .map((claims) => [...claims].sort(compareClaims));

/** Decisions naming some of the claims: a new claim that would regroup one of them is left to withOrigins. */
const decisionsArb = (claims: readonly Claim[]) =>
  claims.length < 2
    ? fc.constant<OriginDecision[]>([])
    : fc
        .array(
          fc.record({
            action: fc.constantFrom<OriginDecision['action']>('split', 'merge', 'confirm'),
            claimIds: fc.subarray(
              claims.map((c) => c.id),
              { minLength: 1, maxLength: Math.min(3, claims.length) },
            ),
          }),
          { maxLength: 2 },
        )
        .map((ds) => ds.map((d): OriginDecision => ({ ...d, rationale: 'Test decision', by: 't', at: '2025-01-01' })));

function bothWays(
  claims: Claim[],
  added: Claim,
  decisions: OriginDecision[],
  columnsRead: ColumnsRead,
  chunked: boolean,
) {
  const derived = withOrigins(claims, REGISTRY, decisions);
  const before = chunked
    ? { claims: ChunkedList.of(derived.claims, 2), origins: derived.origins, raw: ChunkedList.of(claims, 2) }
    : { ...derived, raw: claims };
  readColumns(before.claims, columnsRead);
  const positions = new Map(claims.map((c, i) => [c.id, i]));
  const context = { registry: REGISTRY, decisions };
  const incremental = withClaimAdded(before, added, context, (id) => positions.get(id));
  const alone = withClaimAdded(before, added, context, (id) => positions.get(id), 'the new claim');
  const after = [...claims, added].sort(compareClaims);
  return { incremental, alone, derived, full: withOrigins(after, REGISTRY, decisions), after };
}

/** The claims as served after an addition, from the claims before and what it changed. */
function servedAfter(before: readonly Claim[], position: number, changed: ReadonlyMap<number, Claim>): Claim[] {
  const list = [...before];
  list.splice(position, 0, changed.get(position) as Claim);
  for (const [at, claim] of changed) list[at] = claim;
  return list;
}

describe('withClaimAdded (property)', () => {
  it('reads the same claims anew against another registry: the chain heads it keeps are those of its registry', () => {
    // The same claim objects, added to twice: the registry names NIS (owner and name from it), then names no one.
    const claims = [
      chainClaim('E01', ['NIS briefing', 'Yonhap'], '2024-10-01', 'kr-nis'),
      chainClaim('E02', ['NIS briefing', 'Reuters'], '2024-10-02', 'kr-nis'),
    ];
    const added = chainClaim('A-new', ['NIS briefing', 'Yonhap'], '2024-10-01', 'kr-nis');
    const positions = new Map(claims.map((c, i) => [c.id, i]));
    for (const registry of [REGISTRY, []]) {
      const derived = withOrigins(claims, registry, []);
      const result = withClaimAdded({ ...derived, raw: claims }, added, { registry, decisions: [] }, (id) =>
        positions.get(id),
      );
      expect(result?.origins).toEqual(withOrigins([added, ...claims], registry, []).origins);
    }
  });

  it('derives what withOrigins over every claim derives, with the new claim in its place', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((claims) =>
          fc.tuple(
            fc.constant(claims),
            fc.constantFrom(...NEW_IDS).chain(claimArb),
            decisionsArb(claims),
            COLUMNS_READ,
            fc.boolean(),
          ),
        ),
        ([claims, added, decisions, columnsRead, chunked]) => {
          const { incremental, alone, derived, full, after } = bothWays(claims, added, decisions, columnsRead, chunked);
          // With no decision, every new claim is derived in place.
          if (decisions.length === 0) expect(incremental).not.toBeNull();
          if (!incremental) return;
          const position = after.findIndex((c) => c.id === added.id);
          expect(incremental.position).toBe(position);
          expect(servedAfter(derived.claims, position, incremental.claims)).toEqual(full.claims);
          expect(incremental.origins).toEqual(full.origins);
          expect(alone?.position).toBe(position);
          expect(alone?.claims.get(position)).toEqual(full.claims[position]);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('leaves it to withOrigins for a claim the derivation holds already, or one a decision names', () => {
    const claims = [chainClaim('A', ['NIS briefing', 'Yonhap'], '2024-10-01', 'kr-nis')];
    const before = { ...withOrigins(claims, REGISTRY), raw: claims };
    const context = { registry: REGISTRY, decisions: [] };
    expect(withClaimAdded(before, claims[0] as Claim, context, (id) => (id === 'A' ? 0 : undefined))).toBeNull();
    const named: OriginDecision = { action: 'split', claimIds: ['B'], rationale: 'T', by: null, at: '2025-01-01' };
    const added = chainClaim('B', ['NIS briefing', 'Yonhap'], '2024-10-01', 'kr-nis');
    expect(withClaimAdded(before, added, { ...context, decisions: [named] }, () => undefined)).toBeNull();
    expect(withClaimAdded(before, added, context, (id) => (id === 'A' ? 0 : undefined))).not.toBeNull();
  });

  it('serves anew the members of an origin a new claim heads, whose id stands but whose words change', () => {
    // Two repeats of one briefing, each marked corroborated by the other alone: each warns, naming the origin's words.
    const repeat = (id: string) => ({
      ...chainClaim(id, ['NIS briefing', 'Yonhap'], '2024-10-01', 'kr-nis', 1000),
      verification: { ...chainClaim(id, [], null, null).verification, state: 'corroborated' as const },
    });
    const claims = [repeat('E1'), repeat('E2')];
    const added = chainClaim('A1', ['NIS closed-door briefing', 'Yonhap'], '2024-10-01', 'kr-nis', 3000);
    const { incremental, derived, full } = bothWays(claims, added, [], 'no', false);
    expect(full.origins.map((o) => [o.id, o.label])).toEqual([[derived.origins[0]?.id, 'NIS closed-door briefing']]);
    expect(full.claims[1]?.warnings[0]?.message).toContain('NIS closed-door briefing');
    expect(servedAfter(derived.claims, 0, incremental?.claims ?? new Map())).toEqual(full.claims);
  });
});
