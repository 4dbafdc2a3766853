import type { Claim } from './claim-schema';
import type { ClaimColumns } from './claim-columns';
import { STATE_PAGE_BITS, STATE_PAGE_MASK } from './claim-columns-types';
import type { Sequence } from './chunked-list';
import type { ClaimFilters } from './claim-filters';
import { claimFiltersToParams } from './claim-filter-params';
import { dateRangeOf, overlapsRange, searchWords } from './claim-matches-filters';
import { searchTextsOf } from './search-texts';
import { keptByText } from './kept-by-text';
import { scratchArena } from './scratch-arena';
import { CLAIM_KINDS, VERIFICATION_STATES } from './vocabulary';

/*
 * The filters a dashboard ticks most (metric, state, kind, speaker type, country, dates, text) answered from the
 * claims' columns and search texts, with claimMatchesFilters' semantics: a scan of a few bytes (and a string) a claim
 * instead of reading every claim object. Any other filter needs the claims themselves (their sources, grades, warnings,
 * origins) and is not answered here.
 */

const ANSWERED: Pick<ClaimFilters, 'metric' | 'state' | 'kind' | 'type' | 'country' | 'from' | 'to' | 'q'> = {
  metric: undefined,
  state: [],
  kind: [],
  type: [],
  country: [],
  from: undefined,
  to: undefined,
  q: undefined,
};

/** Whether the columns answer every filter set: none but those above. */
export const columnsAnswer = (filters: ClaimFilters) =>
  claimFiltersToParams({ ...filters, ...ANSWERED }).toString() === '';

/** Which of `values` (numbered as in the columns) the filter keeps; null when it keeps any. */
function kept(values: readonly string[], chosen: readonly string[]): Uint8Array | null {
  if (chosen.length === 0) return null;
  return Uint8Array.from(values, (value) => (chosen.includes(value) ? 1 : 0));
}

/** Where a scan writes the positions it keeps, reused by every scan (a scan runs through without waiting). */
const scratch = scratchArena();

/** What the scans' arena holds (for tests: a scan after reserveScanScratch makes no more). */
export const scanScratchHeld = () => scratch.held();

/** Makes now the arrays a scan of `columns` writes into, so that no scan of them has to. */
export function reserveScanScratch(columns: ClaimColumns): void {
  scratch.reserve({ int32: columns.claims.length, float64: 0, uint8: columns.claims.length });
}

/** The positions of the claims the columns keep (every filter but the text), in `positions`: how many. */
function keptByColumns(columns: ClaimColumns, filters: ClaimFilters, metric: number, positions: Int32Array): number {
  const states = kept(VERIFICATION_STATES, filters.state);
  const kinds = kept(CLAIM_KINDS, filters.kind);
  const types = kept(columns.types, filters.type);
  const countries = kept(columns.countries, filters.country);
  // A date range keeps the claims whose date overlaps it, and no undated claim: decided once per distinct date.
  const range = dateRangeOf(filters);
  const inRange = range ? Uint8Array.from(columns.places, (place) => (overlapsRange(place, range) ? 1 : 0)) : null;
  // Read into locals once: the loop's loads of them through `columns` had re-optimised into a loop twice as slow.
  const { metric: metricOf, statePages, kind, type, country, place: placeOf } = columns;
  const n = columns.claims.length;
  if (metric < 0 && !states && !kinds && !types && !countries && !inRange) {
    // Nothing to check: every claim (a text search alone), without the checks' cost (5 ms at 1,000,000 claims).
    for (let i = 0; i < n; i += 1) positions[i] = i;
    return n;
  }
  let count = 0;
  // A page of states at a time: the loop reads its page's states as it reads the other columns.
  for (let first = 0; first < n; first += STATE_PAGE_MASK + 1) {
    const state = statePages[first >>> STATE_PAGE_BITS] as Uint8Array;
    const end = Math.min(n, first + STATE_PAGE_MASK + 1);
    for (let i = first; i < end; i += 1) {
      if (metric >= 0 && metricOf[i] !== metric) continue;
      if (states && states[state[i - first] as number] === 0) continue;
      if (kinds && kinds[kind[i] as number] === 0) continue;
      if (types && types[type[i] as number] === 0) continue;
      if (countries && countries[country[i] as number] === 0) continue;
      if (inRange) {
        const place = placeOf[i] as number;
        if (place < 0 || inRange[place] === 0) continue;
      }
      positions[count] = i;
      count += 1;
    }
  }
  return count;
}

/**
 * Of `among` (ascending positions in `claims`, a list whose search texts are kept: a server's view), or of every claim
 * when null, the positions whose folded text holds every word of `q`: read from the list's texts, as a scan reads them.
 * Checking the claims themselves (claimMatchesFilters) would fold each one's text again and keep it beside the view's,
 * for as long as the claim lives: a second copy of the texts, growing with every new search.
 */
export function positionsHoldingText(claims: Sequence<Claim>, q: string, among: ArrayLike<number> | null): number[] {
  scratch.reset();
  const count = among ? among.length : claims.length;
  const positions = scratch.int32(count);
  for (let k = 0; k < count; k += 1) positions[k] = among ? (among[k] as number) : k;
  const words = searchWords(q);
  const kept = words.length > 0 ? keptByText(searchTextsOf(claims), words, positions, count, scratch) : count;
  return Array.from(positions.subarray(0, kept));
}

/**
 * The positions of the claims `filters` keep, in the columns' order, as claimMatchesFilters keeps them, for filters the
 * columns answer (`columnsAnswer`). Answered in the scan's own array, which the next scan writes over: use them before
 * anything else can scan (before any `await`), and copy what must be kept. A server's scan of 1,000,000 claims would
 * otherwise allocate up to 4 MB on every cold read (scratch-arena.ts says what that costs).
 */
export function scanPositions(columns: ClaimColumns, filters: ClaimFilters): Int32Array {
  const metric = filters.metric ? columns.metricIds.indexOf(filters.metric) : -1;
  scratch.reset();
  if (filters.metric && metric < 0) return scratch.int32(0);
  const positions = scratch.int32(columns.claims.length);
  let count = keptByColumns(columns, filters, metric, positions);
  // Text last: every word a substring of the claim's folded text.
  const words = filters.q ? searchWords(filters.q) : [];
  if (words.length > 0) count = keptByText(searchTextsOf(columns.claims), words, positions, count, scratch);
  return positions.subarray(0, count);
}

/**
 * The positions of the claims `filters` keep, in the columns' order, as claimMatchesFilters keeps them, in an array of
 * their own; null when a filter is set that the columns do not answer.
 */
export function positionsMatching(columns: ClaimColumns, filters: ClaimFilters): Int32Array | null {
  return columnsAnswer(filters) ? scanPositions(columns, filters).slice() : null;
}
