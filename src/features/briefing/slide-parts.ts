import type { ReactNode } from 'react';
import type { ClaimFilters } from '@/contract/claim-filters';
import { parseClaimFilters } from '@/contract/claim-filter-params';
import { LANG_PARAM } from '@/contract/locale';
import { CHART_VIEW_PARAMS } from '@/lib/chart-view-settings';

/** What a slide shows, read from its saved view path: the charts (`/`), the compare view or the table. */
export interface SlideSource {
  kind: 'charts' | 'compare' | 'table';
  params: URLSearchParams;
  filters: ClaimFilters;
}

/** How big the slide wants its charts: absent when the slide is not fitted to a frame (print). */
export interface SlideFit {
  plotHeight?: number;
  /**
   * Shows the slide as known on another day (a replay playing in the slide): its stamp, filters line and caveats
   * follow. Absent where the slide cannot change (print).
   */
  onAsofChange?: (day: string) => void;
}

export interface SlideContent {
  body: ReactNode;
  /** Said under the title, e.g. "Saved from the table view, shown as charts". */
  note?: string | null;
}

export type RenderSlide = (source: SlideSource, fit: SlideFit) => SlideContent;

/** `last`: the last part of a slide whose charts are split over several screens. */
export type SlidePart = number | 'last';

export function slideSourceOf(view: string): SlideSource {
  const url = new URL(view, 'http://x');
  const kind = url.pathname === '/compare' ? 'compare' : url.pathname === '/table' ? 'table' : 'charts';
  return {
    kind,
    params: url.searchParams,
    filters: parseClaimFilters(url.searchParams, ['window', 'sort', LANG_PARAM, ...CHART_VIEW_PARAMS]).filters,
  };
}

/** At most this many charts share a screen; a view with more is split into parts of (nearly) equal size. */
export const CHARTS_PER_SCREEN = 4;

/**
 * Which of a slide's `count` charts a part shows (`first` inclusive, `end` exclusive), with at most
 * `capacity` per screen, and the grid they are laid out in: one chart alone, two side by side (each
 * keeps the full height for its plot), three or four in a 2×2 grid.
 */
export function slidePartLayout(count: number, part: SlidePart, capacity = CHARTS_PER_SCREEN) {
  const parts = Math.max(1, Math.ceil(count / capacity));
  const current = part === 'last' ? parts : Math.min(Math.max(part, 1), parts);
  const perPart = Math.max(1, Math.ceil(count / parts));
  const first = (current - 1) * perPart;
  const end = Math.min(count, first + perPart);
  const shown = Math.max(end - first, 1);
  const columns = shown >= 2 ? 2 : 1;
  return { parts, current, first, end, columns, rows: Math.ceil(shown / columns) };
}

/** The slide is designed at least this wide and scaled down on smaller screens, so it never scrolls. */
