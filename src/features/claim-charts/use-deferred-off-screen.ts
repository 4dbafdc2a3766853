import { useDeferredValue, useEffect, useRef, type RefObject } from 'react';

/**
 * `value` as a chart should draw it now: at once while the chart is on screen (or within `margin` of it), and in
 * React's deferred background render while it is not. A filter change then repaints what the reader sees first and
 * the charts below the fold after, in slices that do not block input. Where the browser cannot tell
 * (no IntersectionObserver), every chart counts as on screen.
 *
 * Whether the chart is on screen is kept in a ref, read while rendering: watching it changes no state, so a chart
 * still showing the server's HTML is not re-rendered by it (which would make React drop that HTML).
 */
export function useDeferredOffScreen<T>(slot: RefObject<Element | null>, value: T, margin = '100px'): T {
  const onScreen = useRef(true);
  const deferred = useDeferredValue(value);
  useEffect(() => {
    // A slot (display: contents) has no box of its own: watch what it holds.
    const element = slot.current?.firstElementChild ?? slot.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) onScreen.current = entry.isIntersecting;
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      onScreen.current = true;
    };
  }, [slot, margin]);
  // Read while rendering on purpose: where the chart is at this render decides what it draws now, and a later scroll
  // needs no render of its own (the deferred render follows in any case).
  // eslint-disable-next-line react-hooks/refs
  return onScreen.current ? value : deferred;
}
