import type { FoldedRepeats, PlottedClaim } from './chart-model-types';
import { compareByTime } from './compare-by-time';
import { t } from '@/i18n/translate';

/**
 * What makes two plotted claims one repeated figure: the same known origin, metric and kind, and
 * the same figure (value, range ends and "more than"/"up to"). A claim of unknown origin never folds.
 */
function foldKey({ claim }: PlottedClaim): string | null {
  if (claim.originId === null) return null;
  const { value, low, high, bound } = claim.figure;
  return JSON.stringify([claim.originId, claim.metricId, claim.kind, value, low, high, bound]);
}

const earliestFirst = (a: PlottedClaim, b: PlottedClaim) => a.start - b.start || compareByTime(a, b);

/** "×3 outlets"; "×2 reports" when one outlet carried them all (in the page's language). */
export function foldMarker(count: number, outlets: number): string {
  return outlets > 1 ? t('charts.fold.outlets', { count: outlets }) : t('charts.fold.reports', { count });
}

/**
 * Folds each origin's repeats of one figure into one mark: the earliest claim (by its date), carrying
 * every folded claim and their outlets. Different figures from one origin stay marks of their own.
 * The result keeps the input's order.
 */
export function foldRepeats(plotted: PlottedClaim[]): PlottedClaim[] {
  const byKey = new Map<string, PlottedClaim[]>();
  for (const p of plotted) {
    const key = foldKey(p);
    if (key === null) continue;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  const folded = new Map<string, FoldedRepeats>();
  const dropped = new Set<string>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const members = [...list].sort(earliestFirst);
    const claims = members.map((m) => m.claim);
    const outlets = [...new Set(claims.map((c) => c.source.outlet))];
    const [first, ...rest] = members;
    if (!first) continue;
    folded.set(first.claim.id, { claims, outlets, marker: foldMarker(claims.length, outlets.length) });
    for (const r of rest) dropped.add(r.claim.id);
  }
  return plotted
    .filter((p) => !dropped.has(p.claim.id))
    .map((p) => {
      const repeats = folded.get(p.claim.id);
      return repeats ? { ...p, folded: repeats } : p;
    });
}

/** Marks each plotted claim that shares its known origin with other marks of the chart: those are drawn linked. */
export function linkOrigins(plotted: PlottedClaim[]): PlottedClaim[] {
  const byOrigin = new Map<string, string[]>();
  for (const p of [...plotted].sort(compareByTime)) {
    const origin = p.claim.originId;
    if (origin === null) continue;
    byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), p.claim.id]);
  }
  return plotted.map((p) => {
    const ids = p.claim.originId === null ? [] : (byOrigin.get(p.claim.originId) ?? []);
    return ids.length > 1 ? { ...p, sameOriginAs: ids.filter((id) => id !== p.claim.id) } : p;
  });
}

/** The words that say what a mark folds or links: "×3 outlets: C041 (Yonhap), C042 (KBS)…; same origin as C089". */
export function originNote(p: Pick<PlottedClaim, 'folded' | 'sameOriginAs'>): string | null {
  const parts: string[] = [];
  if (p.folded)
    parts.push(
      t('charts.origin.folded', {
        marker: p.folded.marker,
        claims: p.folded.claims.map((c) => `${c.id} (${c.source.outlet})`).join(', '),
      }),
    );
  if (p.sameOriginAs?.length) parts.push(t('charts.origin.sameAs', { ids: p.sameOriginAs.join(', ') }));
  return parts.length ? parts.join('; ') : null;
}
