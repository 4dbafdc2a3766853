import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '@/contract/dataset-schema';
import { en } from './catalogues/en';
import { ko } from './catalogues/ko';
import { activateLocale } from './locale-store';
import { referenceText } from './reference-text';

afterEach(() => activateLocale('en', en));

const datasetTexts = () => {
  const { metrics, events } = JSON.parse(readFileSync('data/default-dataset.json', 'utf8')) as Dataset;
  return new Set([
    ...metrics.flatMap((m) => [m.label, m.unit, m.description, m.chartGroup.label]),
    ...events.flatMap((e) => [e.label, e.description]),
  ]);
};

describe('referenceText', () => {
  it('translates only text the default dataset has: no key goes stale when the data is reworded', () => {
    const texts = datasetTexts();
    const keys = Object.keys(en)
      .filter((key) => key.startsWith('reference.'))
      .map((key) => key.slice('reference.'.length));
    expect(keys.filter((text) => !texts.has(text))).toEqual([]);
    expect(keys.length).toBe(texts.size);
  });

  it('shows the page language for Claimwatch’s own words and any other text as written', () => {
    activateLocale('ko', ko);
    expect(referenceText('Troops in Russia')).toBe('러시아 내 병력');
    expect(referenceText('A metric an analyst added')).toBe('A metric an analyst added');
    expect(referenceText('constructor')).toBe('constructor');
    activateLocale('en', en);
    expect(referenceText('Troops in Russia')).toBe('Troops in Russia');
  });
});
