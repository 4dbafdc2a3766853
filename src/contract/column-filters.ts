import type { ClaimColumns } from './claim-columns';
import type { ClaimFilters } from './claim-filters';
import { claimFiltersToParams } from './claim-filter-params';
import { dateRangeOf, overlapsRange, searchWords } from './claim-matches-filters';
import { searchSignaturesOf, searchTextsOf } from './search-texts';
import { searchSignature } from './text-signature';
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

function hasEveryWord(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** Where a scan writes the positions it keeps, reused by every scan (a scan runs through without waiting). */
const scratch = scratchArena();

/** Makes now the array a scan of `columns` writes into, so that no scan of them has to. */
export function reserveScanScratch(columns: ClaimColumns): void {
  scratch.reserve({ int32: columns.claims.length, float64: 0, uint8: 0 });
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
  const states = kept(VERIFICATION_STATES, filters.state);
  const kinds = kept(CLAIM_KINDS, filters.kind);
  const types = kept(columns.types, filters.type);
  const countries = kept(columns.countries, filters.country);
  // A date range keeps the claims whose date overlaps it, and no undated claim: decided once per distinct date.
  const range = dateRangeOf(filters);
  const inRange = range ? Uint8Array.from(columns.places, (place) => (overlapsRange(place, range) ? 1 : 0)) : null;
  // Text last: every word a substring of the claim's folded text, read only for claims the columns kept and whose
  // text's signature holds every character the words need (and not read when that is enough).
  const words = filters.q ? searchWords(filters.q) : [];
  const searching = words.length > 0;
  const texts = searching ? searchTextsOf(columns.claims) : [];
  const { low, high } = searching
    ? searchSignaturesOf(columns.claims)
    : { low: new Int32Array(0), high: new Int32Array(0) };
  const needed = searchSignature(words);
  const { low: needLow, high: needHigh } = needed;
  const readText = searching && !needed.enough;
  // Read into locals once: the loop's loads of them through `columns` and `needed` were most of a scan's time.
  const { metric: metricOf, state, kind, type, country, place: placeOf } = columns;
  const n = columns.claims.length;
  const positions = scratch.int32(n);
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    if (metric >= 0 && metricOf[i] !== metric) continue;
    if (states && states[state[i] as number] === 0) continue;
    if (kinds && kinds[kind[i] as number] === 0) continue;
    if (types && types[type[i] as number] === 0) continue;
    if (countries && countries[country[i] as number] === 0) continue;
    if (inRange) {
      const place = placeOf[i] as number;
      if (place < 0 || inRange[place] === 0) continue;
    }
    if (searching) {
      if (((low[i] as number) & needLow) !== needLow || ((high[i] as number) & needHigh) !== needHigh) continue;
      if (readText && !hasEveryWord(texts[i] as string, words)) continue;
    }
    positions[count] = i;
    count += 1;
  }
  return positions.subarray(0, count);
}

/**
 * The positions of the claims `filters` keep, in the columns' order, as claimMatchesFilters keeps them, in an array of
 * their own; null when a filter is set that the columns do not answer.
 */
export function positionsMatching(columns: ClaimColumns, filters: ClaimFilters): Int32Array | null {
  return columnsAnswer(filters) ? scanPositions(columns, filters).slice() : null;
}
