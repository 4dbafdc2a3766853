import type { Claim } from './claim-schema';
import type { ClaimFilters } from './claim-filters';
import { dateSpan } from './partial-date';
import { lacksArchivedCopy } from './archived-copy-schema';

/** The filtering semantics both APIs honour. A date range keeps claims whose date overlaps it. */
export function claimMatchesFilters(claim: Claim, filters: ClaimFilters): boolean {
  if (filters.metric && claim.metricId !== filters.metric) return false;
  if (filters.source.length > 0 && !filters.source.includes(claim.speaker.sourceId ?? claim.speaker.organisation))
    return false;
  if (filters.type.length > 0 && !filters.type.includes(claim.speaker.type)) return false;
  if (filters.state.length > 0 && !filters.state.includes(claim.verification.state)) return false;
  if (filters.kind.length > 0 && !filters.kind.includes(claim.kind)) return false;
  if (filters.country.length > 0 && !filters.country.includes(claim.speaker.country ?? 'none')) return false;
  if (filters.grade.length > 0 && !matchesGrade(claim, filters.grade)) return false;
  if (
    filters.warning.length > 0 &&
    !claim.warnings.some((w) => filters.warning.includes('any') || filters.warning.includes(w.code))
  )
    return false;
  if (filters.origin.length > 0 && (claim.originId === null || !filters.origin.includes(claim.originId))) return false;
  if (filters.independent === 'true' && claim.corroboration.independent.length === 0) return false;
  if (filters.archive === 'none' && !lacksArchivedCopy(claim.source)) return false;
  if (filters.q && !matchesText(claim, filters.q)) return false;
  const range = dateRangeOf(filters);
  if (range && (!claim.claimedOn || !overlapsRange(dateSpan(claim.claimedOn), range))) return false;
  return true;
}

/** A filter's date range in UTC ms: its first day's start and its last day's end (null: open). */
export interface DateRange {
  from: number | null;
  to: number | null;
}

/** The date range `filters` set, or null when they set none (then undated claims are kept too). */
export function dateRangeOf(filters: Pick<ClaimFilters, 'from' | 'to'>): DateRange | null {
  if (!filters.from && !filters.to) return null;
  return {
    from: filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : null,
    to: filters.to ? Date.parse(`${filters.to}T23:59:59.999Z`) : null,
  };
}

/** Whether a date's span (UTC ms) overlaps the range. */
export const overlapsRange = (span: { start: number; end: number }, range: DateRange): boolean =>
  (range.from === null || span.end >= range.from) && (range.to === null || span.start <= range.to);

/** Letters narrow reliability, digits narrow credibility, "ungraded" keeps claims with no grade. */
function matchesGrade(claim: Claim, tokens: string[]): boolean {
  const reliability = claim.grade?.reliability ?? null;
  const credibility = claim.grade?.credibility ?? null;
  if (reliability === null && credibility === null) return tokens.includes('ungraded');
  const letters = tokens.filter((t) => /^[A-F]$/.test(t));
  const digits = tokens.filter((t) => /^[1-6]$/.test(t));
  if (letters.length === 0 && digits.length === 0) return false;
  return (
    (letters.length === 0 || (reliability !== null && letters.includes(reliability))) &&
    (digits.length === 0 || (credibility !== null && digits.includes(String(credibility))))
  );
}

/** Case-, accent- and width-insensitive text so "Zelenskyy", "ZELENSKY" and "zelensky" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** What text search looks in: a claim's words, folded (`foldText`). Both the filter and the database's index use it. */
export function claimSearchText(claim: Claim): string {
  return foldText(
    [
      claim.id,
      claim.speaker.name,
      claim.speaker.role,
      claim.speaker.organisation,
      claim.source.outlet,
      claim.quote?.text,
      claim.notes,
      claim.verification.note,
      claim.figure.text,
      ...claim.provenance,
    ]
      .filter(Boolean)
      .join(' \n '),
  );
}

/** The words of a text query, folded: a claim matches when its search text holds every one. */
export const searchWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean);

/*
 * A search runs over every claim of a list: each claim's folded text is made once per claim object (claims are not
 * changed once made; a changed claim is a new object) and the query's words once per query.
 */
const searchTexts = new WeakMap<Claim, string>();
let lastQuery: { query: string; words: string[] } | null = null;

function matchesText(claim: Claim, query: string): boolean {
  let haystack = searchTexts.get(claim);
  if (haystack === undefined) searchTexts.set(claim, (haystack = claimSearchText(claim)));
  if (lastQuery?.query !== query) lastQuery = { query, words: searchWords(query) };
  return lastQuery.words.every((word) => haystack.includes(word));
}
