import { FSI, graphemes, isolate, isolateLines, PDI, shorten, splitIsolates } from './isolate-text';

/** Half of a character cut in two. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('isolate', () => {
  it.each([
    ['قوات', `${FSI}قوات${PDI}`],
    ['צה"ל', `${FSI}צה"ל${PDI}`],
    // An override stays inside: the closing PDI ends it with the isolate.
    ['by \u202Eecruos', `${FSI}by \u202Eecruos${PDI}`],
    ['mark\u200F', `${FSI}mark\u200F${PDI}`],
    // A stray PDI would end ours early: it is dropped.
    [`x${PDI}\u202Ey`, `${FSI}x\u202Ey${PDI}`],
    // An isolate left open inside is closed before ours.
    ['a\u2067b', `${FSI}a\u2067b${PDI}${PDI}`],
    ['a\u2066b\u2069c', `${FSI}a\u2066b\u2069c${PDI}`],
  ])('%j -> %j', (text, expected) => expect(isolate(text)).toBe(expected));

  it.each([['about 11,000'], ['북한군 병력 — войска'], ['<script>x</script>'], ['Zero\u200Bwidth'], ['']])(
    'leaves %j, which cannot reorder anything, without marks',
    (text) => expect(isolate(text)).toBe(text),
  );
});

describe('isolateLines', () => {
  it('closes an isolate at the end of each line it spans and opens it again on the next, in the direction of the whole field', () => {
    const lines = [`[1] ${FSI}first part`, `second part${PDI} · ${FSI}NIS${PDI}`, 'plain'];
    expect(isolateLines(lines)).toEqual([
      `[1] ${FSI}first part${PDI}`,
      `\u2066second part${PDI} · ${FSI}NIS${PDI}`,
      'plain',
    ]);
  });

  it('reopens a left-to-right field left-to-right even where its rest starts with right-to-left words', () => {
    const [, second] = isolateLines([`${FSI}북한군 병력 — войска`, `— قوات (synthetic)${PDI} · after`]);
    expect(second).toBe(`\u2066— قوات (synthetic)${PDI} · after`);
  });

  it('reopens a right-to-left field right-to-left', () => {
    const [, second] = isolateLines([`${FSI}قوات الدفاع`, `(synthetic) more${PDI}`]);
    expect(second).toBe(`\u2067(synthetic) more${PDI}`);
  });

  it('leaves lines without isolates alone', () => expect(isolateLines(['a', 'b'])).toEqual(['a', 'b']));
});

describe('splitIsolates', () => {
  it('gives the plain runs and the isolated parts, without the marks', () => {
    expect(splitIsolates(`${isolate('about 11,000')} · ${isolate('قوات')}`)).toEqual([
      { text: 'about 11,000 · ', isolated: false },
      { text: 'قوات', isolated: true },
    ]);
  });

  it('keeps isolate marks nested inside a part', () => {
    expect(splitIsolates(isolate(`a${FSI}ב${PDI}c`))).toEqual([{ text: `a${FSI}ב${PDI}c`, isolated: true }]);
  });

  it('reads text without isolates as one plain run', () =>
    expect(splitIsolates('Denial')).toEqual([{ text: 'Denial', isolated: false }]));
});

describe('graphemes', () => {
  const cases: [string, string[]][] = [
    ['abc', ['a', 'b', 'c']],
    ['e\u0301x', ['e\u0301', 'x']],
    ['𝒳y', ['𝒳', 'y']],
    ['한국', ['한', '국']],
  ];
  it.each(cases)('%j with Intl.Segmenter', (text, expected) => expect(graphemes(text)).toEqual(expected));
  it.each(cases)('%j without it', (text, expected) => expect(graphemes(text, null)).toEqual(expected));
  it('keeps an emoji sequence whole with Intl.Segmenter', () => expect(graphemes('👩‍👩‍👧x')).toEqual(['👩‍👩‍👧', 'x']));

  it('splits text of one code unit per character without a segmenter exactly as Intl.Segmenter does', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    // Each range's ends and middle, from the fast path's ranges, beside characters just outside them.
    const edges = [0x20, 0x7e, 0xa0, 0x2ff, 0x370, 0x482, 0x48a, 0x52f, 0x2010, 0x2027, 0x2030, 0x205e, 0xac00, 0xd7a3];
    const outside = ['\u0300', '\u0483', '\u200d', '\u202e', '\ufe0f', '\r\n', '\u1100\u1161', '🇰🇷', '\u0489'];
    const inside = edges.flatMap((c) => [String.fromCharCode(c), String.fromCharCode(c + (c % 2 ? -1 : 1))]);
    const texts = [
      inside.join(''),
      ...inside.map((a) => `${a}a${a}`),
      ...outside.flatMap((o) => inside.map((a) => a + o + a)),
    ];
    const differing = texts.filter(
      (t) => JSON.stringify(graphemes(t)) !== JSON.stringify(Array.from(segmenter.segment(t), (x) => x.segment)),
    );
    expect(differing).toEqual([]);
  });
});

describe('shorten', () => {
  it('leaves text that fits alone', () => expect(shorten('short quote', 20)).toBe('short quote'));

  it('cuts after the last whole word, within the limit, with an ellipsis', () => {
    const text = 'We estimate that about eleven thousand soldiers are in the Kursk region now';
    const short = shorten(text, 40);
    expect(short).toBe('We estimate that about eleven thousand…');
    expect(graphemes(short).length).toBeLessThanOrEqual(40);
  });

  it('cuts a long unbroken word where the limit falls', () =>
    expect(shorten('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`));

  it.each([
    ['a surrogate pair', '𝒳'.repeat(20)],
    ['a combining sequence', 'e\u0301'.repeat(20)],
    ['an emoji sequence', '👩‍👩‍👧'.repeat(20)],
  ])('never splits %s', (_, text) => {
    const short = shorten(text, 7);
    expect(short.endsWith('…')).toBe(true);
    expect(graphemes(short.slice(0, -1)).every((g) => graphemes(text).includes(g))).toBe(true);
    expect(short).not.toMatch(LONE_SURROGATE);
  });
});
