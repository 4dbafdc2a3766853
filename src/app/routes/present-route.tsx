import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { BriefingSchema } from '@/contract/briefing-schema';
import { decodeDeck } from '@/lib/deck-link';
import { parseChartViewSettings, type ChartViewSettings } from '@/lib/chart-view-settings';
import { StatusMessage } from '@/components/ui/status-message';
import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';
import { CompareView } from '@/features/claim-compare/compare-view';
import { COMPARE_WINDOWS, type CompareWindow } from '@/contract/claim-comparison';
import { Presentation } from '@/features/briefing/presentation';
import { PrintableDeck } from '@/features/briefing/printable-deck';
import type { RenderSlide, SlidePart } from '@/features/briefing/slide-parts';
import { useBriefing } from '@/stores/briefing-store';
import { paths, REPLAY_PARAM } from '@/config/paths';
import { ReplaySlide } from './replay-slide';
import { parseReplayRange, type ReplayRange } from '@/features/replay/replay-steps';
import { formatPartialDate } from '@/lib/format';
import type { MessageKey } from '@/i18n/catalogues/en';
import { t, useT } from '@/i18n/translate';
import { withLang } from '@/lib/keep-lang';

/** "The picture as it was known, Oct 2024 → Jun 2025" (said when a slide is drawn, in the page's language). */
const replayNote = (range: ReplayRange | null) =>
  range
    ? t('routes.replayNoteRange', {
        from: formatPartialDate(range.from.slice(0, 7)),
        to: formatPartialDate(range.to.slice(0, 7)),
      })
    : t('routes.replayNote');

const COMPARE_NOTES: Record<CompareWindow, MessageKey> = {
  week: 'routes.compareNoteWeek',
  month: 'routes.compareNoteMonth',
  quarter: 'routes.compareNoteQuarter',
};

const ignore = () => undefined;
/** Labels are always on in a presentation; the source lines and folding follow the slide's saved view. */
const LABELLED = new Map<string, ChartViewSettings>();
function labelledView(params: URLSearchParams): ChartViewSettings {
  const { sourceLines, foldOrigins } = parseChartViewSettings(params);
  const id = `${sourceLines}|${foldOrigins}`;
  // One object per combination, so the charts' memoised layouts are not redone on every render.
  let view = LABELLED.get(id);
  if (!view) LABELLED.set(id, (view = { labels: 'all', sourceLines, foldOrigins }));
  return view;
}

/** A compare slide is the compare view with its saved window; a table slide is shown as the charts of its filters. */
const renderSlide: RenderSlide = ({ kind, params, filters }, { plotHeight, onAsofChange }) => {
  if (kind === 'compare') {
    const window = COMPARE_WINDOWS.find((w) => w === params.get('window')) ?? 'month';
    return {
      body: (
        <CompareView
          filters={filters}
          window={window}
          onOpen={ignore}
          onMetricChange={ignore}
          onWindowChange={ignore}
        />
      ),
      note: t(COMPARE_NOTES[window]),
    };
  }
  const view = labelledView(params);
  const replay = params.get(REPLAY_PARAM);
  if (replay !== null && kind !== 'table')
    return {
      body: (
        <ReplaySlide
          filters={filters}
          rangeParam={replay}
          view={view}
          plotHeight={plotHeight}
          onAsofChange={onAsofChange}
        />
      ),
      note: replayNote(parseReplayRange(replay)),
    };
  return {
    body: <ClaimChartsSection filters={filters} onOpen={ignore} compact view={view} plotHeight={plotHeight} />,
    note: kind === 'table' ? t('routes.tableAsCharts') : null,
  };
};

/**
 * /present: the briefing in this browser, or the deck carried by a shared link (?deck=…);
 * ?slide=N is the slide shown and ?part=K (or `last`) the part of a slide whose charts are split;
 * ?print=1 lays out every slide for print.
 */
export function PresentRoute() {
  const translate = useT();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const stored = useBriefing();
  const deckParam = params.get('deck');
  const shared = useMemo(() => (deckParam ? BriefingSchema.safeParse(decodeDeck(deckParam)) : null), [deckParam]);
  const deck = shared ? (shared.success ? shared.data : null) : stored;
  const index = Math.max(Number(params.get('slide') ?? '1') - 1, 0) || 0;
  const partParam = params.get('part');
  const part: SlidePart = partParam === 'last' ? 'last' : Math.max(Math.floor(Number(partParam ?? '1')), 1) || 1;
  const onNavigate = useCallback(
    (next: number, nextPart: SlidePart) =>
      setParams((current) => {
        const p = new URLSearchParams(current);
        p.set('slide', String(next + 1));
        if (nextPart === 1) p.delete('part');
        else p.set('part', String(nextPart));
        return p;
      }),
    [setParams],
  );
  // Back to the briefing in the page's language (a string: the same while the slide changes).
  const briefingPath = withLang(paths.briefing, params);
  const onLeave = useCallback(() => navigate(briefingPath), [navigate, briefingPath]);
  if (!deck)
    return (
      <StatusMessage kind="error" title={translate('routes.deckDamaged')}>
        {translate('routes.deckDamagedDetail')}
      </StatusMessage>
    );
  if (deck.slides.length === 0) return <StatusMessage kind="empty" title={translate('routes.deckEmpty')} />;
  if (params.get('print') === '1') return <PrintableDeck deck={deck} renderSlide={renderSlide} />;
  return (
    <Presentation
      deck={deck}
      index={Math.min(index, deck.slides.length - 1)}
      part={part}
      onNavigate={onNavigate}
      onLeave={onLeave}
      renderSlide={renderSlide}
    />
  );
}
