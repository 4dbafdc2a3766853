import { readFileSync } from 'node:fs';
import { qualifierBound } from './qualifier-bound';

describe('qualifierBound', () => {
  it.each([
    [null, 'exact'],
    ['', 'exact'],
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
    ["conservative range; 'at least 4 million'", 'approximate'],
    ['a thousand (in the last week alone)', 'approximate'],
    ['at least', 'at_least'],
    ['more than', 'at_least'],
    ['more than 1,000 (exact scale being verified)', 'at_least'],
    ['over', 'at_least'],
    ['exceeded', 'at_least'],
    ['up to', 'at_most'],
    ['up to (if all 152mm); 500,000 if all 122mm', 'at_most'],
    ['as many as', 'at_most'],
    ['as much as', 'at_most'],
    ['some wording nobody has used yet', 'approximate'],
  ] as const)('%j -> %s', (qualifier, bound) => {
    expect(qualifierBound(qualifier)).toBe(bound);
  });

  it('covers every qualifier in the research notes', () => {
    const notes = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as { qualifier: string | null }[];
    const tested = new Set(['about', 'around', 'approximately', 'nearly', 'some', 'about half', 'about (nearly 40%)', "conservative range; 'at least 4 million'", 'a thousand (in the last week alone)', 'at least', 'more than', 'more than 1,000 (exact scale being verified)', 'over', 'exceeded', 'up to', 'up to (if all 152mm); 500,000 if all 122mm', 'as many as', 'as much as', 'a total of', 'already', 'already arrived', 'soon']);
    const untested = [...new Set(notes.map((n) => n.qualifier).filter((q): q is string => q !== null))].filter((q) => !tested.has(q));
    expect(untested).toEqual([]);
  });
});
