import { useLocale } from '@/i18n/locale-store';
import { useT } from '@/i18n/translate';

/** In a language other than English: says that its translation was drafted by machine and not yet reviewed. */
export function MachineDraftedNotice() {
  const t = useT();
  const locale = useLocale();
  if (locale === 'en') return null;
  return <p className="app-header__translation-note">{t('shell.machineDrafted')}</p>;
}
