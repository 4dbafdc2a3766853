import { useClaimList } from '@/api/queries/use-claim-list';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Briefing } from '@/api/briefing-schema';
import { parseClaimFilters, type ClaimFilters } from '@/api/claim-filters';
import { formatPartialDate } from '@/lib/format';
import { caveatsFor } from './caveats';

interface PresentationProps {
  deck: Briefing;
  index: number;
  onIndex: (index: number) => void;
  onLeave: () => void;
  renderSlide: (filters: ClaimFilters) => ReactNode;
}

const latest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort().at(-1) ?? null;

/**
 * One slide at a time, large type, no controls. Arrow keys, Page Up/Down and Space move; H
 * highlights the next claim in turn; N shows the speaker note; Esc leaves.
 */
export function Presentation({ deck, index, onIndex, onLeave, renderSlide }: PresentationProps) {
  const slide = deck.slides[index];
  const root = useRef<HTMLDivElement>(null);
  const [showNote, setShowNote] = useState(false);
  const highlight = useRef(-1);

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
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) onIndex(Math.min(index + 1, deck.slides.length - 1));
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) onIndex(Math.max(index - 1, 0));
      else if (event.key === 'Escape') onLeave();
      else if (event.key.toLowerCase() === 'n') setShowNote((v) => !v);
      else if (event.key.toLowerCase() === 'h') {
        const marks = [...(root.current?.querySelectorAll<SVGGElement>('g[data-claim-id]') ?? [])];
        if (marks.length === 0) return;
        highlight.current = (highlight.current + 1) % marks.length;
        marks[highlight.current]?.focus();
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, deck.slides.length, onIndex, onLeave]);

  if (!slide) return <p>This briefing has no slides.</p>;
  return (
    <div className="presentation" ref={root} tabIndex={-1} aria-roledescription="slide deck" aria-label={`${deck.title}: slide ${index + 1} of ${deck.slides.length}`}>
      <SlideView deck={deck} index={index} renderSlide={renderSlide} showNote={showNote} keysHint />
    </div>
  );
}

interface SlideViewProps {
  deck: Briefing;
  index: number;
  renderSlide: (filters: ClaimFilters) => ReactNode;
  showNote?: boolean;
  keysHint?: boolean;
}

/** One slide: title, position and "as of" stamp, the charts of its view, and the caveat footer. */
export function SlideView({ deck, index, renderSlide, showNote = false, keysHint = false }: SlideViewProps) {
  const slide = deck.slides[index];
  const filters = useMemo(() => parseClaimFilters(new URL(slide?.view ?? '/', 'http://x').searchParams, ['window', 'sort']).filters, [slide]);
  const claims = useClaimList(filters);
  const caveats = caveatsFor(claims.data?.claims ?? []);
  const asOf = filters.asof ?? latest((claims.data?.claims ?? []).map((c) => c.claimedOn));
  if (!slide) return null;
  return (
    <section className="slide" aria-label={`Slide ${index + 1}: ${slide.title}`}>
      <header className="presentation__head">
        <h1>{slide.title}</h1>
        <p aria-live="polite">
          {deck.title} · slide {index + 1} of {deck.slides.length} · as of {formatPartialDate(asOf)}
          {filters.asof ? ' (past view)' : ''}
        </p>
      </header>
      <div className="presentation__body">{renderSlide(filters)}</div>
      {showNote && slide.note ? <aside className="presentation__note" aria-label="Speaker note">{slide.note}</aside> : null}
      <footer className="presentation__caveats">
        {caveats.warnings.map((w) => (
          <p key={w} className="presentation__warning">
            ⚠ {w}
          </p>
        ))}
        <p>{caveats.sources}</p>
        <p>
          {caveats.states} · {caveats.grades} · Claims, not established facts.{keysHint ? ' Keys: ← → move, H highlight, N note, Esc leave.' : ''}
        </p>
      </footer>
    </section>
  );
}

/** The whole briefing for print or PDF: one slide per page, each with its caveats. */
export function PrintableDeck({ deck, renderSlide }: { deck: Briefing; renderSlide: (filters: ClaimFilters) => ReactNode }) {
  return (
    <div className="presentation presentation--print" aria-label={`${deck.title}, ${deck.slides.length} slides`}>
      <p className="presentation__print-hint">Print this page (Ctrl+P or ⌘P) or save it as PDF: one slide per landscape page, each with its caveats.</p>
      {deck.slides.map((slide, i) => (
        <SlideView key={slide.id} deck={deck} index={i} renderSlide={renderSlide} />
      ))}
    </div>
  );
}
