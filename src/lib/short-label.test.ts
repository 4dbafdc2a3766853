import { describe, expect, it } from 'vitest';
import { makeClaim } from '@/testing/make-claim';
import { claimLabel, shortFigure, shortSpeaker } from './short-label';

/** Half of a character cut in two. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('shortFigure', () => {
  it.each([
    [{ value: 11000, qualifier: 'about', bound: 'approximate' }, 'about 11,000'],
    [{ value: 12000, qualifier: null, bound: 'exact' }, '12,000'],
    [{ value: 3000000, qualifier: 'up to (if all 152mm); 500,000 if all 122mm', bound: 'at_most' }, 'up to 3 million'],
    [{ value: 4800000, qualifier: 'up to', bound: 'at_most' }, 'up to 4.8 million'],
    [
      {
        value: null,
        low: 1000,
        high: 3000,
        qualifier: 'more than 1,000 (exact scale being verified)',
        bound: 'at_least',
      },
      '1,000–3,000',
    ],
    [
      { value: null, text: 'several hundred casualties', qualifier: null, bound: 'exact' },
      'several hundred casualties',
    ],
    [{ value: 50, qualifier: 'about half', bound: 'approximate', unit: 'percent' }, 'about half (50%)'],
    [{ value: 40, qualifier: 'as much as', bound: 'at_most', unit: 'percent' }, 'as much as 40%'],
  ] as const)('%j reads "%s"', (figure, expected) => {
    expect(shortFigure({ ...makeClaim().figure, low: null, high: null, text: null, ...figure })).toBe(expected);
  });
});

describe('shortSpeaker', () => {
  const speaker = makeClaim().speaker;
  it('takes an acronym in brackets', () =>
    expect(
      shortSpeaker({ ...speaker, name: 'Lee Seong-kweun', organisation: 'National Intelligence Service (NIS)' }),
    ).toBe('NIS'));
  it('takes a family name', () =>
    expect(
      shortSpeaker({
        ...speaker,
        name: 'Volodymyr Zelensky',
        organisation: 'Office of the President of Ukraine',
        country: 'UA',
      }),
    ).toBe('Zelensky'));
  it('keeps a Korean name whole, family name first', () =>
    expect(
      shortSpeaker({ ...speaker, name: 'Shin Won-sik', organisation: 'Ministry of National Defense', country: 'KR' }),
    ).toBe('Shin Won-sik'));
  it('shortens a long organisation at a word', () =>
    expect(
      shortSpeaker({ ...speaker, name: null, organisation: 'Multilateral Sanctions Monitoring Team (11 states)' }),
    ).toBe('Multilateral Sanctions…'));
  it('keeps a short organisation', () =>
    expect(shortSpeaker({ ...speaker, name: null, organisation: 'Kremlin' })).toBe('Kremlin'));
});

describe('shortSpeaker with hostile-but-valid names', () => {
  const speaker = makeClaim().speaker;
  it('shortens a long unbroken name', () =>
    expect(shortSpeaker({ ...speaker, name: 'x'.repeat(200), country: 'UA' })).toBe(`${'x'.repeat(23)}…`));
  it('never splits a character when shortening', () => {
    const short = shortSpeaker({ ...speaker, name: null, organisation: '𝒳'.repeat(40) });
    expect(short).toBe(`${'𝒳'.repeat(23)}…`);
    expect(short).not.toMatch(LONE_SURROGATE);
  });
});

describe('claimLabel', () => {
  it('says figure, speaker, kind and state', () => {
    const claim = makeClaim({ kind: 'projection_warning' });
    const { text, tag } = claimLabel(claim);
    expect(text).toContain(' · ');
    expect(tag).toMatch(/^warning, /);
  });

  it('isolates the figure and the speaker each (where they could reorder anything), not the separator between them', () => {
    const claim = makeClaim({ speaker: { ...makeClaim().speaker, name: null, organisation: 'قوات الدفاع' } });
    expect(claimLabel(claim).text).toBe('1,000 · \u2068قوات الدفاع\u2069');
  });
});
