/* The languages Claimwatch speaks, and how a request or a browser chooses one. No React, no DOM: the server uses it. */

/** English (the default and the source language), Korean and Ukrainian. */
export const LOCALES = ['en', 'ko', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The URL parameter that carries the language, so that a shared link keeps it. */
export const LANG_PARAM = 'lang';
/** The cookie that remembers a language chosen in the switcher (read by the server to render in it). */
export const LANG_COOKIE = 'claimwatch-lang';

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value);

/** The locale a BCP 47 tag falls in ("ko-KR" → ko, "uk" → uk, "en-GB" → en), or null for any other language. */
export function localeOfTag(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

/** The first of `tags` (most preferred first) that Claimwatch speaks, else English. */
export function preferredLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** An Accept-Language header's tags, most preferred first ("ko-KR,ko;q=0.9,en;q=0.8" → ko-KR, ko, en); q=0 drops one. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      const quality = q === undefined ? 1 : Number(q);
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The language remembered in a Cookie header, if any. */
export function rememberedLocale(cookieHeader: string | null | undefined): Locale | null {
  const match = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=([a-z]{2})(?:;|$)`).exec(cookieHeader ?? '');
  return match && isLocale(match[1]) ? match[1] : null;
}

/**
 * The language of a page: the URL's `lang=` when it names one Claimwatch speaks, else the one the reader chose
 * before (cookie), else the browser's preference, else English.
 */
export function negotiateLocale(request: {
  param: string | null;
  cookie: string | null | undefined;
  acceptLanguage: readonly string[];
}): Locale {
  if (isLocale(request.param)) return request.param;
  return rememberedLocale(request.cookie) ?? preferredLocale(request.acceptLanguage);
}

/** The language a page's address asks for: its `lang=` when Claimwatch speaks it, else English. */
export function localeOfSearch(search: string | URLSearchParams): Locale {
  const param = (typeof search === 'string' ? new URLSearchParams(search) : search).get(LANG_PARAM);
  return isLocale(param) ? param : DEFAULT_LOCALE;
}

/**
 * The address to send a reader to so that it names their language (a shared link keeps it), or null when it
 * needs none: it names a language already, or the reader's is English.
 */
export function addressWithLocale(url: URL, locale: Locale): string | null {
  if (url.searchParams.has(LANG_PARAM) || locale === DEFAULT_LOCALE) return null;
  const next = new URL(url);
  next.searchParams.set(LANG_PARAM, locale);
  return `${next.pathname}${next.search}${next.hash}`;
}
