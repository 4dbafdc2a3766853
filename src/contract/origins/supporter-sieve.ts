import type { ClaimColumns } from '../claim-columns-types';
import { CLAIM_KINDS } from '../vocabulary';
import { AGREEMENT } from './origin-rules';

const DAY = 86_400_000;
const PROJECTION = CLAIM_KINDS.indexOf('projection_warning');

/** The claim whose supporters are sought, as supportersOf reads it: its figure's interval and its reference date. */
export interface SieveTarget {
  metricId: string;
  projection: boolean;
  /** referenceStart of the claim. */
  when: number;
  /** Its figure's interval, as figuresAgree reads it. */
  interval: readonly [number, number];
}

/**
 * A first look at the claim at a position, without reading the claim: null when it cannot support the target; else its
 * reference date (referenceStart) as the columns hold it, or undefined for a claim they lack (it is read).
 */
export type SupporterSieve = (index: number) => number | null | undefined;

/** What a sieve reads of the columns (claim-columns.ts). */
export type SieveColumns = Pick<ClaimColumns, 'metricIds' | 'metric' | 'kind' | 'reference' | 'value' | 'min' | 'max'>;

/**
 * Sieves over the columns of the claims before a write: `row` is the row in `columns` of the claim at a position of the
 * list read (-1 for a claim the columns lack, which is let through). At 1,000,000 SYNTHETIC claims the 3,000 claims
 * near an edit took 4 ms of its answer to read one by one, scattered through the heap; their columns are numbers side
 * by side, and most fail on them.
 *
 * Exact: a claim that supports the target passes. Its metric, kind and reference date are in the columns as they are
 * in the claim. Its figure's interval (figuresAgree) lies within the hull of its value, min and max (figureExtent):
 * the same interval for a range or a value alone, wider for a value with one bound. A wider interval is no further
 * from the target's, and, when the target's top is above zero, no larger a share of the larger top: a hull that does
 * not agree has no interval within it that does. With a target's top at zero or below, the figure is not sieved.
 */
export function columnSieve(
  columns: SieveColumns,
  row: (index: number) => number,
): (target: SieveTarget) => SupporterSieve {
  const { metric, kind, reference, value, min, max } = columns;
  const window = AGREEMENT.days * DAY;
  const tolerance = AGREEMENT.tolerance;
  return ({ metricId, projection, when, interval: [low, high] }) => {
    // -1 for a metric no claim of the columns has: no row matches it.
    const m = columns.metricIds.indexOf(metricId);
    const sieveFigures = high > 0;
    return (index) => {
      const r = row(index);
      if (r < 0) return undefined;
      if (metric[r] !== m || (kind[r] === PROJECTION) !== projection) return null;
      const at = reference[r] as number;
      // NaN (undated) fails.
      if (!(Math.abs(at - when) <= window)) return null;
      const middle = value[r] as number;
      const bottom = Math.min(min[r] as number, middle);
      const top = Math.max(max[r] as number, middle);
      // NaN: no figure to agree with.
      if (Number.isNaN(bottom) || Number.isNaN(top)) return null;
      if (!sieveFigures) return at;
      const lo = Math.max(low, bottom);
      const hi = Math.min(high, top);
      return lo <= hi || (lo - hi) / Math.max(high, top) <= tolerance ? at : null;
    };
  };
}
