import type { Locale } from '@/contract/locale';

/** Each language in its own words, as a language menu lists them (never translated). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어', uk: 'Українська' };
