import { useEffect, useState, type ComponentType } from 'react';
import { useRendersServerMarkup } from '@/lib/render-phase';
import type { ChartSurfaceProps } from './chart-surface-types';
import { StaticAxes, StaticGrid } from './static-axes';

/*
 * A chart's frame: the svg, its grid and its axes, around our layers (marks, labels, key, hit area).
 *
 * recharts draws it for a chart drawn in the browser once recharts' code is there. Before that (on the server,
 * while hydrating, and in the first moments of a page) the frame is drawn from the chart's own layout, with the
 * grid and axes as recharts draws them: it needs no measurement, so the server renders it and the page shows every
 * chart before any script runs. A chart keeps the frame it was first drawn with: swapping would remount its marks
 * (a focused mark would lose focus), for a picture that is the same.
 */

type Surface = ComponentType<ChartSurfaceProps>;
let recharts: Surface | null = null;
let loading: Promise<Surface> | null = null;

/** Loads recharts (a page drawn in the browser alone waits for it before its first render). */
export function loadChartLibrary(): Promise<unknown> {
  loading ??= import('./recharts-surface').then((m) => (recharts = m.RechartsSurface));
  return loading;
}

/** Loads recharts once the browser is idle after the first paint (at once where there is no idle callback). */
export function loadChartLibraryWhenIdle(): void {
  if (loading || typeof window === 'undefined') return;
  const start = () => void loadChartLibrary();
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 2000 });
  else window.setTimeout(start, 0);
}

export function ChartSurface(props: ChartSurfaceProps) {
  const serverMarkup = useRendersServerMarkup();
  // Chosen once: the server's markup (and so the hydrating render's) is the static frame.
  const [Surface] = useState<Surface>(() => (serverMarkup || !recharts ? StaticSurface : recharts));
  useEffect(loadChartLibraryWhenIdle, []);
  return <Surface {...props} />;
}

/** The frame recharts draws, without recharts: an svg of the layout's size with the grid under and the axes over our layers. */
function StaticSurface({ layout, statementsOnly, fontSize, children }: ChartSurfaceProps) {
  return (
    <div className="recharts-wrapper chart-static">
      <svg
        className="recharts-surface"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <StaticGrid layout={layout} statementsOnly={statementsOnly} />
        {children}
        <StaticAxes layout={layout} statementsOnly={statementsOnly} fontSize={fontSize} />
      </svg>
    </div>
  );
}
