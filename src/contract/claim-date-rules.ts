import type { z } from 'zod';
import { dateSpan, type PartialDate } from './partial-date';

interface DatedClaim {
  kind: string;
  claimedOn: PartialDate | null;
  figureAsOf: PartialDate | null;
  source: { publishedOn: PartialDate | null } | undefined;
  verification: { history: { date: PartialDate | null }[] };
}

/** The last instant of today (UTC): a date is in the future when it cannot have begun by then. */
const endOfToday = () => {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - 1;
};

/**
 * Rules that relate a claim's dates to today and to each other:
 * - no date lies wholly in the future (a report cannot have been made tomorrow);
 * - the date a figure refers to is not after the report that gives it — except for projections
 *   and warnings, whose figure is by nature about a later date ("up to 12,000 by December").
 */
export function checkClaimDates(claim: DatedClaim, ctx: z.RefinementCtx): void {
  const today = endOfToday();
  const future = (date: PartialDate | null | undefined, path: (string | number)[]) => {
    if (date && dateSpan(date).start > today)
      ctx.addIssue({ code: 'custom', path, message: `${date} is in the future` });
  };
  future(claim.claimedOn, ['claimedOn']);
  future(claim.figureAsOf, ['figureAsOf']);
  future(claim.source?.publishedOn, ['source', 'publishedOn']);
  claim.verification.history.forEach((change, index) =>
    future(change.date, ['verification', 'history', index, 'date']),
  );
  if (
    claim.kind !== 'projection_warning' &&
    claim.figureAsOf &&
    claim.claimedOn &&
    dateSpan(claim.figureAsOf).start > dateSpan(claim.claimedOn).end
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['figureAsOf'],
      message: `The figure's date ${claim.figureAsOf} is after the report date ${claim.claimedOn}; only a projection or warning may refer to a later date`,
    });
  }
}
