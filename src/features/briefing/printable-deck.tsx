import type { Briefing } from '@/contract/briefing-schema';
import type { RenderSlide } from './slide-parts';
import { SlideView } from './slide-view';
import '@/styles/presentation.css';

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
