import { useCallback, useRef, type RefObject } from 'react';
import { measureElement, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';

/** A row's height before any row is measured (a cell wrapped onto two lines). */
const FIRST_ESTIMATE = 52;
/** Rows drawn beyond each edge of the view, so that a quick scroll or a Tab onwards meets rows already drawn. */
const OVERSCAN = 8;

type RowVirtualizer = Virtualizer<HTMLDivElement, HTMLTableRowElement>;
type Key = ReturnType<RowVirtualizer['options']['getItemKey']>;

/**
 * The mean height of the rows measured so far, as the estimate for rows not yet drawn. A close estimate matters:
 * a row first measured above the view moves the scroll position by its error (to keep the view still), so with a
 * fixed guess a jump to the top (Home) would land short of it.
 */
function useMeanRowHeight() {
  const measured = useRef({ sizes: new Map<Key, number>(), total: 0 });
  const estimateSize = useCallback(() => {
    const { sizes, total } = measured.current;
    return sizes.size === 0 ? FIRST_ESTIMATE : Math.round(total / sizes.size);
  }, []);
  const measureAndRemember = useCallback(
    (row: HTMLTableRowElement, entry: ResizeObserverEntry | undefined, instance: RowVirtualizer) => {
      const size = measureElement(row, entry, instance);
      const key = instance.options.getItemKey(instance.indexFromElement(row));
      const { sizes } = measured.current;
      measured.current.total += size - (sizes.get(key) ?? 0);
      sizes.set(key, size);
      return size;
    },
    [],
  );
  return { estimateSize, measureAndRemember };
}

/**
 * Windowing for long tables (@tanstack/react-virtual): only the rows in view (plus a margin) are rendered, with
 * spacers keeping the scroll height true. Rows are measured as drawn (cells wrap, so heights differ; a resize
 * observer re-measures them) and remembered by key, so a re-sort keeps what was measured. Short lists render whole.
 * `rows` must keep its identity until it changes (memoise it), and `keyOf` must be a stable function; `scrollRef` is
 * the box that scrolls (it holds the table).
 */
export function useVirtualRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  options: { scrollRef: RefObject<HTMLDivElement | null>; viewportHeight: number; threshold?: number },
) {
  const { scrollRef } = options;
  const virtual = rows.length > (options.threshold ?? 150);
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      return row === undefined ? index : keyOf(row);
    },
    [rows, keyOf],
  );
  const { estimateSize, measureAndRemember } = useMeanRowHeight();
  // The app is not built with React Compiler: the virtualizer re-renders this hook itself, and the one function
  // passed on to memoised rows (measureElement) is stable.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    measureElement: measureAndRemember,
    getItemKey,
    overscan: OVERSCAN,
    // The first render draws a viewport's worth of rows before the scroll box is measured.
    initialRect: { width: 0, height: options.viewportHeight },
  });
  if (!virtual) return { virtual, start: 0, end: rows.length, before: 0, after: 0, measureRow: undefined };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    virtual,
    start: first?.index ?? 0,
    end: last ? last.index + 1 : 0,
    before: first?.start ?? 0,
    after: last ? virtualizer.getTotalSize() - last.end : 0,
    /** A ref for each drawn row (with `data-index`): measures it now and whenever its size changes. */
    measureRow: virtualizer.measureElement,
  };
}
