import { issue, type Issue } from '../issue-schema';
import type { QualifierBound } from '../vocabulary';

/** What a qualifier's wording makes of the figure, and whether Claimwatch knows the wording. */
export type QualifierReading = { bound: QualifierBound; recognised: boolean };

const words = (list: string) => list.split('|');

/**
 * Phrases that settle the bound when a wording starts with them (as whole words, case and spacing
 * aside): "more than 1,000 (exact scale being verified)" starts with "more than". The longest wins.
 */
const SETTLING: Record<QualifierBound, readonly string[]> = {
  at_least: words(
    'at least|at the very least|at the least|at minimum|at a minimum|a minimum of|minimum of|minimum|min|more than|well more than|' +
      'much more than|far more than|over|well over|just over|slightly over|above|well above|just above|in excess of|' +
      'well in excess of|upwards of|upward of|no fewer than|no less than|not fewer than|not less than|not under|not below|' +
      'greater than|higher than|north of|exceeded|exceeding|exceeds|exceed|surpassed|surpassing|surpasses|beyond|topped|' +
      // "conservative range; 'at least 4 million'": the speaker gives the range as a floor.
      'conservative range|conservative estimate|conservatively|a conservative|>|>=|≥',
  ),
  at_most: words(
    'up to|as many as|as much as|as high as|as large as|at most|at the most|at the very most|no more than|not more than|' +
      'no greater than|not exceeding|not to exceed|fewer than|less than|under|just under|well under|slightly under|below|' +
      'just below|well below|a maximum of|maximum of|maximum|max|capacity of|capacity for|a capacity of|capable of|' +
      'could reach|might reach|may reach|could total|could number|potentially up to|just shy of|shy of|short of|' +
      'just short of|a ceiling of|capped at|<|<=|≤',
  ),
  approximate: words(
    'about|just about|around|round about|approximately|approximate|an approximate|approx|roughly|rough|a rough|nearly|' +
      'almost|some|close to|close on|circa|c.|ca.|ca|~|≈|±|more or less|in the region of|in the neighbourhood of|' +
      'in the neighborhood of|in the vicinity of|on the order of|of the order of|in the order of|order of|in the range of|' +
      'something like|give or take|or so|the equivalent of|equivalent to|ballpark|' +
      // A round number said in words ("a thousand (in the last week alone)") is not a count to the unit.
      'a hundred|a thousand|a million|several|dozens of|dozens|hundreds of|hundreds|thousands of|thousands|' +
      'tens of thousands|hundreds of thousands|millions of|millions|a few|a couple of|a couple|a number of|numerous|many|' +
      'a large number of|a handful of|half|a half|a third|a quarter|two thirds|three quarters',
  ),
  range: words('between|anywhere between|somewhere between|a range of|range of|ranging from|range'),
  exact: words('exactly|precisely|exact|precise|an exact|a precise'),
};

/**
 * Phrases that may come before the settling one ("reportedly more than", "a further up to",
 * "by 2025, up to"): read past them. Alone, hedges read as approximate and increments or totals
 * as the number stated; time windows ("over the past") settle nothing.
 */
const LEAD_INS: Record<'approximate' | 'exact' | 'none', readonly string[]> = {
  approximate: words(
    'reportedly|reported|reported to be|reported at|reported as|allegedly|alleged|purportedly|apparently|believed|' +
      'believed to be|thought|thought to be|suspected|suspected to be|likely|most likely|likely to be|possibly|probably|' +
      'perhaps|maybe|potentially|presumably|estimated|estimated at|estimated to be|an estimated|est|est.|said to be|' +
      'put at|claimed|could be|may be|might be|would be|could|may|might|if confirmed|if true|if accurate|if verified|' +
      'if correct|unconfirmed|unverified|rumoured|rumored|projected|a projected|expected|expected to be|an expected',
  ),
  exact: words(
    'a total of|total of|total|in total|totalling|totaling|a combined|combined|already|so far|to date|as of|up to now|' +
      'soon|a further|further|another|additional|an additional|an extra|extra|a new|new|fresh|cumulative|cumulatively|' +
      'officially|only|just|all|a full|full',
  ),
  none: words(
    'over the past|over the last|over the course of|over the next|in the past|in the last|in the next|during the past|' +
      'during the last|within|by|by the end of|as at',
  ),
};

/** Phrases that give a direction from inside a wording that starts with none ("10,000 or more", "12,000, reportedly"). */
const CONTAINED: Record<QualifierBound, readonly string[]> = {
  at_least: words(
    'or more|and more|or over|and over|and above|or above|plus|and counting|at least|more than|in excess of|upwards of|' +
      'no fewer than|no less than|not less than|a minimum of|at minimum',
  ),
  at_most: words(
    'or fewer|or less|or below|and below|at most|at the most|up to|no more than|not more than|as many as|as much as|a maximum of|at maximum',
  ),
  approximate: words(
    'or so|give or take|more or less|approximately|approx|roughly|about|reportedly|estimated|an estimated|~|≈|±',
  ),
  range: words('between'),
  exact: words('in total|exactly|precisely'),
};

type Phrase = { text: string; bound: QualifierBound | null; leadIn: boolean };
const byLength = (a: Phrase, b: Phrase) => b.text.length - a.text.length;
const entries = <K extends string>(table: Record<K, readonly string[]>) =>
  Object.entries(table) as [K, readonly string[]][];
const LEADING: readonly Phrase[] = [
  ...entries(SETTLING).flatMap(([bound, list]) => list.map((text) => ({ text, bound, leadIn: false }))),
  ...entries(LEAD_INS).flatMap(([bound, list]) =>
    list.map((text) => ({ text, bound: bound === 'none' ? null : bound, leadIn: true })),
  ),
].sort(byLength);
const INSIDE: readonly Phrase[] = entries(CONTAINED)
  .flatMap(([bound, list]) => list.map((text) => ({ text, bound, leadIn: false })))
  .sort(byLength);

/** "if all 152mm, …", "assuming the rate holds: …": a leading condition hedges what follows. */
const CONDITION = /^(?:if|assuming|provided|should|unless|once|when|in case)\b(?:[^,;:]|[,.](?=\d))*[,;:](?!\d)\s*/;
const FROM_TO = /^(?:anywhere |somewhere )?from\b.*\d.*(?:\bto\b|[–-]).*\d/;
const NUMBER_RANGE = /\d\s*(?:k|m|bn|thousand|million|billion)?\s*(?:[–-]|to)\s*~?\d/;
/** "10,000+" or a lone "+" is a floor; "+3,000" is an increment, the number as stated. */
const PLUS_FLOOR = /\+(?!\s*\d)/;
const PLUS_INCREMENT = /(?:^|\s)\+\s*\d/;
const SEPARATORS = /^[\s,;:–.-]+/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Qualifiers are at most 200 characters in the contract; reading further only costs time. */
const MAX_READ = 400;

function normalise(wording: string): string {
  return wording
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[‐‑‒–—―−]/g, '–')
    .replace(/(?<=\p{L})[-–](?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'`‘’“”«»‹›([{*•·]+/, '')
    .trim()
    .slice(0, MAX_READ);
}

function phraseAt(text: string, at: number, phrase: string): boolean {
  if (!text.startsWith(phrase, at)) return false;
  const wordy = (ch: string) => ch !== '' && WORD_CHAR.test(ch);
  if (wordy(phrase.charAt(0)) && wordy(text.charAt(at - 1))) return false;
  return !(wordy(phrase.charAt(phrase.length - 1)) && wordy(text.charAt(at + phrase.length)));
}

/** The bound the phrases inside a wording give: a floor and a ceiling together make a range. */
function containedBound(text: string): QualifierBound | null {
  const found = new Set<QualifierBound>();
  const plain = text.replace(/\([^()]*\)/g, ' ');
  if (NUMBER_RANGE.test(plain)) found.add('range');
  if (PLUS_FLOOR.test(plain)) found.add('at_least');
  if (PLUS_INCREMENT.test(plain)) found.add('exact');
  for (let at = 0; at < plain.length; at += 1) {
    const hit = INSIDE.find((p) => phraseAt(plain, at, p.text));
    if (hit?.bound) {
      found.add(hit.bound);
      at += hit.text.length - 1;
    }
  }
  if (found.has('range') || (found.has('at_least') && found.has('at_most'))) return 'range';
  return (['at_least', 'at_most', 'approximate', 'exact'] as const).find((b) => found.has(b)) ?? null;
}

/** A floor with a ceiling after it ("at least 10,000 and up to 12,000"), or the reverse, is a range. */
function settled(bound: QualifierBound, after: string): QualifierBound {
  if (bound !== 'at_least' && bound !== 'at_most') return bound;
  const later = containedBound(after);
  return later === (bound === 'at_least' ? 'at_most' : 'at_least') ? 'range' : bound;
}

/**
 * What a qualifier makes of the figure: a floor ("more than 10,000"), a ceiling ("up to", "fewer
 * than"), a range ("between … and …"), an approximation ("about", "reportedly") or the number as
 * stated (no qualifier, or "a total of"). Qualifiers are open vocabulary: a wording Claimwatch does
 * not know reads as approximate (never more certain than it is), unrecognised, and never throws.
 */
export function readQualifier(wording: string | null): QualifierReading {
  if (typeof wording !== 'string' || wording.trim() === '') return { bound: 'exact', recognised: true };
  let rest = normalise(wording);
  let alone: QualifierBound | null = null;
  for (;;) {
    if (FROM_TO.test(rest)) return { bound: 'range', recognised: true };
    const condition = CONDITION.exec(rest);
    const hit = condition ? null : LEADING.find((p) => phraseAt(rest, 0, p.text));
    if (!condition && !hit) break;
    if (hit && !hit.leadIn && hit.bound)
      return { bound: settled(hit.bound, rest.slice(hit.text.length)), recognised: true };
    const said = condition ? 'approximate' : (hit?.bound ?? null);
    if (said) alone = alone === 'approximate' || said === 'approximate' ? 'approximate' : 'exact';
    rest = rest.slice(condition ? condition[0].length : (hit?.text.length ?? rest.length)).replace(SEPARATORS, '');
  }
  const bound = containedBound(rest) ?? alone;
  return bound ? { bound, recognised: true } : { bound: 'approximate', recognised: false };
}

/** The bound alone, for callers that do not report (the CSV import, the claim editor). */
export function qualifierBound(wording: string | null): QualifierBound {
  return readQualifier(wording).bound;
}

/** A warning for a wording Claimwatch does not recognise (kept as written, read as approximate); null otherwise. */
export function qualifierWarning(wording: string | null, field: string): Issue | null {
  if (wording === null || readQualifier(wording).recognised) return null;
  const shown = wording.replace(/\s+/g, ' ').trim();
  return issue(
    field,
    'unrecognised_qualifier',
    `Qualifier "${shown}" is not one Claimwatch recognises; it was kept as written and read as approximate. ` +
      'Check whether the figure is a floor, a ceiling or a range.',
  );
}
