import type { Claim } from './claim-schema';
import type { ChunkedList, Sequence } from './chunked-list';
import type { PartialDate } from './partial-date';

/* The shapes of a list's columns (claim-columns.ts), apart from the code that reads them: what reads them need not. */

/**
 * Claims per page of the state column. A whole column copied by every state change was 1 MB at 1,000,000 claims, memory
 * outside V8's heap: every 10 or so changes started a collection of the young generation for it, 12–60 ms at that heap.
 */
export const STATE_PAGE_BITS = 14;
export const STATE_PAGE_MASK = (1 << STATE_PAGE_BITS) - 1;

/** Where a claim's date falls: the middle of its span, its start, and the start and end of each period that holds it. */
export interface DatePlace {
  date: PartialDate;
  time: number;
  start: number;
  end: number;
  /** Per period of PERIODS, the period's first and last millisecond. */
  periods: { start: number; end: number }[];
}

export interface ClaimColumns {
  /** The claims, in the columns' order. */
  claims: Sequence<Claim>;
  /**
   * Their ids, read for a summary's samples: from this list a sample's id is one read at random, where from its claim
   * it was two (the claim, then its id), about 1 ms of a summary at 1,000,000 claims. In chunks, so that a new claim
   * copies one chunk of ids, not 8 MB of them.
   */
  ids: ChunkedList<string>;
  metricIds: string[];
  /** Per claim, its metric in `metricIds`. */
  metric: Int32Array;
  places: DatePlace[];
  /** Per claim, its date's place in `places`; -1 when undated. */
  place: Int32Array;
  /**
   * Per claim, its state in VERIFICATION_STATES, in pages of 2 ** STATE_PAGE_BITS claims: the claim at i is at
   * `statePages[i >>> STATE_PAGE_BITS][i & STATE_PAGE_MASK]`. A state change copies its claim's page, not the column.
   */
  statePages: readonly Uint8Array[];
  /** Per claim, its kind in CLAIM_KINDS. */
  kind: Uint8Array;
  /** Per claim, its figure on a value axis (a range: its middle) and its extent; NaN when it gives none to draw. */
  value: Float64Array;
  /**
   * Per claim, the start of the date its figure refers to (referenceStart: its `figureAsOf`, else `claimedOn`); NaN when
   * undated. Read to find the claims near an edited one (with-claims-edited.ts) without reading a claim.
   */
  reference: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /**
   * The origins by number. Only ever appended to: a new claim's columns share the list of the columns before, and
   * number a new origin after every one it holds (claim-columns-inserted.ts).
   */
  originIds: string[];
  /** Per claim, its origin in `originIds`; -1 when its origin is unknown. */
  origin: Int32Array;
  organisations: string[];
  organisation: Int32Array;
  /** Per claim, its speaker's type in `types`, and its country (or "none") in `countries`. */
  types: string[];
  type: Int32Array;
  countries: string[];
  country: Int32Array;
  /**
   * Whether the claims of each date (and the undated claims) come in id order (as a server keeps them, in the answer's order): then of two
   * claims of one date the first is the first by id, and no id is read to order them.
   */
  idsInOrderPerDate: boolean;
}
