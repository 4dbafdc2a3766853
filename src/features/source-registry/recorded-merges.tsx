import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import type { SourceSummary } from '@/contract/responses';
import { QueryState } from '@/components/ui/query-state';
import { RejectedRecordsNotice } from '@/components/ui/rejected-records-notice';
import { StatusMessage } from '@/components/ui/status-message';
import { sourceMergeQueries } from './source-merge-queries';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const whenSaid = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : dateFormat.format(new Date(iso)));

/** The merges made so far, newest as the server lists them; a server without merges says so in words. */
export function RecordedMerges({ sources }: { sources: readonly SourceSummary[] }) {
  const merges = useQuery(sourceMergeQueries.list());
  const nameOf = (id: string) => sources.find((s) => s.id === id)?.name ?? id;
  return (
    <section aria-labelledby="merges-heading" className="recorded-merges">
      <h3 id="merges-heading">Recorded merges</h3>
      {merges.error instanceof ApiError && merges.error.status === 501 ? (
        <StatusMessage kind="warning" title="This server keeps no record of merges">
          {merges.error.message}
        </StatusMessage>
      ) : (
        <QueryState query={merges} what="recorded merges" />
      )}
      {merges.data ? <RejectedRecordsNotice rejected={merges.data.rejected} what="merges" /> : null}
      {merges.data?.merges.length === 0 ? <p className="muted">No merges recorded yet.</p> : null}
      {merges.data && merges.data.merges.length > 0 ? (
        <ol className="recorded-merges__list">
          {merges.data.merges.map((m) => (
            <li key={`${m.from}-${m.at}`}>
              <p>
                <strong>{m.fromName}</strong> (<code>{m.from}</code>) merged into <strong>{nameOf(m.into)}</strong> (
                <code>{m.into}</code>)
              </p>
              <p className="muted">
                <time dateTime={m.at}>{whenSaid(m.at)}</time>
                {m.by ? `, by ${m.by}` : ''}: “{m.rationale}”
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
