import type { Claim } from '../claim-schema';
import { issue, type Issue } from '../issue-schema';
import { comparePartialDates, dateSpan } from '../partial-date';

const PERIOD = '(?:day|week|fortnight|month|quarter|year|annum)';
/** Wording that makes a figure a rate (so many a week, in the last month), not a running total; "a year ago" is not one. */
const RATE = new RegExp(
  [
    `\\b(?:(?:per|a|an|each|every)\\s+${PERIOD}`,
    '(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually|annual)',
    `(?:in|over|during|within)\\s+the\\s+(?:last|past|previous)\\s+(?:\\w+\\s+)?${PERIOD}s?)\\b(?!\\s+(?:ago|earlier|later|before|after))`,
    '\\/\\s*(?:day|week|month|year|yr|mo|wk)\\b',
  ].join('|'),
  'i',
);
/** More than this many times the largest earlier figure of a metric is a jump worth a look. */
const JUMP = 10;

const numbers = new Intl.NumberFormat('en-US');
/** The figure as a rule compares it: the value, else the low end of a range (the cautious end). */
const lowFigure = (c: Claim) => c.figure.value ?? c.figure.low;
/** The figure as the largest it may be: the value, else the high end of a range. */
const highFigure = (c: Claim) => c.figure.value ?? c.figure.high;
function shown({ figure }: Claim): string {
  if (figure.value === null && figure.low !== null)
    return `${numbers.format(figure.low)}–${numbers.format(figure.high ?? figure.low)}`;
  return numbers.format(figure.value ?? 0);
}
const named = (c: Claim) => `claim ${c.id} (${shown(c)}, ${c.claimedOn ?? 'undated'})`;

/** True only when the whole of `a` lies before the whole of `b`: "2024-10" is not certainly before "2024-10-18", nor "2024" before "2024-05". */
function certainlyEarlier(a: Claim, b: Claim): boolean {
  return a.claimedOn !== null && b.claimedOn !== null && dateSpan(a.claimedOn).end < dateSpan(b.claimedOn).start;
}

/** Of two candidates, the one a warning names: the larger figure, then the earlier date, then the smaller id. */
function preferred(a: Claim | null, b: Claim, figure: (c: Claim) => number | null): Claim {
  if (a === null) return b;
  const diff = (figure(b) ?? -Infinity) - (figure(a) ?? -Infinity);
  if (diff !== 0) return diff > 0 ? b : a;
  const byDate = comparePartialDates(b.claimedOn ?? '9999', a.claimedOn ?? '9999');
  if (byDate !== 0) return byDate < 0 ? b : a;
  return b.id < a.id ? b : a;
}

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
function sameSpeaker(a: Claim, b: Claim): boolean {
  const [x, y] = [a.speaker, b.speaker];
  const sameBody =
    x.sourceId !== null && y.sourceId !== null
      ? x.sourceId === y.sourceId
      : normalised(x.organisation) === normalised(y.organisation);
  return sameBody && (x.name === null || y.name === null || normalised(x.name) === normalised(y.name));
}
const hasNumber = (c: Claim) => c.figure.value !== null || c.figure.low !== null;
const sameFigure = (a: Claim, b: Claim) =>
  a.figure.value === b.figure.value && a.figure.low === b.figure.low && a.figure.high === b.figure.high;

/** The earlier claims a claim is checked against: the cumulative total with the highest figure and the claim with the largest figure. */
type Earlier = { cumulative: Claim | null; largest: Claim | null };

function numericWarnings(claim: Claim, earlier: Earlier): Issue[] {
  const found: Issue[] = [];
  const figure = lowFigure(claim);
  if (figure === null) return found;
  const { cumulative, largest } = earlier;
  const cumulativeFigure = cumulative ? lowFigure(cumulative) : null;
  if (claim.kind === 'cumulative_total' && cumulative && cumulativeFigure !== null && cumulativeFigure > figure) {
    const message =
      `This cumulative total (${shown(claim)}) is below an earlier cumulative total of the same metric, ${named(cumulative)}. ` +
      'A running total should not fall: check the figure, the date and the kind.';
    found.push(issue('figure.value', 'cumulative_below_earlier', message));
  }
  const largestFigure = largest ? highFigure(largest) : null;
  if (largest && largestFigure !== null && largestFigure > 0 && figure > JUMP * largestFigure) {
    const message =
      `This figure (${shown(claim)}) is more than ${JUMP} times the largest earlier figure of the same metric, ${named(largest)}. ` +
      'Check for an extra digit, a wrong unit or a different metric.';
    found.push(issue('figure.value', 'jump_over_earlier', message));
  }
  return found;
}

function rateWarning(claim: Claim): Issue | null {
  if (claim.kind !== 'cumulative_total') return null;
  const { qualifier, unit, text } = claim.figure;
  const where = (
    [
      ['qualifier', qualifier],
      ['unit', unit],
      ['figure text', text],
    ] as const
  ).find(([, said]) => said !== null && RATE.test(said));
  if (!where) return null;
  const rate = RATE.exec(where[1] ?? '')?.[0] ?? '';
  const message =
    `This claim is a cumulative total, but its ${where[0]} "${where[1]}" reads as a rate ("${rate}"). ` +
    'A figure per period is not a running total: check the kind (reported_count or estimate) or use a per-period metric.';
  return issue('kind', 'rate_as_cumulative', message);
}

function speakerWarning(claim: Claim, sameDay: readonly Claim[]): Issue | null {
  if (!hasNumber(claim)) return null;
  const differing = sameDay.filter(
    (other) => other.id !== claim.id && hasNumber(other) && sameSpeaker(claim, other) && !sameFigure(claim, other),
  );
  if (differing.length === 0) return null;
  const list = differing.sort((a, b) => (a.id < b.id ? -1 : 1)).map(named);
  const message =
    `The same speaker gave a different figure for the same metric on the same day (${claim.claimedOn ?? ''}): ${list.join('; ')}. ` +
    'Check whether one statement was reported twice, or which figure the speaker gave.';
  return issue('figure.value', 'same_speaker_different_figure', message);
}

const compact = (list: (Issue | null)[]) => list.filter((i): i is Issue => i !== null);

/**
 * What one claim looks like against all the others (stored or imported; those with its id are
 * ignored): warnings, never refusals. O(n) in the number of others.
 */
export function crossClaimWarnings(claim: Claim, others: readonly Claim[]): Issue[] {
  const earlier: Earlier = { cumulative: null, largest: null };
  const sameDay: Claim[] = [];
  for (const other of others) {
    if (other.id === claim.id || other.metricId !== claim.metricId) continue;
    if (claim.claimedOn !== null && other.claimedOn === claim.claimedOn) sameDay.push(other);
    if (!certainlyEarlier(other, claim)) continue;
    if (other.kind === 'cumulative_total' && lowFigure(other) !== null)
      earlier.cumulative = preferred(earlier.cumulative, other, lowFigure);
    if (highFigure(other) !== null) earlier.largest = preferred(earlier.largest, other, highFigure);
  }
  return [...numericWarnings(claim, earlier), ...compact([rateWarning(claim), speakerWarning(claim, sameDay)])];
}

/**
 * The warnings of every claim of a set (ids unique), by id: the same as crossClaimWarnings for each
 * claim against the rest, in O(n log n) (claims grouped by metric, then swept in date order).
 */
export function crossClaimWarningsForAll(claims: readonly Claim[]): Map<string, Issue[]> {
  const byMetric = groupBy(claims, (c) => c.metricId);
  const result = new Map<string, Issue[]>();
  for (const group of byMetric.values()) {
    const dated = group.filter((c) => c.claimedOn !== null);
    const byEnd = dated.map((c) => ({ claim: c, end: dateSpan(c.claimedOn ?? '').end })).sort((a, b) => a.end - b.end);
    // best[k]: the earlier claims to name among the first k claims by end date.
    const best: Earlier[] = [{ cumulative: null, largest: null }];
    for (const { claim } of byEnd) {
      const last = best.at(-1) ?? { cumulative: null, largest: null };
      const cumulative =
        claim.kind === 'cumulative_total' && lowFigure(claim) !== null
          ? preferred(last.cumulative, claim, lowFigure)
          : last.cumulative;
      const largest = highFigure(claim) !== null ? preferred(last.largest, claim, highFigure) : last.largest;
      best.push({ cumulative, largest });
    }
    const sameDay = groupBy(dated, (c) => c.claimedOn ?? '');
    for (const claim of group) {
      const start = claim.claimedOn === null ? -Infinity : dateSpan(claim.claimedOn).start;
      const earlier = best[countBelow(byEnd, start)] ?? { cumulative: null, largest: null };
      const day = claim.claimedOn === null ? [] : (sameDay.get(claim.claimedOn) ?? []);
      result.set(claim.id, [
        ...numericWarnings(claim, earlier),
        ...compact([rateWarning(claim), speakerWarning(claim, day)]),
      ]);
    }
  }
  return result;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** How many entries (sorted by end) end before `start`. */
function countBelow(sorted: readonly { end: number }[], start: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.end ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
