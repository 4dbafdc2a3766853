import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { MIN_PLOT_HEIGHT, newPlotSearch, nextPlotHeight } from './plot-search';
import { CHARTS_PER_SCREEN, slidePartLayout, type SlidePart } from './slide-parts';

/** Measuring rounds per slide and frame before only shrinking is allowed (a guard against a see-saw). */
const MAX_ROUNDS = 16;

/** A fitted plot shorter than this is too small to read from the back of a room: the slide shows fewer charts per screen. */
export const READABLE_PLOT_HEIGHT = 200;

interface FitState {
  /** The slide (`resetKey`) this state was measured for. */
  slide: string;
  count: number;
  plotHeight: number | undefined;
  scale: number;
  chartIds: string[] | null;
  capacity: number;
}

/**
 * Fits a slide's content to its body by measuring: the charts' plot height is set so the charts
 * (captions, keys, label lists and all) fill the body; when a 2×2 grid leaves the plots too small
 * to read, the slide is split into more parts of two charts; content that still cannot fit (a long
 * compare view, or charts at their smallest) is scaled down. Also counts the charts and names the
 * ones on screen.
 */
export function useSlideFit(
  body: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  enabled: boolean,
  part: SlidePart,
  resetKey: string,
  remembered = CHARTS_PER_SCREEN,
) {
  const [state, setState] = useState<FitState>({
    slide: resetKey,
    count: 0,
    plotHeight: undefined,
    scale: 1,
    chartIds: null,
    capacity: remembered,
  });
  const latestState = useRef(state);
  // Set while a new state is on its way to the screen: measuring the old one then would undo it.
  const pending = useRef(false);
  const measureNow = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    latestState.current = state;
    pending.current = false;
    // Measure the new state even when it changed nothing an observer would see (only a scale, say).
    measureNow.current();
  }, [state]);
  const search = useRef({ key: '', rounds: 0, ...newPlotSearch() });
  const rememberedRef = useRef(remembered);
  useLayoutEffect(() => {
    rememberedRef.current = remembered;
  }, [remembered]);

  useLayoutEffect(() => {
    const frame = body.current;
    const inner = content.current;
    if (!enabled || !frame || !inner || typeof ResizeObserver === 'undefined') return;
    frame.setAttribute('data-fit', 'fitting');
    const measure = () => {
      const now = latestState.current;
      const capacity = now.slide === resetKey ? now.capacity : rememberedRef.current;
      const figures = [...inner.querySelectorAll<HTMLElement>('.charts > .chart-slot > figure.chart')];
      const layout = slidePartLayout(figures.length, part, capacity);
      // The charts of other parts stay mounted (so they are counted) but hidden. An attribute, not a
      // <style> element: the Content-Security-Policy allows no inline style sheets.
      figures.forEach((figure, i) => figure.toggleAttribute('data-other-part', i < layout.first || i >= layout.end));
      if (pending.current) return;
      const shownIds = figures.slice(layout.first, layout.end).map((f) => f.dataset.chartId);
      // Without ids (or on a one-part slide) the caveats speak for all the slide's claims.
      const chartIds =
        layout.parts > 1 && shownIds.every((id) => id) ? shownIds.filter((id): id is string => id !== undefined) : null;
      const available = frame.clientHeight;
      const used = inner.offsetHeight;
      const key = `${resetKey}|${String(part)}|${capacity}|${available}|${frame.clientWidth}|${figures.length}`;
      if (search.current.key !== key) search.current = { key, rounds: 0, ...newPlotSearch() };
      const free = search.current.rounds < MAX_ROUNDS;
      let { plotHeight, scale } = now;
      if (available > 0 && figures.length > 0) {
        if (plotHeight === undefined) plotHeight = Math.max(MIN_PLOT_HEIGHT, Math.floor(available / layout.rows / 2));
        else {
          const next = nextPlotHeight(search.current, plotHeight, used, available, layout.rows);
          if (next < plotHeight || free) plotHeight = next;
        }
      }
      if (available > 0) {
        // Scaling is the last resort: only when the charts are at their smallest, or there are none.
        const settled = figures.length === 0 || plotHeight === MIN_PLOT_HEIGHT || search.current.stuck;
        const fitScale = settled && used > available ? (available - 2) / used : 1;
        if (fitScale < scale - 0.005 || (free && Math.abs(fitScale - scale) > 0.01)) scale = Math.max(0.2, fitScale);
      }
      const sameIds =
        (chartIds ?? []).join() === (now.chartIds ?? []).join() && (chartIds === null) === (now.chartIds === null);
      let nextCapacity = capacity;
      if (
        figures.length === now.count &&
        plotHeight === now.plotHeight &&
        scale === now.scale &&
        sameIds &&
        now.slide === resetKey
      ) {
        // Settled, once every chart on screen is drawn (not a placeholder): a 2×2 grid whose plots came
        // out too small gives way to two charts per screen.
        // Nor while anything on the slide is still loading (its charts, a compare view's groups, a count): what is
        // on screen is about to change, and no figure yet is not a slide with none.
        const drawn =
          inner.querySelector('.charts--loading, .status--loading') === null &&
          figures.slice(layout.first, layout.end).every((f) => f.dataset.rendered === 'true');
        const cramped =
          drawn &&
          layout.rows > 1 &&
          capacity > 2 &&
          (scale < 1 || (plotHeight !== undefined && plotHeight < READABLE_PLOT_HEIGHT));
        frame.setAttribute('data-fit', drawn && !cramped ? 'settled' : 'fitting');
        if (!cramped) return;
        nextCapacity = 2;
      }
      search.current.rounds += 1;
      pending.current = true;
      frame.setAttribute('data-fit', 'fitting');
      setState({
        slide: resetKey,
        count: figures.length,
        plotHeight,
        scale,
        chartIds: sameIds ? now.chartIds : chartIds,
        capacity: nextCapacity,
      });
    };
    measureNow.current = measure;
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(frame);
    resized.observe(inner);
    // A chart added or removed (data arriving, a part hidden) may not change the size at once.
    const changed = new MutationObserver(measure);
    changed.observe(inner, { childList: true, subtree: true });
    return () => {
      measureNow.current = () => undefined;
      resized.disconnect();
      changed.disconnect();
    };
  }, [body, content, enabled, part, resetKey]);

  const capacity = state.slide === resetKey ? state.capacity : remembered;
  const style =
    enabled && state.scale < 1 ? { width: `${100 / state.scale}%`, transform: `scale(${state.scale})` } : undefined;
  return {
    count: state.count,
    capacity,
    plotHeight: enabled ? state.plotHeight : undefined,
    chartIds: state.chartIds,
    style,
  };
}
