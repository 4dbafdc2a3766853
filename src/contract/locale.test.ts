import { describe, expect, it } from 'vitest';
import { acceptedLanguages, addressWithLocale, localeOfSearch, negotiateLocale, preferredLocale } from './locale';

describe('choosing the language', () => {
  it('reads Accept-Language by quality, dropping q=0 and wildcards', () => {
    expect(acceptedLanguages('fr;q=0.5, ko-KR, uk;q=0, *;q=0.1, en;q=0.8')).toEqual(['ko-KR', 'en', 'fr']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('takes the first language Claimwatch speaks, else English', () => {
    expect(preferredLocale(['fr-FR', 'uk-UA', 'ko'])).toBe('uk');
    expect(preferredLocale(['de'])).toBe('en');
  });

  it('prefers the address, then the remembered choice, then the browser', () => {
    const base = { param: null, cookie: undefined, acceptLanguage: ['ko'] };
    expect(negotiateLocale(base)).toBe('ko');
    expect(negotiateLocale({ ...base, cookie: 'a=1; claimwatch-lang=uk' })).toBe('uk');
    expect(negotiateLocale({ ...base, cookie: 'claimwatch-lang=uk', param: 'en' })).toBe('en');
    expect(negotiateLocale({ ...base, param: 'xx', cookie: 'claimwatch-lang=zz' })).toBe('ko');
  });

  it('reads the page language from the address', () => {
    expect(localeOfSearch('?state=corroborated&lang=uk')).toBe('uk');
    expect(localeOfSearch('?lang=<script>')).toBe('en');
  });

  it('names the language in an address only where it is missing and not English', () => {
    expect(addressWithLocale(new URL('http://x/table?state=unverified#a'), 'ko')).toBe(
      '/table?state=unverified&lang=ko#a',
    );
    expect(addressWithLocale(new URL('http://x/?lang=en'), 'ko')).toBeNull();
    expect(addressWithLocale(new URL('http://x/'), 'en')).toBeNull();
  });
});
