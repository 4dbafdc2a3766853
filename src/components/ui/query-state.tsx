import type { UseQueryResult } from '@tanstack/react-query';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';
import { StatusMessage } from './status-message';

type QueryLike = Pick<
  UseQueryResult<unknown, Error>,
  'isPending' | 'isError' | 'error' | 'refetch' | 'data' | 'failureCount' | 'failureReason' | 'fetchStatus'
>;

/** What the page loads, named in the page's language. */
const SUBJECTS = {
  claims: 'common.subject.claims',
  claim: 'common.subject.claim',
  'claim summary': 'common.subject.claimSummary',
  sources: 'common.subject.sources',
  'recorded merges': 'common.subject.recordedMerges',
  merges: 'common.subject.merges',
  origin: 'common.subject.origin',
} as const satisfies Record<string, MessageKey>;

/** One of the subjects above (said in the page's language), or a name already in the page's language. */
export type QuerySubject = keyof typeof SUBJECTS | (string & {});

/** The subject's words in the page's language: a known subject translated, any other as given. */
export function subjectWords(what: QuerySubject, t: (key: MessageKey) => string): string {
  return Object.hasOwn(SUBJECTS, what) ? t(SUBJECTS[what as keyof typeof SUBJECTS]) : what;
}

interface QueryStateProps {
  query: QueryLike;
  what: QuerySubject;
}

/**
 * What to show instead of (or above) a query's data: loading (saying so when attempts failed and
 * it is retrying, or when it waits for the network), a failure with a retry, or, when a refresh
 * failed but earlier data is still shown, a warning that it may be stale. Error details are the
 * server's words, shown as it worded them.
 */
export function QueryState({ query, what: subject }: QueryStateProps) {
  const t = useT();
  const what = subjectWords(subject, t);
  const retry = { label: t('common.tryAgain'), onClick: () => void query.refetch() };
  const hasData = query.data !== undefined;
  if (query.fetchStatus === 'paused') {
    return (
      <StatusMessage
        kind="warning"
        title={hasData ? t('common.offlineShowingEarlier', { what }) : t('common.offlineWillLoad', { what })}
      >
        {t('common.offlineDetail')}
      </StatusMessage>
    );
  }
  if (query.isPending) {
    if (query.failureCount > 0 && query.failureReason) {
      return (
        <StatusMessage kind="loading" title={t('common.loadingRetrying', { what, attempt: query.failureCount })}>
          {query.failureReason.message}
        </StatusMessage>
      );
    }
    return <StatusMessage kind="loading" title={t('common.loading', { what })} />;
  }
  if (!query.isError) return null;
  if (hasData) {
    return (
      <StatusMessage kind="warning" title={t('common.refreshFailed', { what })} action={retry}>
        {query.error?.message}
      </StatusMessage>
    );
  }
  return (
    <StatusMessage kind="error" title={t('common.loadFailed', { what })} action={retry}>
      {query.error?.message}
    </StatusMessage>
  );
}
