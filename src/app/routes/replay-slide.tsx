import type { ClaimFilters } from '@/contract/claim-filters';
import type { ChartViewSettings } from '@/lib/chart-view-settings';
import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';
import { ReplayBar } from '@/features/replay/replay-bar';

const ignore = () => undefined;

interface ReplaySlideProps {
  /** The slide's filters, `asof` the frame shown. */
  filters: ClaimFilters;
  rangeParam: string;
  view: ChartViewSettings;
  plotHeight: number | undefined;
  /** Shows another frame: the slide's stamp and caveats follow it (absent in print). */
  onAsofChange: ((day: string) => void) | undefined;
}

/**
 * A slide saved with the replay open: the replay's bar over the charts, playing in the slide (the deck's link keeps
 * the slide; the frame is the slide's own), from the frame the slide was saved at. The bar is part of the
 * presentation's code, so the slide is fitted with it in place.
 */
export function ReplaySlide({ filters, rangeParam, view, plotHeight, onAsofChange }: ReplaySlideProps) {
  return (
    <>
      <ReplayBar filters={filters} rangeParam={rangeParam} onStep={onAsofChange ?? ignore} />
      <ClaimChartsSection filters={filters} onOpen={ignore} compact view={view} plotHeight={plotHeight} />
    </>
  );
}
