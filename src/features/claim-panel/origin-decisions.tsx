import type { OriginDecision } from '@/contract/origins/origin-schema';
import { formatPartialDate } from '@/lib/format';
import { ORIGIN_ACTION_LABELS } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

const dayOf = (at: string) => (/^\d{4}-\d{2}-\d{2}/.test(at) ? formatPartialDate(at.slice(0, 10)) : at);

/** Whether an analyst confirmed the grouping, and every decision that shaped it, oldest first. */
export function OriginDecisions({ confirmed, decisions }: { confirmed: boolean; decisions: OriginDecision[] }) {
  const t = useT();
  return (
    <>
      <p>{confirmed ? t('panel.groupingConfirmed') : t('panel.groupedByRule')}</p>
      {decisions.length > 0 ? (
        <>
          <h4>{t('panel.recordedDecisions')}</h4>
          <ol className="history">
            {decisions.map((d, i) => (
              <li key={i}>
                <span className="history__date">
                  <time dateTime={d.at}>{dayOf(d.at)}</time>
                </span>{' '}
                <strong>{ORIGIN_ACTION_LABELS[d.action]}</strong> ({d.claimIds.join(', ')})
                <p>
                  <DataText text={d.rationale} />
                </p>
                <p className="muted">
                  {d.by ? (
                    <RichText text={t('panel.recordedBy')} tags={{ by: () => <DataText text={d.by ?? ''} /> }} />
                  ) : (
                    t('panel.recorderNotNamed')
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
