import type { Claim } from '@/contract/claim-schema';
import { dateSpan } from '@/contract/partial-date';
import { compareByTime } from './compare-by-time';
import type { ChartModel, FoldedRepeats } from './chart-model-types';

/** What a row says about its claim's origin when the chart folds and links origins. */
export type OriginCellNote =
  | { type: 'folds'; folded: FoldedRepeats; sameOriginAs: string[] }
  | { type: 'folded-into'; id: string }
  | { type: 'linked'; sameOriginAs: string[] };

export interface ChartTableRow {
  claim: Claim;
  metricLabel: string;
  mid: number;
  origin: OriginCellNote | null;
}

const midOf = (claim: Claim) => {
  if (claim.claimedOn === null) return Number.POSITIVE_INFINITY;
  const { start, end } = dateSpan(claim.claimedOn);
  return (start + end) / 2;
};

/**
 * Every claim of the chart as a row in time order: plotted marks, the claims a folded mark stands
 * for (each a row of its own), claims without a figure, then undated claims.
 */
export function chartTableRows(model: ChartModel): ChartTableRow[] {
  const rows: ChartTableRow[] = [];
  for (const p of model.plotted) {
    const linked = p.sameOriginAs ?? [];
    const origin: OriginCellNote | null = p.folded
      ? { type: 'folds', folded: p.folded, sameOriginAs: linked }
      : linked.length
        ? { type: 'linked', sameOriginAs: linked }
        : null;
    rows.push({ claim: p.claim, metricLabel: p.metricLabel, mid: p.mid, origin });
    for (const claim of p.folded?.claims.slice(1) ?? [])
      rows.push({
        claim,
        metricLabel: p.metricLabel,
        mid: midOf(claim),
        origin: { type: 'folded-into', id: p.claim.id },
      });
  }
  for (const p of model.unquantified) rows.push({ ...p, origin: null });
  for (const u of model.undated) rows.push({ ...u, mid: Number.POSITIVE_INFINITY, origin: null });
  return rows.sort(compareByTime);
}
