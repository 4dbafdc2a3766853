import { startTransition, useLayoutEffect, useRef, useState } from 'react';

interface Width {
  width: number | null;
  /** Whether `width` was measured in this browser (false while it is the one a server render assumed). */
  measured: boolean;
}

/**
 * The rendered width of an element, measured before the first paint and kept current with a
 * ResizeObserver. It is null until measured, so a chart waits for its real width and draws once;
 * `fallback` serves where layout gives no width (tests in jsdom); `initial` is the width a server render assumed.
 * The third value says whether the width is measured yet: a server-rendered chart is redrawn at its measured width
 * in a transition, after the page has become interactive, and what it drew before may move.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 800, initial: number | null = null) {
  const ref = useRef<T>(null);
  const [{ width, measured }, setWidth] = useState<Width>({ width: initial, measured: false });
  // The width assumed at mount: only the first measurement depends on it (no new observer when `initial` changes).
  const [assumed] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const first: Width = { width: Math.round(element.getBoundingClientRect().width) || fallback, measured: true };
    // Before the first paint when nothing is drawn yet. A chart hydrated from the server's HTML is on screen at the
    // width the server assumed: its redraw at the measured width is a transition (in slices, not one long task).
    if (assumed === null) setWidth(first);
    else startTransition(() => setWidth(first));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0)
        setWidth((current) => (current.width === next && current.measured ? current : { width: next, measured: true }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback, assumed]);
  return [ref, width, measured] as const;
}
