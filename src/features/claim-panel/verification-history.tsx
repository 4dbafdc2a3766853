import type { Verification } from '@/contract/claim-schema';
import { formatPartialDate } from '@/lib/format';
import { VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';
import { useT } from '@/i18n/translate';
import { HistoryEntry } from './history-entry';

/** The claim's standing now, and every change of it, oldest first. */
export function VerificationHistory({ verification }: { verification: Verification }) {
  const t = useT();
  return (
    <section aria-labelledby="verification-heading">
      <h3 id="verification-heading">{t('panel.verification')}</h3>
      {verification.note ? (
        <p>
          <DataText text={verification.note} />
        </p>
      ) : null}
      <ol className="history">
        {verification.history.map((change, i) => (
          <HistoryEntry
            key={i}
            date={formatPartialDate(change.date, { showPrecision: true })}
            change={
              change.from
                ? `${VERIFICATION_STATE_LABELS[change.from]} → ${VERIFICATION_STATE_LABELS[change.to]}`
                : t('panel.reportedAs', { state: VERIFICATION_STATE_LABELS[change.to] })
            }
            rationale={change.rationale}
            by={change.by}
            byMessage="panel.recordedBy"
          />
        ))}
      </ol>
      {verification.contestedBy.length ? (
        <>
          <h4>{t('panel.contestedBy')}</h4>
          <ul>
            {verification.contestedBy.map((who) => (
              <li key={who}>
                <DataText text={who} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {verification.laterDevelopments ? (
        <>
          <h4>{t('panel.laterDevelopments')}</h4>
          <p>
            <DataText text={verification.laterDevelopments} />
          </p>
        </>
      ) : null}
    </section>
  );
}
