import fc from 'fast-check';
import { QUALIFIER_BOUNDS, type QualifierBound } from '../vocabulary';
import { qualifierWarning, readQualifier } from './qualifier-bound';
import { hostileString, PROPERTY_RUNS } from '@/testing/arbitraries';

/** Known phrases and the bound each must give, whatever follows them. */
const KNOWN: readonly (readonly [string, QualifierBound])[] = [
  ['at least', 'at_least'],
  ['more than', 'at_least'],
  ['no fewer than', 'at_least'],
  ['just over', 'at_least'],
  ['in excess of', 'at_least'],
  ['reportedly more than', 'at_least'],
  ['up to', 'at_most'],
  ['fewer than', 'at_most'],
  ['less than', 'at_most'],
  ['just under', 'at_most'],
  ['below', 'at_most'],
  ['capacity for', 'at_most'],
  ['could reach', 'at_most'],
  ['if confirmed, up to', 'at_most'],
  ['potentially up to', 'at_most'],
  ['about', 'approximate'],
  ['roughly', 'approximate'],
  ['reportedly', 'approximate'],
  ['an estimated', 'approximate'],
  ['dozens of', 'approximate'],
  ['tens of thousands', 'approximate'],
  ['between', 'range'],
  ['a range of', 'range'],
  ['a total of', 'exact'],
  ['another', 'exact'],
  ['a further', 'exact'],
  ['exactly', 'exact'],
];

const VOCABULARY = [
  'troops',
  'shells',
  'containers',
  'a week',
  'per month',
  'daily',
  'in the last week',
  'alone',
  'if',
  'confirmed',
  'sent',
  'Kursk',
  'NIS',
  'said',
  'the',
  'of',
];
const HEDGES = ['reportedly', 'believed', 'possibly', 'an estimated', 'likely', 'if confirmed,', 'if true,'];
const COMPARATIVES = [
  'more than',
  'fewer than',
  'less than',
  'under',
  'over',
  'just under',
  'just over',
  'up to',
  'at least',
  'no more than',
];
const CAPACITIES = ['capacity of', 'capacity for', 'could reach', 'may reach', 'a maximum of'];
const INCREMENTS = ['another', 'a further', 'an additional', 'additional'];
const RATES = ['a week', 'per week', 'per month', 'a day', 'monthly', 'each year'];

const number = fc.integer({ min: 1, max: 5_000_000 }).map((n) => n.toLocaleString('en-US'));
const letters = (from: number, to: number) =>
  fc
    .array(
      fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code)),
      { minLength: 1, maxLength: 6 },
    )
    .map((cs) => cs.join(''));
const foreign = fc.oneof(letters(0xac00, 0xd7a3), letters(0x0430, 0x044f), letters(0x0410, 0x042f));
const punctuation = fc.constantFrom('', '.', ',', ';', '!', '?', ':', '…');
const parenthetical = fc
  .oneof(fc.constantFrom(...VOCABULARY, 'exact scale being verified'), foreign, number)
  .map((s) => ` (${s})`);

/** Random casing and runs of spaces, tabs and no-break spaces between words. */
function jumbled(text: string) {
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.array(fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \n '), { minLength: text.length, maxLength: text.length }),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(
      ([upper, spaces, edge]) =>
        edge + [...text].map((c, i) => (c === ' ' ? spaces[i] : upper[i] ? c.toUpperCase() : c)).join('') + edge,
    );
}

/** What may follow a phrase without giving a direction of its own: a number, a unit, a rate, a remark. */
const tail = fc
  .tuple(
    fc.option(number, { nil: '' }),
    fc.option(fc.constantFrom('troops', 'shells', 'containers', 'personnel'), { nil: '' }),
    fc.option(fc.constantFrom(...RATES), { nil: '' }),
    fc.option(parenthetical, { nil: '' }),
    punctuation,
  )
  .map(
    ([n, unit, rate, remark, end]) =>
      [n, unit, rate]
        .filter(Boolean)
        .map((s) => ` ${s}`)
        .join('') +
      remark +
      end,
  );

const phrasing = fc.oneof(
  fc
    .tuple(fc.constantFrom(...HEDGES), fc.constantFrom(...COMPARATIVES, ...CAPACITIES, ''), tail)
    .map((parts) => parts.join(' ')),
  fc
    .tuple(fc.constantFrom(...INCREMENTS), fc.option(fc.constantFrom(...COMPARATIVES), { nil: '' }), tail)
    .map((parts) => parts.join(' ')),
  fc
    .tuple(fc.constantFrom(...VOCABULARY, ...RATES, ...COMPARATIVES), fc.constantFrom(...VOCABULARY, ...RATES), tail)
    .map((parts) => parts.join(' ')),
  fc
    .array(fc.oneof(fc.constantFrom(...VOCABULARY, ...HEDGES, ...COMPARATIVES, ...INCREMENTS), foreign, number), {
      maxLength: 6,
    })
    .map((ws) => ws.join(' ')),
  fc.tuple(foreign, tail).map((parts) => parts.join('')),
  hostileString,
);
const anyWording = phrasing.chain((text) => fc.oneof(fc.constant(text), jumbled(text)));

describe('qualifiers under generated wordings (fast-check)', () => {
  it('never throws and always gives a valid bound', () => {
    fc.assert(
      fc.property(fc.option(anyWording, { nil: null }), (wording) => {
        const reading = readQualifier(wording);
        expect(QUALIFIER_BOUNDS).toContain(reading.bound);
        if (!reading.recognised) expect(reading.bound).toBe('approximate');
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it("keeps a known phrase's bound whatever tail, casing or spacing follows", () => {
    const known = fc
      .constantFrom(...KNOWN)
      .chain(([phrase, bound]) =>
        fc
          .tuple(tail, fc.boolean())
          .chain(([end, wrapped]) =>
            jumbled(wrapped ? `(${phrase}${end})` : phrase + end).map((text) => [text, bound] as const),
          ),
      );
    fc.assert(
      fc.property(known, ([wording, bound]) => {
        expect(readQualifier(wording)).toEqual({ bound, recognised: true });
        expect(qualifierWarning(wording, 'figure.qualifier')).toBeNull();
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('warns about every unrecognised wording, quoting it, and about no other', () => {
    fc.assert(
      fc.property(anyWording, (wording) => {
        const warning = qualifierWarning(wording, 'figure.qualifier');
        if (readQualifier(wording).recognised) {
          expect(warning).toBeNull();
          return;
        }
        expect(warning).toMatchObject({ field: 'figure.qualifier', code: 'unrecognised_qualifier' });
        expect(warning?.message).toContain(`Qualifier "${wording.replace(/\s+/g, ' ').trim()}"`);
        expect(warning?.message).toContain('read as approximate');
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
