import { useState, type UIEvent } from 'react';

const OVERSCAN = 8;

/**
 * Windowing for long tables: only the rows in view (plus a margin) are rendered, with spacers
 * keeping the scroll height true. Short lists render whole.
 */
export function useVirtualRows(count: number, rowHeight: number, viewportHeight: number, threshold = 150) {
  const [scrollTop, setScrollTop] = useState(0);
  const virtual = count > threshold;
  if (!virtual) return { virtual, start: 0, end: count, before: 0, after: 0, onScroll: undefined };
  const start = Math.max(Math.floor(scrollTop / rowHeight) - OVERSCAN, 0);
  const end = Math.min(Math.ceil((scrollTop + viewportHeight) / rowHeight) + OVERSCAN, count);
  return {
    virtual,
    start,
    end,
    before: start * rowHeight,
    after: (count - end) * rowHeight,
    onScroll: (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
  };
}
