import '@/styles/chart-annotations.css';
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ClaimEvent } from '@/contract/event-schema';
import { useElementWidth } from '@/lib/use-element-width';
import { isServerRender, useRendersServerMarkup } from '@/lib/render-phase';
import { useRendersFromServerHtml } from '@/lib/use-hydrated';
import { createHydrationGate, LateHydration, type HydrationGate } from './hydration-gate';
import { useRenderHints } from '@/lib/render-hints';
import { rememberPlotWidth } from '@/lib/plot-width-cookie';
import { DEFAULT_CHART_VIEW, effectiveLabelSetting, type ChartViewSettings } from '@/lib/chart-view-settings';
import { ChartCaption } from './chart-caption';
import { ChartSources } from './chart-sources';
import { PrintFootnotes } from './print-footnotes';
import { ChartDataTableSlot } from './chart-data-table-slot';
import { UndatedClaims } from './undated-claims';
import { layoutChart } from './layout-chart';
import type { ChartModel } from './chart-model-types';
import { chartTimeDomain } from './time-axis';
import { ChartSurface } from './chart-surface';
import { useRovingFocus } from './use-roving-focus';
import { createChartPointerStore } from './chart-pointer-store';
import { EventLayer, LaneBand, MarkLayer, SourceLineLayer, groupSize } from './chart-layers';
import { LabelLayer } from './label-layer';
import { OriginLinkLayer } from './origin-link-layer';
import { ChartKey } from './chart-key';
import { HitOverlay } from './hit-overlay';
import { PointerOverlay } from './pointer-overlay';
import { LabelList } from './label-list';
import { MarkerSymbols, symbolSpecs } from './marker-symbols';
import { useNearViewport } from './use-near-viewport';
import { useDeferredOffScreen } from './use-deferred-off-screen';
import { markOrder } from './mark-order';
import { HighlightLayer } from './mark-highlight';
import { useT } from '@/i18n/translate';

export interface ClaimChartProps {
  model: ChartModel;
  events: ClaimEvent[];
  onOpen: (claimId: string) => void;
  onBrush?: ((from: string, to: string) => void) | undefined;
  /** Set when the chart shows the claims as known on a past day. */
  asof?: string | undefined;
  compact?: boolean;
  view?: ChartViewSettings;
  plotHeight?: number | undefined;
  subset?: string | null;
  /** Draw at once (the first charts); others draw when they come near the viewport. */
  eager?: boolean;
  /** In another site's page: no export menu; the "as of" date stamped under the title. */
  embedded?: boolean;
}

function plotHeightFor(width: number, compact: boolean, fitted: number | undefined): number {
  if (fitted !== undefined) return fitted;
  return compact ? 190 : width < 560 ? 230 : 300;
}

/**
 * One chart group over time, as a labelled figure: drawn once it is near the viewport; unchanged props draw nothing
 * again. The server draws every chart. In the browser the first charts hydrate with the page; a chart below the
 * fold stays the server's HTML (readable, printable, found by find-in-page) and hydrates when it comes near, is
 * focused or pointed at. A chart whose props change before that is drawn afresh.
 */
export const ClaimChart = memo(function ClaimChart(given: ClaimChartProps) {
  const server = isServerRender();
  // Set when hydrating: the props the server drew the chart with, and for a chart below the first two, the gate
  // that hydrates it when it comes near.
  const fromServerHtml = useRendersFromServerHtml();
  const [hydrating] = useState(() =>
    !server && fromServerHtml ? { props: given, gate: given.eager ? null : createHydrationGate() } : null,
  );
  // The slot is known before the props drawn are: they depend on whether it is on screen. A chart still waiting
  // for its gate takes new props at once: drawn afresh rather than kept (React would hold a transition that
  // updates a boundary not yet hydrated until it hydrates, which is when the chart comes near).
  const slot = useRef<HTMLDivElement>(null);
  const props = useDeferredOffScreen(slot, given, !hydrating?.gate || hydrating.gate.isOpen());
  // A hydrated chart keeps its boundary; one still waiting for its gate is drawn afresh when its props change.
  const kept =
    hydrating !== null && (hydrating.gate === null || hydrating.gate.isOpen() || sameDrawing(hydrating.props, props));
  // A kept chart changes no state of its own before it hydrates (an update would make React drop the server's HTML).
  const near = useNearViewport(slot, server || kept || (props.eager ?? false));
  useOpenGateWhenNear(slot, kept ? hydrating.gate : null);
  const waiting = useWaitingBoundary(hydrating, props);
  // The server renders each chart in a boundary of its own: each hydrates in a task of its own.
  let chart;
  if (server || kept)
    chart =
      waiting && hydrating?.gate && !hydrating.gate.isOpen() ? (
        waiting
      ) : (
        <LateHydration gate={hydrating?.gate ?? null}>
          <DrawnChart {...props} />
        </LateHydration>
      );
  else chart = near ? <DrawnChart {...props} /> : <PendingChart {...props} />;
  return (
    <div className="chart-slot" ref={slot}>
      {chart}
    </div>
  );
});

/** A chart not drawn yet: its title, and its height held. */
function PendingChart({ model, compact = false, plotHeight }: ClaimChartProps) {
  const titleId = `chart-title-${model.id}`;
  return (
    <figure className="chart chart--pending" data-chart-id={model.id} aria-labelledby={titleId}>
      <figcaption className="chart__caption">
        <h2 id={titleId} className="chart__title">
          <bdi>{model.title}</bdi>
        </h2>
      </figcaption>
      <div className="chart__placeholder" style={{ height: plotHeightFor(800, compact, plotHeight) + 160 }} />
    </figure>
  );
}

/**
 * The boundary of a chart waiting for its gate, as one element that stays the same object while it waits: React
 * then passes nothing new into the dehydrated boundary (new props there would make it drop the server's HTML and
 * show nothing until the gate opens). Its callbacks call the latest ones given.
 */
function useWaitingBoundary(
  hydrating: { props: ClaimChartProps; gate: HydrationGate | null } | null,
  props: ClaimChartProps,
) {
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  return useMemo(() => {
    if (!hydrating?.gate) return null;
    const first = hydrating.props;
    const onOpen = (id: string) => latest.current.onOpen(id);
    const onBrush = first.onBrush ? (from: string, to: string) => latest.current.onBrush?.(from, to) : undefined;
    return (
      <LateHydration gate={hydrating.gate} fallback={<PendingChart {...first} />}>
        <DrawnChart {...first} onOpen={onOpen} onBrush={onBrush} />
      </LateHydration>
    );
  }, [hydrating]);
}

/** Whether two sets of props draw the same chart (callbacks aside): a filtered list makes the server's HTML stale. */
function sameDrawing(a: ClaimChartProps, b: ClaimChartProps): boolean {
  return (Object.keys({ ...a, ...b }) as (keyof ClaimChartProps)[]).every(
    (key) => typeof a[key] === 'function' || a[key] === b[key],
  );
}

/** Opens the gate when the slot's chart comes within 600 px of the viewport, or gets focus or the pointer. */
function useOpenGateWhenNear(slot: RefObject<HTMLDivElement | null>, gate: HydrationGate | null) {
  useEffect(() => {
    const element = slot.current?.firstElementChild;
    if (!gate || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && gate.open(), {
      rootMargin: '600px',
    });
    observer.observe(element);
    const events = ['focusin', 'pointerover', 'pointerdown', 'touchstart'] as const;
    for (const type of events) element.addEventListener(type, gate.open, { passive: true });
    return () => {
      observer.disconnect();
      for (const type of events) element.removeEventListener(type, gate.open);
    };
  }, [slot, gate]);
}

/** Memoised: a chart off screen keeps its last props until React's background render (useDeferredOffScreen). */
const DrawnChart = memo(function DrawnChart({
  model,
  events,
  onOpen,
  onBrush,
  asof,
  compact = false,
  view = DEFAULT_CHART_VIEW,
  plotHeight: fitted,
  subset = null,
  embedded = false,
}: ClaimChartProps) {
  const t = useT();
  const hints = useRenderHints();
  // The server drew at the width its hints gave; hydration starts from the same, then measures.
  const serverMarkup = useRendersServerMarkup();
  const [plotRef, width, widthMeasured] = useElementWidth<HTMLDivElement>(
    800,
    serverMarkup ? (hints?.plotWidth ?? null) : null,
  );
  // The dashboard's plot width, for the server's next render of this browser's pages (not a slide's: fitted).
  useEffect(() => {
    if (width && fitted === undefined && !compact) rememberPlotWidth(width);
  }, [width, fitted, compact]);
  const [store] = useState(createChartPointerStore);
  const prefix = `m${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const labels = effectiveLabelSetting(view.labels, model.plotted.length);
  const plotHeight = plotHeightFor(width ?? 800, compact, fitted);
  const large = (fitted ?? 0) >= 420;
  const domain = useMemo(() => chartTimeDomain(model), [model]);
  const layout = useMemo(
    () =>
      width
        ? layoutChart(model, events, domain, width, plotHeight, { labels, sourceLines: view.sourceLines, large })
        : null,
    [model, events, domain, width, plotHeight, labels, view.sourceLines, large],
  );
  const orderedIds = useMemo(() => markOrder(model), [model]);
  // A group of claims opens as its period: the dates narrow to it and single claims come back.
  const openMark = (id: string) => {
    const group = model.aggregate?.points.find((p) => p.id === id);
    if (group) onBrush?.(group.from, group.to);
    else onOpen(id);
  };
  const roving = useRovingFocus(orderedIds, openMark);
  const { markFocused } = store.getState().actions;
  const onFocusMark = useMemo(
    () => (id: string | null, at?: { x: number; y: number }) => markFocused(id && at ? { id, ...at } : null),
    [markFocused],
  );
  const specs = useMemo(() => {
    if (!layout) return [];
    const size = layout.markerSize;
    return symbolSpecs([
      ...[...model.plotted, ...model.unquantified].map((p) => ({
        state: p.claim.verification.state,
        kind: p.claim.kind,
        size,
      })),
      ...(model.aggregate?.points ?? []).map((p) => ({ state: p.state, kind: p.kind, size: groupSize(p.count) })),
    ]);
  }, [layout, model]);
  const titleId = `chart-title-${model.id}`;
  const statementsOnly = model.plotted.length === 0 && !model.aggregate;

  return (
    <figure
      className="chart"
      data-chart-id={model.id}
      data-rendered="true"
      // "assumed" while a server-rendered chart still shows the server's width: it is redrawn, and its marks move.
      data-width={widthMeasured ? 'measured' : 'assumed'}
      aria-labelledby={titleId}
    >
      <ChartCaption
        model={model}
        titleId={titleId}
        plotRef={plotRef}
        subset={subset}
        asof={asof}
        onBrush={onBrush}
        embedded={embedded}
      />
      <div className="chart__body">
        <div className="chart__plot" ref={plotRef}>
          {layout ? (
            <div role="group" aria-label={t('charts.plotLabel', { title: model.title })}>
              <ChartSurface
                layout={layout}
                domain={domain}
                statementsOnly={statementsOnly}
                fontSize={layout.fontSize > 12 ? 14 : 12}
              >
                <MarkerSymbols prefix={prefix} specs={specs} />
                <EventLayer layout={layout} />
                <LaneBand layout={layout} />
                <SourceLineLayer layout={layout} />
                <OriginLinkLayer layout={layout} />
                <MarkLayer
                  model={model}
                  layout={layout}
                  prefix={prefix}
                  activeId={roving.activeId}
                  register={roving.register}
                  onKeyNavigate={roving.onKeyNavigate}
                  onFocusMark={onFocusMark}
                />
                <LabelLayer layout={layout} />
                <ChartKey layout={layout} />
                <HighlightLayer layout={layout} />
                <HitOverlay layout={layout} domain={domain} store={store} onOpen={openMark} onBrush={onBrush} />
              </ChartSurface>
            </div>
          ) : (
            <div className="chart__placeholder" style={{ height: plotHeight + 160 }} />
          )}
          {layout ? <PointerOverlay store={store} model={model} width={layout.width} scale={1} /> : null}
          {layout ? <LabelList listed={layout.listed} onOpen={onOpen} /> : null}
        </div>
        <UndatedClaims undated={model.undated} onOpen={onOpen} />
      </div>
      <ChartSources sources={model.sources} embedded={embedded} />
      <ChartDataTableSlot model={model} onOpen={onOpen} />
      <PrintFootnotes model={model} />
    </figure>
  );
});
