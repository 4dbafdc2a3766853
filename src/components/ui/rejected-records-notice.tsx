import type { RejectedRecord } from '@/api/api-client';
import { useT } from '@/i18n/translate';
import { subjectWords, type QuerySubject } from './query-state';

/** Records the API sent that break the contract: set aside, counted, each with its reason (the API's words). */
export function RejectedRecordsNotice({ what, rejected }: { what: QuerySubject; rejected: RejectedRecord[] }) {
  const t = useT();
  if (rejected.length === 0) return null;
  return (
    <details className="status status--warning" role="status">
      <summary>{t('common.rejectedRecords', { count: rejected.length, what: subjectWords(what, t) })}</summary>
      <ul>
        {rejected.map((r) => (
          <li key={r.index}>
            {r.id ? `${r.id}` : t('common.recordNumber', { number: String(r.index + 1) })}: {r.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
