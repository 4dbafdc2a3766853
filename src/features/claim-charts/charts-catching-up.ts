import { createContext } from 'react';

/**
 * The charts of one section that still draw older props than they were given (useDeferredOffScreen): the section is
 * busy, and sets no charts-drawn mark, until there are none. A store React reads with useSyncExternalStore.
 */
export function createChartsCatchingUp() {
  const behind = new Set<object>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    add(chart: object) {
      behind.add(chart);
      changed();
    },
    remove(chart: object) {
      if (behind.delete(chart)) changed();
    },
    count: () => behind.size,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ChartsCatchingUp = ReturnType<typeof createChartsCatchingUp>;

export const ChartsCatchingUpContext = createContext<ChartsCatchingUp | null>(null);
