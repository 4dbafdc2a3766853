import type { Locale } from '@/contract/locale';
import type { Catalogue } from './catalogues/en';
import { enCore } from './catalogues/en-core';

/**
 * The catalogue of `locale` the browser starts with: English's first-view messages are in the bundle; Korean's and
 * Ukrainian's are chunks of their own, loaded once. Pages with a route of their own add theirs (page-messages.ts).
 * The server has every message of every language at hand (its bundle's size does not matter).
 */
export function loadCatalogue(locale: Locale): Promise<Partial<Catalogue>> {
  if (import.meta.env.SSR) return import('./catalogues/every-catalogue').then((m) => m.EVERY_CATALOGUE[locale]);
  switch (locale) {
    case 'ko':
      return import('./catalogues/ko-core').then((m) => m.koCore);
    case 'uk':
      return import('./catalogues/uk-core').then((m) => m.ukCore);
    default:
      return Promise.resolve(enCore);
  }
}
