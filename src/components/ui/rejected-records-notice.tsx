import type { RejectedRecord } from '@/api/api-client';

/** Records the API sent that break the contract: set aside, counted, each with its reason. */
export function RejectedRecordsNotice({ what, rejected }: { what: string; rejected: RejectedRecord[] }) {
  if (rejected.length === 0) return null;
  return (
    <details className="status status--warning" role="status">
      <summary>
        Data quality: {rejected.length} {what} set aside because they do not match the contract
      </summary>
      <ul>
        {rejected.map((r) => (
          <li key={r.index}>
            {r.id ? `${r.id}` : `Record #${r.index + 1}`}: {r.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
