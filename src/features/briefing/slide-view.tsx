import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { referenceText } from '@/i18n/reference-text';
import { useQuery } from '@tanstack/react-query';
import { useClaimList } from '@/api/queries/use-claim-list';
import { claimQueries } from '@/api/queries/claim-queries';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';
import { useOriginLabel } from '@/api/queries/origin-queries';
import type { Briefing } from '@/contract/briefing-schema';
import { filtersSummary } from '@/lib/describe-filters';
import { formatPartialDate } from '@/lib/format';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { caveatsFor, caveatsForSummary } from './caveats';
import { slidePartLayout, slideSourceOf, type RenderSlide, type SlidePart } from './slide-parts';
import { useSlideFit } from './use-slide-fit';

interface SlideViewProps {
  deck: Briefing;
  index: number;
  renderSlide: RenderSlide;
  part?: SlidePart;
  showNote?: boolean;
  /** Fit the slide's content to its box (presentation); otherwise it takes the height it needs (print). */
  fitted?: boolean;
  onParts?: (parts: number) => void;
  /** Charts per screen this slide was found to need before (kept while presenting, so its parts stay the same). */
  capacity?: number;
  onCapacity?: (capacity: number) => void;
}

/** One slide: title, position, filters and "as of" stamp, the view it saved, and the caveat footer. */
export function SlideView({
  deck,
  index,
  renderSlide,
  part = 1,
  showNote = false,
  fitted = false,
  onParts,
  capacity,
  onCapacity,
}: SlideViewProps) {
  const t = useT();
  const slide = deck.slides[index];
  // The day a replay on this slide shows, if it has moved from the one the slide was saved at.
  const [frame, setFrame] = useState<{ slide: number; asof: string } | null>(null);
  const frameAsof = frame?.slide === index ? frame.asof : null;
  const source = useMemo(() => {
    const saved = slideSourceOf(slide?.view ?? '/');
    if (!frameAsof) return saved;
    const params = new URLSearchParams(saved.params);
    params.set('asof', frameAsof);
    return { ...saved, params, filters: { ...saved.filters, asof: frameAsof } };
  }, [slide, frameAsof]);
  const onAsofChange = useCallback((day: string) => setFrame({ slide: index, asof: day }), [index]);
  const { filters } = source;
  const claims = useClaimList(filters);
  // A view too long to load whole is drawn from the summary (the charts' own query): its caveats come from it too.
  const summarised = claims.data !== undefined && !claims.data.complete;
  const summaryQuery = useQuery({ ...claimQueries.summary(filters), enabled: summarised });
  const summary = summarised ? summaryQuery.data : undefined;
  const caveatsKnown = claims.data !== undefined && (!summarised || summary !== undefined);
  const metrics = useQuery(metricQueries.list());
  const sources = useQuery(sourceQueries.list());
  const originLabel = useOriginLabel(filters.origin);
  const body = useRef<HTMLDivElement>(null);
  const fitBox = useRef<HTMLDivElement>(null);
  const fit = useSlideFit(body, fitBox, fitted, part, `${index}`, capacity);
  const { parts, current, columns } = slidePartLayout(fit.count, part, fit.capacity);
  useEffect(() => onParts?.(parts), [onParts, parts]);
  useEffect(() => onCapacity?.(fit.capacity), [onCapacity, fit.capacity]);
  const shownClaims = useMemo(() => {
    const list = claims.data?.claims ?? [];
    if (!fit.chartIds) return list;
    // A chart is one metric chart group; a metric the API did not describe is its own group.
    const groupOf = new Map((metrics.data?.metrics ?? []).map((m) => [m.id, m.chartGroup.id]));
    return list.filter((c) => fit.chartIds?.includes(groupOf.get(c.metricId) ?? c.metricId));
  }, [claims.data, metrics.data, fit.chartIds]);
  const shownCharts = useMemo(
    () => summary?.charts.filter((c) => !fit.chartIds || fit.chartIds.includes(c.chartGroupId)),
    [summary, fit.chartIds],
  );
  const caveats = shownCharts ? caveatsForSummary(shownCharts) : caveatsFor(shownClaims);
  const asOf =
    filters.asof ??
    latest(shownCharts ? shownCharts.map((c) => c.latestClaimedOn) : shownClaims.map((c) => c.claimedOn));
  const described = useMemo(() => {
    const labels = new Map((metrics.data?.metrics ?? []).map((m) => [m.id, referenceText(m.label)]));
    const names = new Map((sources.data?.sources ?? []).map((s) => [s.id, s.name]));
    return filtersSummary(filters, {
      metricLabel: (id) => labels.get(id) ?? id,
      sourceName: (id) => names.get(id),
      originLabel,
    });
  }, [filters, metrics.data, sources.data, originLabel]);
  if (!slide) return null;
  const content = renderSlide(source, fitted ? { plotHeight: fit.plotHeight, onAsofChange } : {});
  const describedLine = [described, content.note].filter(Boolean).join(' · ');
  return (
    <section
      className={`slide${fitted ? ' slide--fitted' : ''}`}
      aria-label={t('briefing.slideLabel', { index: index + 1, title: slide.title })}
    >
      <header className="presentation__head">
        <h1>
          <bdi>{slide.title}</bdi>
        </h1>
        <p className="presentation__meta" aria-live="polite">
          <RichText
            text={t(parts > 1 ? 'briefing.slideMetaPart' : 'briefing.slideMeta', {
              index: index + 1,
              total: deck.slides.length,
              part: current,
              parts,
              date: formatPartialDate(asOf),
            })}
            tags={{ deck: () => <bdi>{deck.title}</bdi> }}
          />
          {filters.asof ? ` ${t('briefing.pastView')}` : ''}
        </p>
        {describedLine ? <p className="presentation__filters">{describedLine}</p> : null}
      </header>
      <div className="presentation__body" ref={body}>
        <div className="presentation__fit" ref={fitBox} style={fit.style} data-columns={columns}>
          {content.body}
        </div>
      </div>
      {showNote && slide.note ? (
        <aside className="presentation__note" aria-label={t('briefing.speakerNote')}>
          <bdi>{slide.note}</bdi>
        </aside>
      ) : null}
      <footer className="presentation__caveats">
        {caveats.warnings.map((w) => (
          <p key={w} className="presentation__warning">
            ⚠ {w}
          </p>
        ))}
        <p className="presentation__sources">
          {/* While the slide's claims load, it does not say it has none. */}
          {caveats.sources.length
            ? `${t('briefing.sourcesCount', { count: caveats.sources.length })} `
            : caveatsKnown
              ? t('briefing.noClaimsOnSlide')
              : null}
          {caveats.sources.map((name, i) => (
            <span key={name}>
              {i > 0 ? ' · ' : null}
              <bdi>{name}</bdi>
            </span>
          ))}
        </p>
        <p>
          {[caveats.origins, caveats.states, caveats.grades].filter(Boolean).join(' · ')} · {t('briefing.notFacts')}
          {fitted ? ` ${t('briefing.keys')}` : ''}
        </p>
      </footer>
    </section>
  );
}

const latest = (dates: (string | null)[]) =>
  dates
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) ?? null;
