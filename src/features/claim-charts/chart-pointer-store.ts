import { createStore, useStore, type StoreApi } from 'zustand';

/** Which mark of one chart the pointer is over or the keyboard is on, and where: the overlay reads it, marks never do. */
export interface ChartPointerState {
  hover: { id: string; x: number; y: number } | null;
  focus: { id: string; x: number; y: number } | null;
  actions: {
    pointerMoved: (hover: ChartPointerState['hover']) => void;
    markFocused: (focus: ChartPointerState['focus']) => void;
  };
}

export type ChartPointerStore = StoreApi<ChartPointerState>;

/** One store per chart, so hovering one chart re-renders only that chart's overlay. */
export function createChartPointerStore(): ChartPointerStore {
  return createStore<ChartPointerState>()((set, get) => ({
    hover: null,
    focus: null,
    actions: {
      pointerMoved: (hover) => {
        const current = get().hover;
        if (current?.id === hover?.id && current?.x === hover?.x) return;
        set({ hover });
      },
      markFocused: (focus) => set({ focus }),
    },
  }));
}

export const useChartHover = (store: ChartPointerStore) => useStore(store, (s) => s.hover);
export const useChartFocus = (store: ChartPointerStore) => useStore(store, (s) => s.focus);
