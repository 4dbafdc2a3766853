import { useClaimList } from '@/api/queries/use-claim-list';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Briefing } from '@/contract/briefing-schema';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';
import { filtersSummary } from '@/lib/describe-filters';
import { formatPartialDate } from '@/lib/format';
import { caveatsFor } from './caveats';
import { slidePartLayout, slideSourceOf, type RenderSlide, type SlidePart } from './slide-parts';
import { useSlideFit } from './use-slide-fit';
import '@/styles/presentation.css';

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
  const onCapacity = useCallback(
    (capacity: number) =>
      setCapacities((known) => (known[index] === capacity ? known : { ...known, [index]: capacity })),
    [index],
  );

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
        const marks = [...(root.current?.querySelectorAll<SVGGElement>('g[data-claim-id]') ?? [])].filter(
          (m) => m.getClientRects().length > 0,
        );
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
    <div
      className="presentation presentation--screen"
      ref={root}
      tabIndex={-1}
      aria-roledescription="slide deck"
      aria-label={`${deck.title}: slide ${index + 1} of ${deck.slides.length}`}
    >
      <div className="presentation__frame" style={{ width: stage.width, height: stage.height }}>
        <div
          className="presentation__stage"
          ref={stageRef}
          style={{
            width: designWidth,
            height: designHeight,
            transform: stage.scale === 1 ? undefined : `scale(${stage.scale})`,
          }}
        >
          <SlideView
            deck={deck}
            index={index}
            part={part}
            renderSlide={renderSlide}
            showNote={showNote}
            fitted
            onParts={onParts}
            capacity={capacities[index]}
            onCapacity={onCapacity}
          />
        </div>
        <nav className={`presentation__nav${stage.navBelow ? ' presentation__nav--below' : ''}`} aria-label="Slides">
          <button
            type="button"
            className="presentation__step"
            onClick={previous}
            disabled={atStart}
            aria-label="Previous slide"
          >
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
export function SlideView({
  deck,
  index,
  renderSlide,
  part = 1,
  showNote = false,
  fitted = false,
  onParts,
  capacity,
  onCapacity,
}: SlideViewProps) {
  const slide = deck.slides[index];
  const source = useMemo(() => slideSourceOf(slide?.view ?? '/'), [slide]);
  const { filters } = source;
  const claims = useClaimList(filters);
  const metrics = useQuery(metricQueries.list());
  const sources = useQuery(sourceQueries.list());
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
    const names = new Map((sources.data?.sources ?? []).map((s) => [s.id, s.name]));
    return filtersSummary(filters, { metricLabel: (id) => labels.get(id) ?? id, sourceName: (id) => names.get(id) });
  }, [filters, metrics.data, sources.data]);
  if (!slide) return null;
  const content = renderSlide(source, fitted ? { plotHeight: fit.plotHeight } : {});
  const described = [summary, content.note].filter(Boolean).join(' · ');
  return (
    <section className={`slide${fitted ? ' slide--fitted' : ''}`} aria-label={`Slide ${index + 1}: ${slide.title}`}>
      <header className="presentation__head">
        <h1>
          <bdi>{slide.title}</bdi>
        </h1>
        <p className="presentation__meta" aria-live="polite">
          <bdi>{deck.title}</bdi> · slide {index + 1} of {deck.slides.length}
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
          <bdi>{slide.note}</bdi>
        </aside>
      ) : null}
      <footer className="presentation__caveats">
        {caveats.warnings.map((w) => (
          <p key={w} className="presentation__warning">
            ⚠ {w}
          </p>
        ))}
        <p className="presentation__sources">
          {caveats.sources.length ? `Sources (${caveats.sources.length}): ` : 'No claims on this slide'}
          {caveats.sources.map((name, i) => (
            <span key={name}>
              {i > 0 ? ' · ' : null}
              <bdi>{name}</bdi>
            </span>
          ))}
        </p>
        <p>
          {caveats.states} · {caveats.grades} · Claims, not established facts.
          {fitted ? ' Keys: ← → move, H highlight, N note, Esc leave.' : ''}
        </p>
      </footer>
    </section>
  );
}

const latest = (dates: (string | null)[]) =>
  dates
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) ?? null;

/** The whole briefing for print or PDF: one slide per page, each with its caveats. */
export function PrintableDeck({ deck, renderSlide }: { deck: Briefing; renderSlide: RenderSlide }) {
  return (
    <div className="presentation presentation--print" aria-label={`${deck.title}, ${deck.slides.length} slides`}>
      <p className="presentation__print-hint">
        Print this page (Ctrl+P or ⌘P) or save it as PDF: one slide per landscape page, each with its caveats.
      </p>
      {deck.slides.map((slide, i) => (
        <SlideView key={slide.id} deck={deck} index={i} renderSlide={renderSlide} />
      ))}
    </div>
  );
}
