import type { Briefing } from '@/contract/briefing-schema';
import { useT } from '@/i18n/translate';
import type { RenderSlide } from './slide-parts';
import { SlideView } from './slide-view';
import '@/styles/presentation.css';

/** The whole briefing for print or PDF: one slide per page, each with its caveats. */
export function PrintableDeck({ deck, renderSlide }: { deck: Briefing; renderSlide: RenderSlide }) {
  const t = useT();
  return (
    <div
      className="presentation presentation--print"
      aria-label={t('briefing.printDeck', { title: deck.title, count: deck.slides.length })}
    >
      <p className="presentation__print-hint">{t('briefing.printHint')}</p>
      {deck.slides.map((slide, i) => (
        <SlideView key={slide.id} deck={deck} index={i} renderSlide={renderSlide} />
      ))}
    </div>
  );
}
