import { useClaimList } from '@/api/queries/use-claim-list';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Briefing } from '@/api/briefing-schema';
import { parseClaimFilters, type ClaimFilters } from '@/api/claim-filters';
import { metricQueries } from '@/api/queries/reference-queries';
import { CHART_VIEW_PARAMS } from '@/lib/chart-view-settings';
import { filtersSummary } from '@/lib/describe-filters';
import { formatPartialDate } from '@/lib/format';
import { caveatsFor } from './caveats';
import '@/styles/presentation.css';

/** What a slide shows, read from its saved view path: the charts (`/`), the compare view or the table. */
export interface SlideSource {
  kind: 'charts' | 'compare' | 'table';
  params: URLSearchParams;
  filters: ClaimFilters;
}

/** How big the slide wants its charts: absent when the slide is not fitted to a frame (print). */
export interface SlideFit {
  plotHeight?: number;
}

export interface SlideContent {
  body: ReactNode;
  /** Said under the title, e.g. "Saved from the table view, shown as charts". */
  note?: string | null;
}

export type RenderSlide = (source: SlideSource, fit: SlideFit) => SlideContent;

/** `last`: the last part of a slide whose charts are split over several screens. */
export type SlidePart = number | 'last';

export function slideSourceOf(view: string): SlideSource {
  const url = new URL(view, 'http://x');
  const kind = url.pathname === '/compare' ? 'compare' : url.pathname === '/table' ? 'table' : 'charts';
  return { kind, params: url.searchParams, filters: parseClaimFilters(url.searchParams, ['window', 'sort', ...CHART_VIEW_PARAMS]).filters };
}

/** At most this many charts share a screen; a view with more is split into parts of (nearly) equal size. */
export const CHARTS_PER_SCREEN = 4;

/**
 * Which of a slide's `count` charts a part shows (`first` inclusive, `end` exclusive), with at most
 * `capacity` per screen, and the grid they are laid out in: one chart alone, two side by side (each
 * keeps the full height for its plot), three or four in a 2×2 grid.
 */
export function slidePartLayout(count: number, part: SlidePart, capacity = CHARTS_PER_SCREEN) {
  const parts = Math.max(1, Math.ceil(count / capacity));
  const current = part === 'last' ? parts : Math.min(Math.max(part, 1), parts);
  const perPart = Math.max(1, Math.ceil(count / parts));
  const first = (current - 1) * perPart;
  const end = Math.min(count, first + perPart);
  const shown = Math.max(end - first, 1);
  const columns = shown >= 2 ? 2 : 1;
  return { parts, current, first, end, columns, rows: Math.ceil(shown / columns) };
}

/** The slide is designed at least this wide and scaled down on smaller screens, so it never scrolls. */
const DESIGN_MIN_WIDTH = 1280;
/** Room under a letterboxed slide that the previous / next buttons move into (portrait phones). */
const NAV_BELOW_MIN = 72;
/** The previous / next buttons' size in screen px (presentation.css), large enough for a thumb. */
const NAV_BUTTON = 56;

/** The largest 16:9 box inside `root`, and the scale the slide is drawn at inside it. */
function useStage(root: RefObject<HTMLElement | null>) {
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const read = () => setViewport({ width: element.clientWidth, height: element.clientHeight });
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);
  const width = Math.floor(Math.min(viewport.width, (viewport.height * 16) / 9));
  const height = Math.floor((width * 9) / 16);
  const scale = width >= DESIGN_MIN_WIDTH || width === 0 ? 1 : width / DESIGN_MIN_WIDTH;
  return { width, height, scale, navBelow: (viewport.height - height) / 2 >= NAV_BELOW_MIN };
}

interface PresentationProps {
  deck: Briefing;
  index: number;
  part: SlidePart;
  onNavigate: (index: number, part: SlidePart) => void;
  onLeave: () => void;
  renderSlide: RenderSlide;
}

/**
 * One 16:9 slide at a time, letterboxed, never scrolling. Arrow keys, Page Up/Down, Space and the
 * on-screen buttons move (through the parts of a slide with many charts); H highlights the next
 * claim in turn; N shows the speaker note; Esc leaves.
 */
export function Presentation({ deck, index, part, onNavigate, onLeave, renderSlide }: PresentationProps) {
  const root = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useStage(root);
  const [showNote, setShowNote] = useState(false);
  const [measured, setMeasured] = useState({ index: -1, parts: 1 });
  const [capacities, setCapacities] = useState<Record<number, number>>({});
  const highlight = useRef(-1);
  const parts = measured.index === index ? measured.parts : 1;
  const current = part === 'last' ? parts : Math.min(part, parts);
  const atStart = index === 0 && current <= 1;
  const atEnd = index >= deck.slides.length - 1 && current >= parts;
  const onParts = useCallback((count: number) => setMeasured({ index, parts: count }), [index]);
  const onCapacity = useCallback((capacity: number) => setCapacities((known) => (known[index] === capacity ? known : { ...known, [index]: capacity })), [index]);

  const next = useCallback(() => {
    if (current < parts) onNavigate(index, current + 1);
    else if (index < deck.slides.length - 1) onNavigate(index + 1, 1);
  }, [current, parts, index, deck.slides.length, onNavigate]);
  const previous = useCallback(() => {
    if (current > 1) onNavigate(index, current - 1);
    else if (index > 0) onNavigate(index - 1, 'last');
  }, [current, index, onNavigate]);

  useLayoutEffect(() => {
    // The buttons are drawn at full size over the slide's bottom corners: its footer keeps them clear.
    const room = (px: number) => (stage.navBelow ? '0px' : `${Math.ceil(px / stage.scale)}px`);
    stageRef.current?.style.setProperty('--nav-room-inline', room(NAV_BUTTON + 14));
    stageRef.current?.style.setProperty('--nav-room-block', room(NAV_BUTTON + 4));
  }, [stage.navBelow, stage.scale]);

  useEffect(() => {
    root.current?.focus();
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    highlight.current = -1;
    const onKey = (event: KeyboardEvent) => {
      // Space on a focused button presses it; handling it here as well would move twice.
      if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLButtonElement) return;
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) next();
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) previous();
      else if (event.key === 'Escape') onLeave();
      else if (event.key.toLowerCase() === 'n') setShowNote((v) => !v);
      else if (event.key.toLowerCase() === 'h') {
        // Charts of other parts are in the page but hidden: only the ones on screen take part.
        const marks = [...(root.current?.querySelectorAll<SVGGElement>('g[data-claim-id]') ?? [])].filter((m) => m.getClientRects().length > 0);
        if (marks.length === 0) return;
        highlight.current = (highlight.current + 1) % marks.length;
        marks[highlight.current]?.focus();
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, previous, onLeave]);

  if (!deck.slides[index]) return <p>This briefing has no slides.</p>;
  const designWidth = stage.width / stage.scale;
  const designHeight = stage.height / stage.scale;
  return (
    <div className="presentation presentation--screen" ref={root} tabIndex={-1} aria-roledescription="slide deck" aria-label={`${deck.title}: slide ${index + 1} of ${deck.slides.length}`}>
      <div className="presentation__frame" style={{ width: stage.width, height: stage.height }}>
        <div className="presentation__stage" ref={stageRef} style={{ width: designWidth, height: designHeight, transform: stage.scale === 1 ? undefined : `scale(${stage.scale})` }}>
          <SlideView deck={deck} index={index} part={part} renderSlide={renderSlide} showNote={showNote} fitted onParts={onParts} capacity={capacities[index]} onCapacity={onCapacity} />
        </div>
        <nav className={`presentation__nav${stage.navBelow ? ' presentation__nav--below' : ''}`} aria-label="Slides">
          <button type="button" className="presentation__step" onClick={previous} disabled={atStart} aria-label="Previous slide">
            ‹
          </button>
          <button type="button" className="presentation__step" onClick={next} disabled={atEnd} aria-label="Next slide">
            ›
          </button>
        </nav>
      </div>
    </div>
  );
}

interface SlideViewProps {
  deck: Briefing;
  index: number;
  renderSlide: RenderSlide;
  part?: SlidePart;
  showNote?: boolean;
  /** Fit the slide's content to its box (presentation); otherwise it takes the height it needs (print). */
  fitted?: boolean;
  onParts?: (parts: number) => void;
  /** Charts per screen this slide was found to need before (kept while presenting, so its parts stay the same). */
  capacity?: number;
  onCapacity?: (capacity: number) => void;
}

/** One slide: title, position, filters and "as of" stamp, the view it saved, and the caveat footer. */
export function SlideView({ deck, index, renderSlide, part = 1, showNote = false, fitted = false, onParts, capacity, onCapacity }: SlideViewProps) {
  const slide = deck.slides[index];
  const source = useMemo(() => slideSourceOf(slide?.view ?? '/'), [slide]);
  const { filters } = source;
  const claims = useClaimList(filters);
  const metrics = useQuery(metricQueries.list());
  const body = useRef<HTMLDivElement>(null);
  const fitBox = useRef<HTMLDivElement>(null);
  const fit = useSlideFit(body, fitBox, fitted, part, `${index}`, capacity);
  const { parts, current, columns } = slidePartLayout(fit.count, part, fit.capacity);
  useEffect(() => onParts?.(parts), [onParts, parts]);
  useEffect(() => onCapacity?.(fit.capacity), [onCapacity, fit.capacity]);
  const shownClaims = useMemo(() => {
    const list = claims.data?.claims ?? [];
    if (!fit.chartIds) return list;
    // A chart is one metric chart group; a metric the API did not describe is its own group.
    const groupOf = new Map((metrics.data?.metrics ?? []).map((m) => [m.id, m.chartGroup.id]));
    return list.filter((c) => fit.chartIds?.includes(groupOf.get(c.metricId) ?? c.metricId));
  }, [claims.data, metrics.data, fit.chartIds]);
  const caveats = caveatsFor(shownClaims);
  const asOf = filters.asof ?? latest(shownClaims.map((c) => c.claimedOn));
  const summary = useMemo(() => {
    const labels = new Map((metrics.data?.metrics ?? []).map((m) => [m.id, m.label]));
    return filtersSummary(filters, { metricLabel: (id) => labels.get(id) ?? id });
  }, [filters, metrics.data]);
  if (!slide) return null;
  const content = renderSlide(source, fitted ? { plotHeight: fit.plotHeight } : {});
  const described = [summary, content.note].filter(Boolean).join(' · ');
  return (
    <section className={`slide${fitted ? ' slide--fitted' : ''}`} aria-label={`Slide ${index + 1}: ${slide.title}`}>
      <header className="presentation__head">
        <h1>{slide.title}</h1>
        <p className="presentation__meta" aria-live="polite">
          {deck.title} · slide {index + 1} of {deck.slides.length}
          {parts > 1 ? `, part ${current} of ${parts}` : ''} · as of {formatPartialDate(asOf)}
          {filters.asof ? ' (past view)' : ''}
        </p>
        {described ? <p className="presentation__filters">{described}</p> : null}
      </header>
      <div className="presentation__body" ref={body}>
        <div className="presentation__fit" ref={fitBox} style={fit.style} data-columns={columns}>
          {content.body}
        </div>
      </div>
      {showNote && slide.note ? (
        <aside className="presentation__note" aria-label="Speaker note">
          {slide.note}
        </aside>
      ) : null}
      <footer className="presentation__caveats">
        {caveats.warnings.map((w) => (
          <p key={w} className="presentation__warning">
            ⚠ {w}
          </p>
        ))}
        <p className="presentation__sources">{caveats.sources}</p>
        <p>
          {caveats.states} · {caveats.grades} · Claims, not established facts.{fitted ? ' Keys: ← → move, H highlight, N note, Esc leave.' : ''}
        </p>
      </footer>
    </section>
  );
}

const latest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort().at(-1) ?? null;

/** Plot heights are never fitted below this; content that still does not fit is scaled down instead. */
export const MIN_PLOT_HEIGHT = 90;
/** How far a fitting plot is grown to find out whether it can grow (a tall list beside a chart hides the gain). */
export const PLOT_PROBE = 24;
/** Measuring rounds per slide and frame before only shrinking is allowed (a guard against a see-saw). */
const MAX_ROUNDS = 16;

/**
 * What fitting has learnt so far: the tallest plot seen to fit (`lo`), the shortest seen to overflow
 * (`hi`, with the height the content had then), and whether the plot has been found not to matter
 * (`stuck`: shrinking it no longer shortened the content, e.g. a tall list beside the chart).
 */
export interface PlotSearch {
  lo: number;
  hi: number;
  usedAtHi: number;
  stuck: boolean;
}

export const newPlotSearch = (): PlotSearch => ({ lo: 0, hi: Infinity, usedAtHi: Infinity, stuck: false });

/**
 * One step of fitting the plot height: the content measured `used` px tall with plots of `plot` px
 * in a body `available` px tall. Jumps to the height a linear model predicts (each of `rows` rows
 * grows with its plot), probes upward when the model sees no room, backs off after an overflow,
 * and gives up shrinking (returning the last plot that overflowed by as much) when that does not help.
 * Returns `plot` itself when it has settled.
 */
export function nextPlotHeight(search: PlotSearch, plot: number, used: number, available: number, rows: number): number {
  if (used <= available) {
    search.lo = plot;
    search.stuck = false;
    if (search.hi <= plot) search.hi = Infinity;
    const model = Math.floor((available - (used - rows * plot)) / rows) - 2;
    if (model > plot + 2) return Math.min(model, search.hi - 1);
    return search.hi - plot > PLOT_PROBE ? plot + PLOT_PROBE : plot;
  }
  // Overflowing at a height that fitted before: the content changed under us (data, fonts), start again.
  if (plot <= search.lo) Object.assign(search, newPlotSearch());
  if (search.stuck) return plot;
  if (plot < search.hi && used >= search.usedAtHi - 1) {
    search.stuck = true;
    return search.hi;
  }
  search.hi = plot;
  search.usedAtHi = used;
  const model = Math.floor((available - (used - rows * plot)) / rows) - 2;
  return Math.max(MIN_PLOT_HEIGHT, search.lo, Math.min(model, plot - 1));
}

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
function useSlideFit(body: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, enabled: boolean, part: SlidePart, resetKey: string, remembered = CHARTS_PER_SCREEN) {
  const [state, setState] = useState<FitState>({ slide: resetKey, count: 0, plotHeight: undefined, scale: 1, chartIds: null, capacity: remembered });
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
      const figures = [...inner.querySelectorAll<HTMLElement>('.charts > figure.chart')];
      const layout = slidePartLayout(figures.length, part, capacity);
      // The charts of other parts stay mounted (so they are counted) but hidden. An attribute, not a
      // <style> element: the Content-Security-Policy allows no inline style sheets.
      figures.forEach((figure, i) => figure.toggleAttribute('data-other-part', i < layout.first || i >= layout.end));
      if (pending.current) return;
      const shownIds = figures.slice(layout.first, layout.end).map((f) => f.dataset.chartId);
      // Without ids (or on a one-part slide) the caveats speak for all the slide's claims.
      const chartIds = layout.parts > 1 && shownIds.every((id) => id) ? shownIds.filter((id): id is string => id !== undefined) : null;
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
      const sameIds = (chartIds ?? []).join() === (now.chartIds ?? []).join() && (chartIds === null) === (now.chartIds === null);
      let nextCapacity = capacity;
      if (figures.length === now.count && plotHeight === now.plotHeight && scale === now.scale && sameIds && now.slide === resetKey) {
        // Settled, once every chart on screen is drawn (not a placeholder): a 2×2 grid whose plots came
        // out too small gives way to two charts per screen.
        const drawn = figures.slice(layout.first, layout.end).every((f) => f.dataset.rendered === 'true');
        const cramped = drawn && layout.rows > 1 && capacity > 2 && (scale < 1 || (plotHeight !== undefined && plotHeight < READABLE_PLOT_HEIGHT));
        frame.setAttribute('data-fit', drawn && !cramped ? 'settled' : 'fitting');
        if (!cramped) return;
        nextCapacity = 2;
      }
      search.current.rounds += 1;
      pending.current = true;
      frame.setAttribute('data-fit', 'fitting');
      setState({ slide: resetKey, count: figures.length, plotHeight, scale, chartIds: sameIds ? now.chartIds : chartIds, capacity: nextCapacity });
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
  const style = enabled && state.scale < 1 ? { width: `${100 / state.scale}%`, transform: `scale(${state.scale})` } : undefined;
  return { count: state.count, capacity, plotHeight: enabled ? state.plotHeight : undefined, chartIds: state.chartIds, style };
}

/** The whole briefing for print or PDF: one slide per page, each with its caveats. */
export function PrintableDeck({ deck, renderSlide }: { deck: Briefing; renderSlide: RenderSlide }) {
  return (
    <div className="presentation presentation--print" aria-label={`${deck.title}, ${deck.slides.length} slides`}>
      <p className="presentation__print-hint">Print this page (Ctrl+P or ⌘P) or save it as PDF: one slide per landscape page, each with its caveats.</p>
      {deck.slides.map((slide, i) => (
        <SlideView key={slide.id} deck={deck} index={i} renderSlide={renderSlide} />
      ))}
    </div>
  );
}
