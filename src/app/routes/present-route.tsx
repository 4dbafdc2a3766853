import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { BriefingSchema } from '@/api/briefing-schema';
import { decodeDeck } from '@/lib/deck-link';
import { StatusMessage } from '@/components/ui/status-message';
import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';
import { Presentation, PrintableDeck } from '@/features/briefing/presentation';
import type { ClaimFilters } from '@/api/claim-filters';
import { useBriefing } from '@/stores/briefing-store';
import { paths } from '../paths';

/** /present: the briefing in this browser, or the deck carried by a shared link (?deck=…); ?slide=N is the slide shown; ?print=1 lays out every slide for print. */
export function PresentRoute() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const stored = useBriefing();
  const deckParam = params.get('deck');
  const shared = useMemo(() => (deckParam ? BriefingSchema.safeParse(decodeDeck(deckParam)) : null), [deckParam]);
  const deck = shared ? (shared.success ? shared.data : null) : stored;
  const index = Math.max(Number(params.get('slide') ?? '1') - 1, 0) || 0;
  const onIndex = useCallback(
    (next: number) =>
      setParams((current) => {
        const p = new URLSearchParams(current);
        p.set('slide', String(next + 1));
        return p;
      }),
    [setParams],
  );
  const onLeave = useCallback(() => navigate(paths.briefing), [navigate]);
  if (!deck) return <StatusMessage kind="error" title="This presentation link is damaged">The deck in the link could not be read. Ask for a new link.</StatusMessage>;
  if (deck.slides.length === 0) return <StatusMessage kind="empty" title="This briefing has no slides yet" />;
  const renderSlide = (filters: ClaimFilters) => <ClaimChartsSection filters={filters} onOpen={() => undefined} compact />;
  if (params.get('print') === '1') return <PrintableDeck deck={deck} renderSlide={renderSlide} />;
  return <Presentation deck={deck} index={Math.min(index, deck.slides.length - 1)} onIndex={onIndex} onLeave={onLeave} renderSlide={renderSlide} />;
}
