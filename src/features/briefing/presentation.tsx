import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Briefing } from '@/contract/briefing-schema';
import { useT } from '@/i18n/translate';
import type { RenderSlide, SlidePart } from './slide-parts';
import { SlideView } from './slide-view';
import { useStage } from './use-stage';
import '@/styles/presentation.css';

/** The previous / next buttons' size in screen px (presentation.css), large enough for a thumb. */
const NAV_BUTTON = 56;

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
  const t = useT();
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

  // A layout effect: keys are heard from the moment the deck is in the page (a passive effect runs after the browser
  // paints, and a key pressed in between went unheard; the claim panel's Escape did, in an e2e run).
  useLayoutEffect(() => {
    highlight.current = -1;
    const onKey = (event: KeyboardEvent) => {
      // Space on a focused button presses it; handling it here as well would move twice.
      if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLButtonElement) return;
      // A slider on the slide (a replay's) takes its own arrows and pages.
      if (event.target instanceof HTMLInputElement && event.target.type === 'range' && event.key !== 'Escape') return;
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

  if (!deck.slides[index]) return <p>{t('briefing.deckHasNoSlides')}</p>;
  const designWidth = stage.width / stage.scale;
  const designHeight = stage.height / stage.scale;
  return (
    <div
      className="presentation presentation--screen"
      ref={root}
      tabIndex={-1}
      aria-roledescription={t('briefing.slideDeck')}
      aria-label={t('briefing.deckPosition', { title: deck.title, index: index + 1, total: deck.slides.length })}
    >
      {/* Sized once the screen is measured: the server's HTML carries no size (nor a style attribute, which the CSP refuses). */}
      <div
        className="presentation__frame"
        style={stage.width ? { width: stage.width, height: stage.height } : undefined}
      >
        <div
          className="presentation__stage"
          ref={stageRef}
          style={
            designWidth
              ? {
                  width: designWidth,
                  height: designHeight,
                  transform: stage.scale === 1 ? undefined : `scale(${stage.scale})`,
                }
              : undefined
          }
        >
          {/* A slide of its own per index: another slide's claims, caveats and "as of" never stand in for this
              one's while they load (its charts' queries start with nothing to keep), only its own replay frames do. */}
          <SlideView
            key={index}
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
        <nav
          className={`presentation__nav${stage.navBelow ? ' presentation__nav--below' : ''}`}
          aria-label={t('briefing.slidesNav')}
        >
          <button
            type="button"
            className="presentation__step"
            onClick={previous}
            disabled={atStart}
            aria-label={t('briefing.previousSlide')}
          >
            ‹
          </button>
          <button
            type="button"
            className="presentation__step"
            onClick={next}
            disabled={atEnd}
            aria-label={t('briefing.nextSlide')}
          >
            ›
          </button>
        </nav>
      </div>
    </div>
  );
}
