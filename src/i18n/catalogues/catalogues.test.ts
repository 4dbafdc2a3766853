import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { ko } from './ko';
import { uk } from './uk';
import { REVIEWED_BY_A_SPEAKER } from './review-status';
import { placeholdersOf, tagsOf, type Message } from '../message-format';

const translations = { ko, uk } as const;
const keys = Object.keys(en) as MessageKey[];
/** Messages that read the same in every language: names and codes. */
const SAME_EVERYWHERE = new Set<string>([
  'OpenAPI',
  'CSV',
  'JSON',
  'PNG',
  'SVG',
  'PDF',
  'Claimwatch',
  'SHA-256',
  'API',
]);
const isSameEverywhere = (message: Message) =>
  typeof message === 'string' &&
  (SAME_EVERYWHERE.has(message) || !/\p{L}/u.test(message.replace(/\{[a-zA-Z0-9]+\}|<\/?[a-zA-Z0-9]+>/g, '')));
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

describe.each(Object.entries(translations))('the %s catalogue', (locale, catalogue) => {
  it('has every English key and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it('translates every message: none empty, none left in English', () => {
    const untranslated = keys.filter((key) => {
      const message = catalogue[key];
      if (forms(message).some((text) => !text?.trim())) return true;
      return !isSameEverywhere(en[key]) && JSON.stringify(message) === JSON.stringify(en[key]);
    });
    expect(untranslated).toEqual([]);
  });

  it('keeps every placeholder and tag of the English message', () => {
    const broken = keys.filter((key) => {
      const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
      return (
        !same(placeholdersOf(catalogue[key]), placeholdersOf(en[key])) || !same(tagsOf(catalogue[key]), tagsOf(en[key]))
      );
    });
    expect(broken).toEqual([]);
  });

  it('gives a count message every plural form the language has', () => {
    const rules = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing = keys.filter((key) => {
      const message = catalogue[key];
      if (typeof en[key] === 'string') return typeof message !== 'string';
      return typeof message === 'string' || rules.some((form) => message[form] === undefined);
    });
    expect(missing).toEqual([]);
  });

  it('lists as reviewed only keys that exist', () => {
    const reviewed = REVIEWED_BY_A_SPEAKER[locale as keyof typeof REVIEWED_BY_A_SPEAKER];
    expect(reviewed.filter((key) => !(key in en))).toEqual([]);
  });
});

describe('the English catalogue', () => {
  it('gives a count message the forms one and other', () => {
    const plural = keys.filter((key) => typeof en[key] !== 'string');
    expect(plural.filter((key) => forms(en[key]).length < 2)).toEqual([]);
  });
});
