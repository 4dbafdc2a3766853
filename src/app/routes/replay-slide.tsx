import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { ClaimFilters } from '@/contract/claim-filters';
import type { ChartViewSettings } from '@/lib/chart-view-settings';
import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';

const ReplayBar = lazy(async () => ({ default: (await import('@/features/replay/replay-bar')).ReplayBar }));
const ignore = () => undefined;

interface ReplaySlideProps {
  filters: ClaimFilters;
  rangeParam: string;
  view: ChartViewSettings;
  plotHeight: number | undefined;
}

/**
 * A slide saved with the replay open: the charts and the replay's bar, playing in the slide (its frame is the
 * slide's own state, not the deck's link), from the frame the slide was saved at.
 */
export function ReplaySlide({ filters, rangeParam, view, plotHeight }: ReplaySlideProps) {
  const [asof, setAsof] = useState(filters.asof);
  const shown = useMemo(() => ({ ...filters, asof }), [filters, asof]);
  const onStep = useCallback((day: string) => setAsof(day), []);
  return (
    <>
      <Suspense fallback={null}>
        <ReplayBar filters={shown} rangeParam={rangeParam} onStep={onStep} />
      </Suspense>
      <ClaimChartsSection filters={shown} onOpen={ignore} compact view={view} plotHeight={plotHeight} />
    </>
  );
}
