import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, measured before the first paint and kept current with a
 * ResizeObserver. It is null until measured, so a chart waits for its real width and draws once;
 * `fallback` serves where layout gives no width (tests in jsdom); `initial` is the width a server render assumed.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 800, initial: number | null = null) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.round(element.getBoundingClientRect().width) || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
