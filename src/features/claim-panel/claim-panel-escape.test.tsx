import { useLayoutEffect } from 'react';
import { act, renderHook, screen } from '@testing-library/react';
import { useClaimPanelActions, useOpenClaimId } from '@/stores/claim-panel-store';
import { defaultMockDataset } from '../../../mocks/mock-db';
import { ClaimPanel } from './claim-panel';
import { openClaim, renderAtRoot } from './claim-panel.test-helpers';

/**
 * Presses Escape the moment a panel is committed to the page: before React runs passive effects, as a browser may
 * when a key is pressed right after a click opened the panel (it handles input before React's scheduled work).
 */
function EscapeOnceOpen() {
  const id = useOpenClaimId();
  useLayoutEffect(() => {
    if (id !== null) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }, [id]);
  return null;
}

/** As the dashboard mounts it: only while a claim is open, so that each opening mounts it afresh. */
function Host({ pressEscape }: { pressEscape: boolean }) {
  const id = useOpenClaimId();
  return (
    <>
      {id === null ? null : <ClaimPanel />}
      {pressEscape ? <EscapeOnceOpen /> : null}
    </>
  );
}

/** Mounts the host and opens the first claim of the default dataset in it. */
function openFirstClaim(pressEscape: boolean) {
  const claim = defaultMockDataset().claims[0];
  if (!claim) throw new Error('the default dataset has no claim');
  renderAtRoot(<Host pressEscape={pressEscape} />);
  openClaim(claim.id);
  return claim.id;
}

afterEach(() => {
  const { result } = renderHook(() => useClaimPanelActions());
  act(() => result.current.panelClosed());
});

describe('the claim panel and Escape', () => {
  it('is in the page once a claim is opened, with no key pressed', () => {
    const id = openFirstClaim(false);
    expect(screen.getByRole('dialog')).toHaveAttribute('data-panel-claim-id', id);
  });

  it('hears an Escape pressed as soon as it is in the page, before the browser paints it', () => {
    openFirstClaim(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(renderHook(() => useOpenClaimId()).result.current).toBeNull();
  });
});
