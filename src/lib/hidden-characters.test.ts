import { hiddenCharacters } from './hidden-characters';

describe('hiddenCharacters', () => {
  it.each([
    ['plain text', []],
    ['북한군 войска قوات', []],
    ['Zero\u200Bwidth\u200Djoined\uFEFF', ['U+200B', 'U+200D', 'U+FEFF']],
    ['by \u202Eecruos\u202C', ['U+202E', 'U+202C']],
    ['isolate \u2066x\u2069 and soft\u00ADhyphen', ['U+2066', 'U+2069', 'U+00AD']],
  ])('%j -> %j', (text, expected) => {
    expect(hiddenCharacters(text)).toEqual(expected);
  });
});
