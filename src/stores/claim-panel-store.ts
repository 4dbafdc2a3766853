import { create } from 'zustand';

interface ClaimPanelState {
  openClaimId: string | null;
  actions: {
    claimOpened: (id: string) => void;
    panelClosed: () => void;
  };
}

const useClaimPanelStore = create<ClaimPanelState>()((set) => ({
  openClaimId: null,
  actions: {
    claimOpened: (id) => set({ openClaimId: id }),
    panelClosed: () => set({ openClaimId: null }),
  },
}));

/** The claim whose panel is open, if any (UI state: not shared in the URL). */
export const useOpenClaimId = () => useClaimPanelStore((s) => s.openClaimId);
export const useClaimPanelActions = () => useClaimPanelStore((s) => s.actions);
