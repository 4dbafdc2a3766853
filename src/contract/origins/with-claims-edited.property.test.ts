import fc from 'fast-check';
import type { Claim } from '../claim-schema';
import { compareClaims } from '../select-claims';
import { COLUMNS_READ, readColumns, type ColumnsRead } from '@/testing/columns-read';
import { ChunkedList, withReplaced } from '../chunked-list';
import { SOURCE_REGISTRY_SEED } from '../sources/source-registry-seed';
import { chainClaim } from '@/testing/make-claim';
import { editedClaimsAlone, MAX_EDITS_DERIVED_IN_PLACE, withClaimsEdited } from './with-claims-edited';
import { withOrigins } from './with-origins';

/**
 * withClaimsEdited against withOrigins over every claim, on SYNTHETIC claims (not real reporting): dates a day either
 * side of the agreement window (31 days) and of twice it, figures that agree or not, projections, contradictions, and
 * states that raise the one-origin warning, so that edits move claims in and out of one another's support.
 */
const REGISTRY = [...SOURCE_REGISTRY_SEED];
const HEADS = ['NIS briefing', 'HUR report', 'White House press conference', 'unnamed officials', 'Zelensky video'];
const SPEAKERS = ['kr-nis', 'ua-hur', 'us-nsc', null];
const DAYS = [
  '2024-09-01',
  '2024-10-01',
  '2024-10-02',
  '2024-10-03',
  '2024-11-01',
  '2024-11-02',
  '2024-11-03',
  '2024-12-04',
  '2024-10',
  null,
];
const METRICS = ['troops', 'shells', 'containers'];
const VALUES = [900, 1000, 1100, 1500, 3000, null];

const figured = fc.record({
  metricId: fc.constantFrom(...METRICS),
  value: fc.constantFrom(...VALUES),
  range: fc.option(fc.constantFrom<[number, number]>([800, 1200], [2000, 4000]), { nil: null }),
  figureAsOf: fc.option(fc.constantFrom(...DAYS.filter((d) => d !== null)), { nil: null, freq: 3 }),
  projection: fc.boolean(),
  corroborated: fc.boolean(),
});
type Figured = typeof figured extends fc.Arbitrary<infer T> ? T : never;

const withFigure = (claim: Claim, f: Figured, contradicting: string[]): Claim => ({
  ...claim,
  metricId: f.metricId,
  kind: f.projection ? 'projection_warning' : 'estimate',
  figure: { ...claim.figure, value: f.value, low: f.range?.[0] ?? null, high: f.range?.[1] ?? null },
  figureAsOf: f.figureAsOf,
  contradictingClaimIds: contradicting,
  verification: { ...claim.verification, state: f.corroborated ? 'corroborated' : 'single_source' },
});

const claimArb = (i: number, n: number) =>
  fc
    .record({
      head: fc.constantFrom(...HEADS),
      reporter: fc.constantFrom('Yonhap', 'Reuters'),
      day: fc.constantFrom(...DAYS),
      speaker: fc.constantFrom(...SPEAKERS),
      figure: figured,
      contradicting: fc.subarray(
        Array.from({ length: n }, (_, j) => `E${j}`),
        { maxLength: Math.min(2, n) },
      ),
    })
    .map(({ head, reporter, day, speaker, figure, contradicting }) =>
      withFigure(chainClaim(`E${i}`, [head, reporter], day, speaker), figure, contradicting),
    );

const datasetArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(i, n))))
  .map((claims) => [...claims].sort(compareClaims));

/** Edits of what a figure says: never what its origin is read from. */
const figureEditsArb = (claims: Claim[]) =>
  fc.uniqueArray(
    fc.record({
      index: fc.nat({ max: claims.length - 1 }),
      figure: figured,
      contradicting: fc.subarray(
        claims.map((c) => c.id),
        { maxLength: Math.min(2, claims.length) },
      ),
    }),
    { minLength: 1, maxLength: 3, selector: (e) => e.index },
  );

function derivedBoth(claims: Claim[], edits: Claim[], columnsRead: ColumnsRead = 'no', chunked = false) {
  const derived = withOrigins(claims, REGISTRY);
  // A server's view holds its claims in chunks (a chunk of two here, so that edits fall in several): read alike.
  const before = chunked
    ? { claims: ChunkedList.of(derived.claims, 2), origins: derived.origins, raw: ChunkedList.of(claims, 2) }
    : { ...derived, raw: claims };
  readColumns(before.claims, columnsRead);
  const positions = new Map(claims.map((c, i) => [c.id, i]));
  const after = claims.map((c) => edits.find((e) => e.id === c.id) ?? c);
  const edited = withClaimsEdited(before, edits, (id) => positions.get(id));
  const alone = editedClaimsAlone(before, edits, (id) => positions.get(id));
  return {
    alone: alone && [...alone].sort(([a], [b]) => a - b),
    editedAt: edits.map((e) => positions.get(e.id) as number).sort((a, b) => a - b),
    incremental: edited && {
      claims: [...withReplaced(before.claims, edited.claims)],
      origins: before.origins,
      raw: [...withReplaced(before.raw, edited.raw)],
    },
    full: { ...withOrigins(after, REGISTRY), raw: after },
  };
}

describe('withClaimsEdited (property)', () => {
  it('derives what withOrigins over every claim derives, after edits of figures, dates of figures, metrics and contradictions', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((claims) => fc.tuple(fc.constant(claims), figureEditsArb(claims))),
        COLUMNS_READ,
        fc.boolean(),
        ([claims, edits], columnsRead, chunked) => {
          const edited = edits.map((e) => withFigure(claims[e.index] as Claim, e.figure, e.contradicting));
          const { incremental, full, alone, editedAt } = derivedBoth(claims, edited, columnsRead, chunked);
          expect(incremental).not.toBeNull();
          // The edited claims alone, as an edit is answered: each as every claim's derivation serves it.
          expect(alone).toEqual(editedAt.map((at) => [at, full.claims[at]]));
          expect(incremental?.claims).toEqual(full.claims);
          expect(incremental?.origins).toEqual(full.origins);
          expect(incremental?.raw).toEqual(full.raw);
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each<[string, (c: Claim) => Claim]>([
    ['its chain', (c) => ({ ...c, provenance: ['KCNA statement', ...c.provenance.slice(1)] })],
    ['its speaker', (c) => ({ ...c, speaker: { ...c.speaker, sourceId: 'kr-nis', organisation: 'NIS' } })],
    ['its day', (c) => ({ ...c, claimedOn: '2025-01-05' })],
    ['its outlet', (c) => ({ ...c, source: { ...c.source, outlet: 'Another outlet' } })],
  ])('leaves it to withOrigins when an edit changes %s (what an origin is read from)', (_name, change) => {
    const claims = [chainClaim('A', ['NIS briefing', 'Yonhap'], '2024-10-01', 'ua-hur')];
    const before = { ...withOrigins(claims, REGISTRY), raw: claims };
    expect(withClaimsEdited(before, [change(claims[0] as Claim)], () => 0)).toBeNull();
    expect(editedClaimsAlone(before, [change(claims[0] as Claim)], () => 0)).toBeNull();
  });

  it('leaves it to withOrigins for more edits than it derives in place', () => {
    const claims = Array.from({ length: MAX_EDITS_DERIVED_IN_PLACE + 1 }, (_, i) =>
      chainClaim(`M${String(i).padStart(3, '0')}`, ['NIS briefing', 'Yonhap'], '2024-10-01', 'kr-nis', 1000 + i),
    ).sort(compareClaims);
    const before = { ...withOrigins(claims, REGISTRY), raw: claims };
    const positions = new Map(claims.map((c, i) => [c.id, i]));
    const bump = (c: Claim) => ({ ...c, figure: { ...c.figure, value: 5000 } });
    expect(withClaimsEdited(before, claims.map(bump), (id) => positions.get(id))).toBeNull();
    expect(withClaimsEdited(before, claims.slice(1).map(bump), (id) => positions.get(id))).not.toBeNull();
    expect(editedClaimsAlone(before, claims.map(bump), (id) => positions.get(id))).toBeNull();
  });

  it('leaves it to withOrigins for a claim the derivation does not hold', () => {
    const claims = [chainClaim('A', ['NIS briefing', 'Yonhap'], '2024-10-01', 'kr-nis')];
    const before = { ...withOrigins(claims, REGISTRY), raw: claims };
    expect(
      withClaimsEdited(before, [chainClaim('B', ['NIS briefing'], '2024-10-01', 'kr-nis')], () => undefined),
    ).toBeNull();
  });
});
