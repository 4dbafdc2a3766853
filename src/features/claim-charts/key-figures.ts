import { compareByTime } from './compare-by-time';
import type { PlottedClaim } from './chart-model-types';

const valueOf = (p: PlottedClaim) => p.value ?? p.high ?? p.low ?? 0;

/**
 * The claims a "key figures" chart labels: for each source organisation, its first, its highest
 * and its latest figure (one, two or three claims per source).
 */
export function keyFigureIds(plotted: readonly PlottedClaim[]): Set<string> {
  const bySource = new Map<string, PlottedClaim[]>();
  for (const p of plotted) {
    const list = bySource.get(p.claim.speaker.organisation);
    if (list) list.push(p);
    else bySource.set(p.claim.speaker.organisation, [p]);
  }
  const ids = new Set<string>();
  for (const list of bySource.values()) {
    const byTime = [...list].sort(compareByTime);
    const first = byTime[0];
    const latest = byTime.at(-1);
    const highest = byTime.reduce((best, p) => (valueOf(p) > valueOf(best) ? p : best), byTime[0]!);
    for (const p of [first, highest, latest]) if (p) ids.add(p.claim.id);
  }
  return ids;
}
