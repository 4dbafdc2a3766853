import { readFileSync } from 'node:fs';
import { qualifierBound, recogniseQualifier } from './qualifier-bound';

/** Every qualifier wording in data/research/reported-claims.json, with the bound it must give. */
const IN_THE_DATA = [
  ['a total of', 'exact'],
  ['already', 'exact'],
  ['already arrived', 'exact'],
  ['soon', 'exact'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['approximately', 'approximate'],
  ['nearly', 'approximate'],
  ['some', 'approximate'],
  ['about half', 'approximate'],
  ['about (nearly 40%)', 'approximate'],
  ['a thousand (in the last week alone)', 'approximate'],
  ['at least', 'at_least'],
  ['more than', 'at_least'],
  ['more than 1,000 (exact scale being verified)', 'at_least'],
  ['over', 'at_least'],
  ['exceeded', 'at_least'],
  ["conservative range; 'at least 4 million'", 'at_least'],
  ['up to', 'at_most'],
  ['up to (if all 152mm); 500,000 if all 122mm', 'at_most'],
  ['as many as', 'at_most'],
  ['as much as', 'at_most'],
] as const;

describe('qualifierBound', () => {
  it.each(IN_THE_DATA)('%j -> %s', (qualifier, bound) => {
    expect(qualifierBound(qualifier)).toBe(bound);
    expect(recogniseQualifier(qualifier)).toBe(bound);
  });

  it.each([
    [null, 'exact'],
    ['', 'exact'],
    ['  More  Than ', 'at_least'],
    ['Up to 3,000', 'at_most'],
    ['roughly', 'approximate'],
  ] as const)('no qualifier, case and spacing: %j -> %s', (qualifier, bound) => {
    expect(qualifierBound(qualifier)).toBe(bound);
  });

  it('reads a no-direction word as exact only when it is the whole wording', () => {
    expect(recogniseQualifier('already')).toBe('exact');
    expect(recogniseQualifier('already more than')).toBeNull();
    expect(recogniseQualifier('soonish')).toBeNull();
  });

  it('matches a leading phrase on whole words only', () => {
    expect(recogniseQualifier('overall')).toBeNull();
    expect(recogniseQualifier('something like')).toBeNull();
    expect(recogniseQualifier('over 2,000')).toBe('at_least');
    expect(recogniseQualifier('some 1,500')).toBe('approximate');
  });

  it('does not recognise unknown wording; qualifierBound then reads it as approximate, never exact', () => {
    expect(recogniseQualifier('reportedly')).toBeNull();
    expect(recogniseQualifier('fewer than')).toBeNull();
    expect(qualifierBound('reportedly')).toBe('approximate');
  });

  it('covers every qualifier in the research notes', () => {
    const notes: unknown = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8'));
    const inData = new Set(
      (Array.isArray(notes) ? notes : []).map((n: unknown) => (typeof n === 'object' && n !== null && 'qualifier' in n ? n.qualifier : null)).filter((q): q is string => typeof q === 'string'),
    );
    const tested = new Set<string>(IN_THE_DATA.map(([q]) => q));
    expect(inData.size).toBeGreaterThan(0);
    expect([...inData].filter((q) => !tested.has(q))).toEqual([]);
    expect([...inData].filter((q) => recogniseQualifier(q) === null)).toEqual([]);
  });
});
