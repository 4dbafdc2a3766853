import { LANG_PARAM } from '@/contract/locale';

/**
 * `to` (a path, with or without its own query and hash) keeping the page's language: the `lang=` of `currentSearch`
 * (the address the reader is on) is added unless `to` names a language itself. A link within the app never drops it.
 */
export function withLang(to: string, currentSearch: string | URLSearchParams): string {
  const lang = (typeof currentSearch === 'string' ? new URLSearchParams(currentSearch) : currentSearch).get(LANG_PARAM);
  if (lang === null) return to;
  const url = new URL(to, 'http://x');
  if (url.searchParams.has(LANG_PARAM)) return to;
  url.searchParams.set(LANG_PARAM, lang);
  return `${url.pathname}${url.search}${url.hash}`;
}
