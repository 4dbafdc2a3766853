import { formatPartialDate } from '@/lib/format';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

/** Says loudly that the view is of the past, and how to leave it. */
export function AsOfBanner({ day, onLeave }: { day: string; onLeave: () => void }) {
  const t = useT();
  return (
    <div className="as-of-banner" role="status">
      <p>
        <RichText
          text={t('common.asOfBanner', { date: formatPartialDate(day) })}
          tags={{ strong: (inner) => <strong>{inner}</strong> }}
        />
      </p>
      <button type="button" className="button button--quiet" onClick={onLeave}>
        {t('common.backToToday')}
      </button>
    </div>
  );
}
