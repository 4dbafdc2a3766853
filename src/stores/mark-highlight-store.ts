import { create } from 'zustand';

/** Claims to ring on the charts: newly known ones, and ones whose state changed (a replay's step). */
export interface MarkHighlight {
  added: ReadonlySet<string>;
  changed: ReadonlySet<string>;
}

interface MarkHighlightState {
  highlight: MarkHighlight | null;
  actions: {
    highlightShown: (highlight: MarkHighlight) => void;
    highlightCleared: () => void;
  };
}

/*
 * A store rather than a context: a chart still waiting to hydrate (server HTML below the fold) is not subscribed, so a
 * new highlight never reaches into its boundary (which would make React drop the server's HTML), and a chart that
 * hydrates reads the server's snapshot (nothing ringed) first, as the server drew it.
 */
const useMarkHighlightStore = create<MarkHighlightState>()((set) => ({
  highlight: null,
  actions: {
    highlightShown: (highlight) => set({ highlight }),
    highlightCleared: () => set({ highlight: null }),
  },
}));

export const useMarkHighlight = () => useMarkHighlightStore((s) => s.highlight);
export const useMarkHighlightActions = () => useMarkHighlightStore((s) => s.actions);
