import { addressWithLocale, LANG_COOKIE, LANG_PARAM, negotiateLocale, type Locale } from '@/contract/locale';
import { loadCatalogue } from './load-catalogue';
import { activateLocale } from './locale-store';
import { neededPageMessages } from './page-messages';

/**
 * The page's language as the browser starts it, chosen as the server chooses (the address's `lang=`, else the one
 * chosen before, else the browser's). When the address names none and the reader's is not English, the address is
 * made to name it (before the router reads it), so that a link copied from the address bar keeps it.
 */
export function settlePageLocale(): Locale {
  const url = new URL(window.location.href);
  const locale = negotiateLocale({
    param: url.searchParams.get(LANG_PARAM),
    cookie: document.cookie,
    acceptLanguage: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  });
  const localised = addressWithLocale(url, locale);
  if (localised) window.history.replaceState(window.history.state, '', localised);
  return locale;
}

/** Loads `locale`'s catalogue and shows the page in it (`<html lang>` too). */
export async function switchPageLocale(locale: Locale): Promise<void> {
  const [core, pages] = await Promise.all([loadCatalogue(locale), neededPageMessages(locale)]);
  activateLocale(locale, { ...core, ...pages });
  document.documentElement.lang = locale;
}

/** Remembers the reader's choice for a year, for this site's every page (the server reads it to render in it). */
export function rememberLocale(locale: Locale): void {
  document.cookie = `${LANG_COOKIE}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
}
