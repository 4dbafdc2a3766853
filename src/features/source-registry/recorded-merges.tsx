import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import type { SourceSummary } from '@/contract/responses';
import { QueryState } from '@/components/ui/query-state';
import { RejectedRecordsNotice } from '@/components/ui/rejected-records-notice';
import { StatusMessage } from '@/components/ui/status-message';
import { sourceMergeQueries } from './source-merge-queries';
import type { Locale } from '@/contract/locale';
import { currentLocale } from '@/i18n/locale-store';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
/** The day of a merge in the page's language ("3 Feb 2025" in English); a time that does not parse as written. */
function whenSaid(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const locale = currentLocale();
  let format = dateFormats.get(locale);
  if (!format) {
    // English days are written day first ("3 Feb 2025"), as everywhere in the dashboard.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** The merges made so far, newest as the server lists them; a server without merges says so in words. */
export function RecordedMerges({ sources }: { sources: readonly SourceSummary[] }) {
  const t = useT();
  const merges = useQuery(sourceMergeQueries.list());
  const nameOf = (id: string) => sources.find((s) => s.id === id)?.name ?? id;
  return (
    <section aria-labelledby="merges-heading" className="recorded-merges">
      <h3 id="merges-heading">{t('sources.recordedMerges')}</h3>
      {merges.error instanceof ApiError && merges.error.status === 501 ? (
        <StatusMessage kind="warning" title={t('sources.noMergeRecord')}>
          {merges.error.message}
        </StatusMessage>
      ) : (
        <QueryState query={merges} what="recorded merges" />
      )}
      {merges.data ? <RejectedRecordsNotice rejected={merges.data.rejected} what="merges" /> : null}
      {merges.data?.merges.length === 0 ? <p className="muted">{t('sources.noMerges')}</p> : null}
      {merges.data && merges.data.merges.length > 0 ? (
        <ol className="recorded-merges__list">
          {merges.data.merges.map((m) => (
            <li key={`${m.from}-${m.at}`}>
              <p>
                <RichText
                  text={t('sources.mergedInto')}
                  tags={{
                    from: () => <strong>{m.fromName}</strong>,
                    fromId: () => <code>{m.from}</code>,
                    into: () => <strong>{nameOf(m.into)}</strong>,
                    intoId: () => <code>{m.into}</code>,
                  }}
                />
              </p>
              <p className="muted">
                <RichText
                  text={t(m.by ? 'sources.mergedWhenBy' : 'sources.mergedWhen')}
                  tags={{
                    when: () => <time dateTime={m.at}>{whenSaid(m.at)}</time>,
                    by: () => m.by,
                    rationale: () => m.rationale,
                  }}
                />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
