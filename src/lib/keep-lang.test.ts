import { withLang } from './keep-lang';

describe('withLang', () => {
  it('adds the current address’s lang= to a path', () => {
    expect(withLang('/briefing', '?state=unverified&lang=ko')).toBe('/briefing?lang=ko');
    expect(withLang('/present?print=1', new URLSearchParams('lang=uk'))).toBe('/present?print=1&lang=uk');
    expect(withLang('/claims/a%20b/edit#x', '?lang=uk')).toBe('/claims/a%20b/edit?lang=uk#x');
  });

  it('leaves the path as it is when the address names no language, or the path names one', () => {
    expect(withLang('/briefing', '?state=unverified')).toBe('/briefing');
    expect(withLang('/briefing', '')).toBe('/briefing');
    expect(withLang('/?lang=en', '?lang=ko')).toBe('/?lang=en');
  });
});
