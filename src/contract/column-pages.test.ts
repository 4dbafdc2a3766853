import { makeClaim } from '@/testing/make-claim';
import { metricInChart } from '@/testing/make-metric';
import type { Claim } from './claim-schema';
import { ClaimFiltersSchema } from './claim-filters';
import { claimColumns, rememberClaimsEdited, rememberedColumns } from './claim-columns';
import { claimMatchesFilters } from './claim-matches-filters';
import {
  positionsHoldingText,
  positionsMatching,
  reserveScanScratch,
  scanPositions,
  scanScratchHeld,
} from './column-filters';
import { compareClaims } from './select-claims';
import { rememberTextsEdited, searchTextsOf } from './search-texts';
import { prepareSummaries, summarizeColumns, summaryScratchHeld } from './summarize-claims';
import { SUMMARY_PERIODS } from './claim-summary';

/*
 * A list longer than a chunk of texts (4,096) and a page of cells (16,384): a search and a summary read across chunk
 * and page ends, and an edit copies only its own chunk and page. SYNTHETIC claims: ids, notes, dates, metrics, states
 * and figures that vary with their number.
 */

const METRICS = [
  metricInChart('troops_in_russia', 'troops'),
  metricInChart('troops_in_kursk', 'troops'),
  metricInChart('losses', 'losses'),
];
const COUNT = 20_000;
/** Positions in different chunks and pages, the first and last among them. */
const EDITED = [0, 4095, 4096, 16_383, 16_384, COUNT - 1];
const QUERIES = ['7', '12', 'syn-0100', 'synthetic 12', 'kursk 7', 'zz', '12 k'];

const STATES = ['single_source', 'corroborated', 'unverified', 'disputed_denied'] as const;
const DAY = 86_400_000;
const claims = Array.from({ length: COUNT }, (_, i) => {
  const claim = makeClaim();
  const state = STATES[(i * 7) % STATES.length] ?? 'unverified';
  return makeClaim({
    id: `SYN-${String(i + 1).padStart(6, '0')}`,
    metricId: METRICS[i % METRICS.length]?.id ?? 'losses',
    claimedOn: new Date(Date.UTC(2023, 7, 1) + ((i * 37) % 800) * DAY).toISOString().slice(0, 10),
    figure: { ...claim.figure, value: 100 + ((i * 7919) % 15_000) },
    notes: `Synthetic claim ${i + 1} (SYNTHETIC: not real reporting)`,
    verification: { ...claim.verification, state },
  });
}).sort(compareClaims);

const matching = (list: readonly Claim[], q: string | undefined, state: string[]) => {
  const filters = ClaimFiltersSchema.parse({ q, state });
  return list.flatMap((claim, i) => (claimMatchesFilters(claim, filters) ? [i] : []));
};

describe('a list of many chunks and pages', () => {
  it('is scanned and summarised in the arrays made for it beforehand, whatever the filters and period', () => {
    // A server makes them with its view: made by a read, at 1,000,000 claims they started a full collection in it.
    // First in this file: nothing has scanned or summarised yet.
    const columns = rememberedColumns(claims);
    reserveScanScratch(columns);
    prepareSummaries(columns);
    const scans = scanScratchHeld();
    const summaries = summaryScratchHeld();
    for (const q of [undefined, ...QUERIES])
      for (const period of SUMMARY_PERIODS) {
        const positions = scanPositions(
          columns,
          ClaimFiltersSchema.parse({ q, state: q === '7' ? ['unverified'] : [] }),
        );
        summarizeColumns(columns, positions, METRICS, { period, samples: 50 });
        summarizeColumns(columns, null, METRICS, { period });
      }
    expect(scanScratchHeld()).toEqual(scans);
    expect(summaryScratchHeld()).toEqual(summaries);
  });

  it('is searched as the reference reads it, before and after edits in several chunks', () => {
    const columns = claimColumns(claims);
    searchTextsOf(claims);
    for (const q of QUERIES)
      for (const state of [[], ['unverified']])
        expect([...(positionsMatching(columns, ClaimFiltersSchema.parse({ q, state })) ?? [])]).toEqual(
          matching(claims, q, state),
        );
    const after = claims.map((claim, i) => (EDITED.includes(i) ? { ...claim, notes: `Kursk 7 ${i}` } : claim));
    rememberTextsEdited(claims, after, EDITED);
    const edited = claimColumns(after);
    for (const q of QUERIES)
      expect([...(positionsMatching(edited, ClaimFiltersSchema.parse({ q })) ?? [])]).toEqual(matching(after, q, []));
    expect(matching(after, 'kursk 7', []).length).toBe(EDITED.length);
  });

  it('is searched among candidate positions in its texts as the reference reads the claims, after edits too', () => {
    // Every third position, and a few on chunk ends: the candidates a text index gives a server's read.
    const among = [...new Set([...claims.keys()].filter((i) => i % 3 === 0).concat(EDITED))].sort((a, b) => a - b);
    const after = claims.map((claim, i) => (EDITED.includes(i) ? { ...claim, notes: `Kursk 7 ${i}` } : claim));
    searchTextsOf(claims);
    rememberTextsEdited(claims, after, EDITED);
    for (const list of [claims, after])
      for (const q of QUERIES) {
        const reference = matching(list, q, []);
        expect(positionsHoldingText(list, q, null)).toEqual(reference);
        expect(positionsHoldingText(list, q, among)).toEqual(reference.filter((i) => among.includes(i)));
      }
    expect(positionsHoldingText(after, 'kursk 7', among)).toEqual(EDITED);
  });

  it('keeps every text and signature of a list whose edits change no text, and is searched as the reference reads it', () => {
    const texts = searchTextsOf(claims);
    const after = claims.map((claim, i) =>
      EDITED.includes(i)
        ? { ...claim, verification: { ...claim.verification, state: 'corroborated' as const } }
        : claim,
    );
    rememberTextsEdited(claims, after, EDITED);
    expect(searchTextsOf(after)).toBe(texts);
    for (const q of QUERIES) expect(positionsHoldingText(after, q, null)).toEqual(matching(after, q, []));
  });

  it('is summarised after state changes in several pages as if read afresh', () => {
    summarizeColumns(rememberedColumns(claims), null, METRICS);
    const after = claims.map((claim, i) =>
      EDITED.includes(i)
        ? { ...claim, verification: { ...claim.verification, state: 'disputed_denied' as const } }
        : claim,
    );
    rememberClaimsEdited(claims, after, EDITED);
    // Scanned by state from the pages copied for the edits, and from those shared with the list before.
    for (const state of [['disputed_denied'], ['unverified', 'corroborated']])
      expect([...(positionsMatching(rememberedColumns(after), ClaimFiltersSchema.parse({ state })) ?? [])]).toEqual(
        matching(after, undefined, state),
      );
    const some = after.map((_, i) => i).filter((i) => i % 3 !== 0);
    for (const subset of [null, some, EDITED])
      expect(summarizeColumns(rememberedColumns(after), subset, METRICS)).toEqual(
        summarizeColumns(claimColumns(after), subset, METRICS),
      );
  });
});
