import { DEFAULT_LOCALE, type Locale } from './locale';

/*
 * The words of an export's metadata a reader reads, in the language the export was asked in. They live in the
 * contract (both APIs make exports and import no UI catalogue); the metadata's keys, the columns and the values stay
 * as the import reads them back. Korean and Ukrainian: machine-drafted, not yet reviewed by a speaker.
 */
export const EXPORT_WORDS: Readonly<Record<Locale, { title: string; caveat: string; noFilters: string }>> = {
  en: {
    title: 'Claimwatch export: reported claims with their sources',
    caveat: 'Each row is a claim someone made and its verification state; not an established fact.',
    noFilters: '(none)',
  },
  ko: {
    title: 'Claimwatch 내보내기: 보도된 주장과 그 출처',
    caveat: '각 행은 누군가가 한 주장과 그 검증 상태이며, 확정된 사실이 아닙니다.',
    noFilters: '(없음)',
  },
  uk: {
    title: 'Експорт Claimwatch: повідомлені твердження з їхніми джерелами',
    caveat: 'Кожен рядок — це чиєсь твердження та стан його перевірки, а не встановлений факт.',
    noFilters: '(немає)',
  },
};

export const exportWords = (locale: Locale = DEFAULT_LOCALE) => EXPORT_WORDS[locale];
