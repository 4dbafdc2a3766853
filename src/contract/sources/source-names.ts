/*
 * How an attribution as written ("South Korean intelligence (NIS, per outlets)") is read for
 * matching: a normalised key, its head without reporting tails, a leading country word, acronyms.
 */

const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`]/g;
const MARKS = /[\u0300-\u036f]/g;

/** The key two spellings share when they are the same words: case, spacing, quotes, dots, trailing punctuation and "the " ignored. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(DOUBLE_QUOTES, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim()
    .replace(/^'+|'+$/g, '')
    .replace(/[\s,;:!?…\-–—]+$/, '')
    .replace(/^the /, '')
    .trim();
}

const REPORTING = String.raw`(?:per|citing|via|according to|as reported by|reported by|quoted by|cited by)`;
const TAIL_IN_PARENS = new RegExp(String.raw`\s*,\s*${REPORTING}\b[^()]*(?=\))`, 'gi');
const PARENS_TAIL = new RegExp(String.raw`\s*\(\s*${REPORTING}\b[^()]*\)`, 'gi');
const TRAILING_TAIL = new RegExp(String.raw`(?:\s*,\s*|\s+)${REPORTING}\s.*$`, 'i');

/**
 * The organisation an attribution names first, without how the report got it: "NIS, per Yonhap",
 * "NIS (citing officials)", "NIS; ROK military officials", "NIS via Reuters", "NIS - Yonhap" → "NIS".
 * "South Korean intelligence (NIS, per outlets)" keeps the acronym: "South Korean intelligence (NIS)".
 */
export function attributionHead(written: string): string {
  const head = (written.split(';')[0] ?? '')
    .replace(TAIL_IN_PARENS, '')
    .replace(PARENS_TAIL, '')
    .replace(TRAILING_TAIL, '')
    .replace(/\s+[-–—]+\s.*$/, '')
    .replace(/\(\s*\)/g, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
  return head === '' ? written.trim() : head;
}

/** The name without a trailing parenthetical: "Joint Chiefs of Staff (South Korea)" → "Joint Chiefs of Staff". */
export function withoutParenthetical(name: string): string {
  const stripped = name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return stripped === '' ? name : stripped;
}

/** Words that say whose organisation it is, longest first so "North Korea's" wins over "Korea". */
const COUNTRY_WORDS: [string, string][] = (
  [
    ['KR', ["south korea's", 'south korean', 'south korea', 'republic of korea', "seoul's", 'rok']],
    ['KP', ["north korea's", 'north korean', 'north korea', "dprk's", 'dprk', "pyongyang's"]],
    ['UA', ["ukraine's", 'ukrainian', 'ukraine', "kyiv's"]],
    ['RU', ["russia's", 'russian', 'russia', "moscow's"]],
    ['US', ["united states'", 'united states', 'american', "washington's", 'us']],
    ['GB', ["britain's", 'british', "uk's", 'uk', 'united kingdom']],
    ['JP', ["japan's", 'japanese', 'japan', "tokyo's"]],
  ] as const
)
  .flatMap(([country, words]) => words.map((w): [string, string] => [w, country]))
  .sort((a, b) => b[0].length - a[0].length);

/** A leading country word taken off: "South Korea's NIS" → { rest: "NIS", country: "KR" }. */
export function withoutCountryWord(name: string): { rest: string; country: string | null } {
  const trimmed = name.trim();
  const folded = trimmed.toLowerCase().replace(SINGLE_QUOTES, "'").replace(/\./g, '');
  for (const [word, country] of COUNTRY_WORDS) {
    if (!folded.startsWith(`${word} `)) continue;
    // Find where the word ends in the original text (dots in "U.S." were dropped from `folded`).
    let seen = 0;
    let index = 0;
    while (index < trimmed.length && seen < word.length) {
      if (trimmed[index] !== '.') seen += 1;
      index += 1;
    }
    while (trimmed[index] === '.') index += 1;
    const rest = trimmed.slice(index).trim();
    if (rest !== '') return { rest, country };
  }
  return { rest: trimmed, country: null };
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
const undotted = (text: string) => text.replace(/\./g, '').trim();

/** An acronym standing alone ("NIS", "N.I.S."), or null. */
export function standaloneAcronym(text: string): string | null {
  const candidate = undotted(text);
  return ACRONYM.test(candidate) ? candidate : null;
}

/** Acronyms given in parentheses: "Defence Intelligence of Ukraine (HUR)" → ["HUR"]. */
export function parenthesisedAcronyms(text: string): string[] {
  return [...text.matchAll(/\(([^()]*)\)/g)]
    .map((m) => standaloneAcronym(m[1] ?? ''))
    .filter((a): a is string => a !== null);
}

/** Every all-capital token (2-8 characters) in the text: what "NIS Korea" shares with "NIS". */
export function capitalTokens(text: string): string[] {
  return (text.match(/\b[A-Z][A-Z0-9]{1,7}\b/g) ?? []).filter((t) => ACRONYM.test(t));
}

const STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'with', 'de', 'per']);

/** The words of a name that say something ("of", "the"… left out), normalised. */
export function nameWords(text: string): Set<string> {
  return new Set(
    normaliseName(text)
      .split(/[^\p{L}\p{N}']+/u)
      .filter((t) => t !== '' && !STOPWORDS.has(t)),
  );
}
