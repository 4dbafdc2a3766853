import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sourceQueries } from '@/api/queries/reference-queries';
import { QueryState } from '@/components/ui/query-state';
import { MergeForm } from './merge-form';
import { RecordedMerges } from './recorded-merges';
import { SourceTable } from './source-table';
import { useT } from '@/i18n/translate';
import '@/styles/sources.css';

interface SourceRegistryPageProps {
  /** Signed in as an analyst or admin on a server that takes writes. */
  canMerge: boolean;
  /** The dashboard filtered by one source. */
  claimsHref: (id: string) => string;
}

/** Every source entity with its aliases and claim count; analysts can merge two that are one organisation. */
export function SourceRegistryPage({ canMerge, claimsHref }: SourceRegistryPageProps) {
  const t = useT();
  const sources = useQuery(sourceQueries.list());
  const [mergeFrom, setMergeFrom] = useState('');
  const list = sources.data?.sources ?? [];
  const startMerge = (id: string) => {
    setMergeFrom(id);
    document.getElementById('merge-into')?.focus();
  };
  return (
    <section aria-labelledby="sources-heading" className="sources-page">
      <h2 id="sources-heading">{t('sources.heading')}</h2>
      <p className="muted">{t('sources.intro')}</p>
      <QueryState query={sources} what="sources" />
      {sources.data ? (
        <SourceTable sources={list} claimsHref={claimsHref} onMerge={canMerge ? startMerge : undefined} />
      ) : null}
      {canMerge ? (
        sources.data ? (
          <MergeForm sources={list} from={mergeFrom} onFromChange={setMergeFrom} />
        ) : null
      ) : (
        <p className="muted">{t('sources.analystsCanMerge')}</p>
      )}
      <RecordedMerges sources={list} />
    </section>
  );
}
