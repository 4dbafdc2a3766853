import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { claimQueries } from '@/api/queries/claim-queries';
import { metricQueries } from '@/api/queries/reference-queries';
import { sessionQueries } from '@/api/queries/session-queries';
import { QueryState } from '@/components/ui/query-state';
import { StatusMessage } from '@/components/ui/status-message';
import { ClaimForm } from '@/features/claim-editor/claim-form';
import { useAuthToken } from '@/stores/auth-store';
import { useClaimPanelActions } from '@/stores/claim-panel-store';
import { paths } from '../paths';

/** /claims/new and /claims/:id/edit: the claim form, for signed-in analysts on a server that takes writes. */
export function ClaimEditorRoute() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { claimOpened } = useClaimPanelActions();
  const session = useQuery(sessionQueries.current(useAuthToken()));
  const metrics = useQuery(metricQueries.list());
  const claim = useQuery({ ...claimQueries.detail(id ?? ''), enabled: id !== undefined });
  const role = session.data?.user?.role;
  if (!(session.data?.writes === true && (role === 'analyst' || role === 'admin'))) {
    return (
      <StatusMessage kind="warning" title="Sign in as an analyst to add or edit claims">
        The mock API of the static demo is read-only.
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
