import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { claimQueries } from '@/api/queries/claim-queries';
import { metricQueries } from '@/api/queries/reference-queries';
import { useSession } from '@/api/queries/use-session';
import { QueryState } from '@/components/ui/query-state';
import { StatusMessage } from '@/components/ui/status-message';
import { ClaimForm } from '@/features/claim-editor/claim-form';
import { useClaimPanelActions } from '@/stores/claim-panel-store';
import { paths } from '@/config/paths';
import { useT } from '@/i18n/translate';

/** /claims/new and /claims/:id/edit: the claim form, for signed-in analysts on a server that takes writes. */
export function ClaimEditorRoute() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { claimOpened } = useClaimPanelActions();
  const { canWrite } = useSession();
  const metrics = useQuery(metricQueries.list());
  const claim = useQuery({ ...claimQueries.detail(id ?? ''), enabled: id !== undefined });
  if (!canWrite) {
    return (
      <StatusMessage kind="warning" title={t('editor.signInRequired')}>
        {t('editor.readOnlyDemo')}
      </StatusMessage>
    );
  }
  if (id !== undefined && !claim.data) return <QueryState query={claim} what="claim" />;
  return (
    <ClaimForm
      key={id ?? 'new'}
      original={claim.data ?? null}
      metrics={metrics.data?.metrics ?? []}
      onCancel={() => navigate(-1)}
      onSaved={(savedId) => {
        navigate(paths.table);
        claimOpened(savedId);
      }}
    />
  );
}
