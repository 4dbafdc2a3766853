import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Charts waiting to be drawn while the browser is idle, one per idle period so none blocks input. */
const queue: (() => void)[] = [];
let scheduled = false;

function drainWhenIdle() {
  if (scheduled) return;
  scheduled = true;
  const next = () => {
    scheduled = false;
    queue.shift()?.();
    if (queue.length) drainWhenIdle();
  };
  if (window.requestIdleCallback) window.requestIdleCallback(next, { timeout: 1500 });
  else window.setTimeout(next, 50);
}

/**
 * True once the element comes within `margin` of the viewport; failing that, when the browser is
 * idle after the first paint (one chart per idle period), or before printing, so print,
 * find-in-page and tests still get every chart. Charts below the fold cost nothing on first paint.
 */
export function useNearViewport(ref: RefObject<Element | null>, eager: boolean, margin = '600px'): boolean {
  const [near, setNear] = useState(eager);
  useEffect(() => {
    if (near) return;
    // A slot (display: contents) has no box of its own: watch what it holds.
    const element = ref.current?.firstElementChild ?? ref.current;
    const show = () => setNear(true);
    if (!element || typeof IntersectionObserver === 'undefined') return show();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: margin,
    });
    observer.observe(element);
    queue.push(show);
    drainWhenIdle();
    // Printing captures the page right after this event: draw now, not on React's next tick.
    const showNow = () => flushSync(show);
    window.addEventListener('beforeprint', showNow);
    return () => {
      observer.disconnect();
      const index = queue.indexOf(show);
      if (index >= 0) queue.splice(index, 1);
      window.removeEventListener('beforeprint', showNow);
    };
  }, [ref, near, margin]);
  return near;
}
