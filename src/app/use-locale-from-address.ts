import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { isLocale, LANG_PARAM } from '@/contract/locale';
import { currentLocale } from '@/i18n/locale-store';
import { switchPageLocale } from '@/i18n/page-locale';

/**
 * Follows the address's `lang=` when it changes (back, forward, a link): the page switches to that language. An
 * address without one keeps the language the page has.
 */
export function useLocaleFromAddress(): void {
  const [searchParams] = useSearchParams();
  const wanted = searchParams.get(LANG_PARAM);
  useEffect(() => {
    if (isLocale(wanted) && wanted !== currentLocale()) void switchPageLocale(wanted);
  }, [wanted]);
}
