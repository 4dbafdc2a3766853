import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { OPEN_CLAIM_PARAM } from '@/config/paths';
import { useClaimPanelActions } from '@/stores/claim-panel-store';

/**
 * A link with ?claim=<id> (a claim opened from an embed) opens that claim's panel on arrival; the parameter then
 * leaves the address, which stays the view's own link.
 */
export function useOpenClaimFromLink(): void {
  const [params, setParams] = useSearchParams();
  const { claimOpened } = useClaimPanelActions();
  const id = params.get(OPEN_CLAIM_PARAM);
  useEffect(() => {
    if (!id) return;
    claimOpened(id);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(OPEN_CLAIM_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [id, claimOpened, setParams]);
}
