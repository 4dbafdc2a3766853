import { startTransition, useContext, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ChartsCatchingUpContext } from './charts-catching-up';

/**
 * `value` as a chart should draw it now: at once while the chart is on screen (or within `margin` of it); while it
 * is not, the last value drawn, and the new one in a transition started after this commit (time-sliced, so it does
 * not block input). A filter change then repaints what the reader sees first and the charts below the fold after,
 * whether it came as an urgent update (an answer) or in a transition (the router's). A chart behind counts in the
 * section's ChartsCatchingUpContext until it has caught up. Where the browser cannot tell (no IntersectionObserver),
 * every chart counts as on screen. With `defer` false, `value` is drawn at once wherever the chart is.
 *
 * Whether the chart is on screen is kept in a ref, read while rendering: watching it changes no state, so a chart
 * still showing the server's HTML is not re-rendered by it (which would make React drop that HTML).
 */
export function useDeferredOffScreen<T>(slot: RefObject<Element | null>, value: T, defer = true, margin = '100px'): T {
  const catchingUp = useContext(ChartsCatchingUpContext);
  const onScreen = useRef(true);
  const [last, setLast] = useState(value);
  // Read while rendering on purpose: where the chart is at this render decides what it draws now, and a later scroll
  // needs no render of its own (the catch-up follows in any case).
  // eslint-disable-next-line react-hooks/refs
  const drawn = !defer || onScreen.current ? value : last;
  const behind = drawn !== value;
  useLayoutEffect(() => {
    if (last === value) return;
    const chart = {};
    if (behind) catchingUp?.add(chart);
    startTransition(() => setLast(value));
    return () => catchingUp?.remove(chart);
  }, [last, value, behind, catchingUp]);
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
  return drawn;
}
