import { useSearchParams } from 'react-router';
import { isLocale, LANG_PARAM, LOCALES } from '@/contract/locale';
import { LOCALE_NAMES } from '@/i18n/locale-names';
import { useLocale } from '@/i18n/locale-store';
import { rememberLocale, switchPageLocale } from '@/i18n/page-locale';
import { useT } from '@/i18n/translate';

/** The page's language: English, Korean or Ukrainian, remembered in this browser and named in the address. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const [, setSearchParams] = useSearchParams();
  const choose = (value: string) => {
    if (!isLocale(value)) return;
    rememberLocale(value);
    // The page switches at once; the address follows, so that a link shared from it keeps the language.
    void switchPageLocale(value).then(() =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(LANG_PARAM, value);
          return next;
        },
        { replace: true },
      ),
    );
  };
  return (
    <label className="theme-switch">
      {t('shell.language')}
      <select value={locale} onChange={(e) => choose(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
