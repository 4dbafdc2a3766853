import type { Locale } from '@/contract/locale';
import { en, type Catalogue } from './catalogues/en';

/** The catalogue of `locale`: English is in the bundle; Korean and Ukrainian are chunks of their own, loaded once. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  switch (locale) {
    case 'ko':
      return import('./catalogues/ko').then((m) => m.ko);
    case 'uk':
      return import('./catalogues/uk').then((m) => m.uk);
    default:
      return Promise.resolve(en);
  }
}
