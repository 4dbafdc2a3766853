import { describe, expect, it } from 'vitest';
import { makeClaim } from '@/testing/make-claim';
import { claimLabel, shortFigure, shortSpeaker } from './short-label';

describe('shortFigure', () => {
  it.each([
    [{ value: 11000, qualifier: 'about', bound: 'approximate' }, 'about 11,000'],
    [{ value: 12000, qualifier: null, bound: 'exact' }, '12,000'],
    [{ value: 3000000, qualifier: 'up to (if all 152mm); 500,000 if all 122mm', bound: 'at_most' }, 'up to 3 million'],
    [{ value: 4800000, qualifier: 'up to', bound: 'at_most' }, 'up to 4.8 million'],
    [{ value: null, low: 1000, high: 3000, qualifier: 'more than 1,000 (exact scale being verified)', bound: 'at_least' }, '1,000–3,000'],
    [{ value: null, text: 'several hundred casualties', qualifier: null, bound: 'exact' }, 'several hundred casualties'],
    [{ value: 50, qualifier: 'about half', bound: 'approximate', unit: 'percent' }, 'about half (50%)'],
    [{ value: 40, qualifier: 'as much as', bound: 'at_most', unit: 'percent' }, 'as much as 40%'],
  ] as const)('%j reads "%s"', (figure, expected) => {
    expect(shortFigure({ ...makeClaim().figure, low: null, high: null, text: null, ...figure })).toBe(expected);
  });
});

describe('shortSpeaker', () => {
  const speaker = makeClaim().speaker;
  it('takes an acronym in brackets', () => expect(shortSpeaker({ ...speaker, name: 'Lee Seong-kweun', organisation: 'National Intelligence Service (NIS)' })).toBe('NIS'));
  it('takes a family name', () => expect(shortSpeaker({ ...speaker, name: 'Volodymyr Zelensky', organisation: 'Office of the President of Ukraine', country: 'UA' })).toBe('Zelensky'));
  it('keeps a Korean name whole, family name first', () => expect(shortSpeaker({ ...speaker, name: 'Shin Won-sik', organisation: 'Ministry of National Defense', country: 'KR' })).toBe('Shin Won-sik'));
  it('shortens a long organisation at a word', () =>
    expect(shortSpeaker({ ...speaker, name: null, organisation: 'Multilateral Sanctions Monitoring Team (11 states)' })).toBe('Multilateral Sanctions…'));
  it('keeps a short organisation', () => expect(shortSpeaker({ ...speaker, name: null, organisation: 'Kremlin' })).toBe('Kremlin'));
});

it('claimLabel says figure, speaker, kind and state', () => {
  const claim = makeClaim({ kind: 'projection_warning' });
  const { text, tag } = claimLabel(claim);
  expect(text).toContain(' · ');
  expect(tag).toMatch(/^warning, /);
});
