import { readFileSync } from 'node:fs';
import { qualifierBound, readQualifier } from './qualifier-bound';

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

describe('readQualifier', () => {
  it.each(IN_THE_DATA)('research notes: %j -> %s', (wording, bound) => {
    expect(readQualifier(wording)).toEqual({ bound, recognised: true });
    expect(qualifierBound(wording)).toBe(bound);
  });

  it('reads every qualifier in the research notes as the table says', () => {
    const notes: unknown = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8'));
    const inData = new Set(
      (Array.isArray(notes) ? notes : [])
        .map((n: unknown) => (typeof n === 'object' && n !== null && 'qualifier' in n ? n.qualifier : null))
        .filter((q): q is string => typeof q === 'string'),
    );
    const tested = new Set<string>(IN_THE_DATA.map(([q]) => q));
    expect(inData.size).toBeGreaterThan(0);
    expect([...inData].filter((q) => !tested.has(q))).toEqual([]);
    expect([...inData].filter((q) => !readQualifier(q).recognised)).toEqual([]);
  });
});
