import type { Claim } from '@/contract/claim-schema';
import type { ChartSummary } from '@/contract/claim-summary';
import { VERIFICATION_STATES } from '@/contract/vocabulary';
import { currentLocale } from '@/i18n/locale-store';
import { t } from '@/i18n/translate';
import { VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { countOrigins, originCountsText } from '@/lib/origin-counts';

export interface Caveats {
  /** The organisations (data, to be isolated where shown). */
  sources: string[];
  /** "12 claims from 5 origins; 3 origins single-source; 2 of unknown origin": repeats are not more evidence. */
  origins: string;
  states: string;
  grades: string;
  warnings: string[];
}

/** The small print every slide carries, built from the claims it shows, in the page's language. */
export function caveatsFor(claims: Claim[]): Caveats {
  return caveatsOf(
    claims.map((c) => ({ state: c.verification.state, kind: c.kind, count: 1 })),
    [...new Set(claims.map((c) => c.speaker.organisation))],
    claims.length ? originCountsText(countOrigins(claims)) : '',
    claims.filter((c) => c.grade?.reliability || c.grade?.credibility).length,
    claims.length,
  );
}

/**
 * The same small print for charts drawn from the API's summary (a list too long to load whole): states and kinds
 * counted over the claims with a figure (the summary's groups), the rest said apart; grades are not in the summary.
 */
export function caveatsForSummary(charts: ChartSummary[]): Caveats {
  const groups = charts.flatMap((chart) => chart.groups);
  const bySpeaker = new Map<string, number>();
  for (const chart of charts)
    for (const s of chart.sources) bySpeaker.set(s.organisation, (bySpeaker.get(s.organisation) ?? 0) + s.count);
  const claimCount = charts.reduce((n, c) => n + c.claimCount, 0);
  const apart = claimCount - groups.reduce((n, g) => n + g.count, 0);
  // An origin whose claims fall in two charts counts once per chart.
  const origins = charts
    .map((c) => c.origins)
    .reduce(
      (sum, o) => ({
        claims: sum.claims + o.claims,
        origins: sum.origins + o.origins,
        singleSource: sum.singleSource + o.singleSource,
        unknown: sum.unknown + o.unknown,
      }),
      { claims: 0, origins: 0, singleSource: 0, unknown: 0 },
    );
  const caveats = caveatsOf(
    groups,
    [...bySpeaker].sort((a, b) => b[1] - a[1]).map(([name]) => name),
    claimCount ? originCountsText(origins) : '',
    null,
    claimCount,
  );
  return {
    ...caveats,
    states:
      caveats.states && apart > 0
        ? t('briefing.statesOfFigures', { states: caveats.states, count: apart })
        : caveats.states,
  };
}

function caveatsOf(
  counted: { state: Claim['verification']['state']; kind: Claim['kind']; count: number }[],
  organisations: string[],
  origins: string,
  graded: number | null,
  claimCount: number,
): Caveats {
  const sum = (keep: (c: (typeof counted)[number]) => boolean) =>
    counted.reduce((n, c) => n + (keep(c) ? c.count : 0), 0);
  const states = VERIFICATION_STATES.map((s) => [s, sum((c) => c.state === s)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) =>
      t('briefing.stateCount', { count: n, state: VERIFICATION_STATE_LABELS[s].toLocaleLowerCase(currentLocale()) }),
    );
  const warnings: string[] = [];
  const projections = sum((c) => c.kind === 'projection_warning');
  if (projections) warnings.push(t('briefing.caveatProjections', { count: projections }));
  const weak = sum((c) => c.state === 'unverified' || c.state === 'single_source');
  if (weak) warnings.push(t('briefing.caveatWeak', { count: weak }));
  const denied = sum((c) => c.state === 'disputed_denied' || c.state === 'retracted');
  if (denied) warnings.push(t('briefing.caveatDenied', { count: denied }));
  return {
    sources: organisations,
    origins,
    states: states.length ? t('briefing.verification', { states: states.join(', ') }) : '',
    grades:
      graded === null
        ? t('briefing.gradesInTable')
        : graded
          ? t('briefing.graded', { count: graded, total: claimCount })
          : t('briefing.notGraded'),
    warnings,
  };
}
