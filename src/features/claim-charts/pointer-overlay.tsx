import { onDemand } from '@/lib/on-demand';
import { useChartFocus, useChartHover, type ChartPointerStore } from './chart-pointer-store';
import type { ChartModel } from './chart-model-types';

/**
 * The tooltip's code loads with the first hover or focus, not with the page (the ring shows at once). Shown in the
 * browser alone, it is held in state, not React.lazy (lib/on-demand).
 */
const ChartTooltip = onDemand(async () => (await import('./chart-tooltip')).ChartTooltip);

interface PointerOverlayProps {
  store: ChartPointerStore;
  model: ChartModel;
  width: number;
  /** The drawing's scale on screen (1 unless CSS shrinks the svg). */
  scale: number;
}

/**
 * What follows the pointer and the keyboard, drawn over the chart: a ring on the mark under the
 * pointer or with focus, and its tooltip. Only this re-renders on hover; the marks do not.
 */
export function PointerOverlay({ store, model, width, scale }: PointerOverlayProps) {
  const hover = useChartHover(store);
  const focus = useChartFocus(store);
  const active = hover ?? focus;
  if (!active) return null;
  const plotted = model.plotted.find((p) => p.claim.id === active.id);
  const placed = plotted ?? model.unquantified.find((p) => p.claim.id === active.id);
  const x = active.x * scale;
  const y = active.y * scale;
  return (
    <>
      <span className="chart-ring" style={{ left: x, top: y }} aria-hidden="true" />
      {placed ? (
        <ChartTooltip
          claim={placed.claim}
          metricLabel={placed.metricLabel}
          folded={plotted?.folded}
          sameOriginAs={plotted?.sameOriginAs}
          x={x}
          y={y}
          containerWidth={width}
        />
      ) : null}
    </>
  );
}
