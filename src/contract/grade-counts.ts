import { described, z } from './zod-mini';
import { asArray, type Sequence } from './chunked-list';
import type { Claim } from './claim-schema';
import { GradeTokenSchema } from './claim-filters';
import { claimAsKnownOn } from './select-claims';
import { parseClaimFilters, type FilterProblem } from './claim-filter-params';
import { InformationCredibilitySchema, SourceReliabilitySchema } from './vocabulary';

/*
 * GET /api/claims/grades: how many claims have each grade token the grade filter offers (ADR 016). Like the source
 * counts (GET /api/sources), it counts every claim, not the filtered ones; as known on `asof` when given, for a grade
 * is dated like a verification state.
 */

/** Every grade token GradeTokenSchema accepts: the reliability letters, the credibility digits and "ungraded". */
export const GRADE_TOKENS = [
  ...SourceReliabilitySchema.options,
  ...InformationCredibilitySchema.def.options.map((literal) => String(literal.def.values[0])),
  'ungraded',
];

const count = z.number().check(z.int(), z.nonnegative());

export const GradeCountsResponseSchema = z.object({
  total: described(count, 'Claims counted (as known on `asof` when given)'),
  graded: described(count, 'Claims with a reliability, a credibility or both'),
  counts: described(
    z.array(z.object({ token: GradeTokenSchema, count })),
    'For each grade filter token (A–F, 1–6, ungraded, in that order), how many claims it keeps',
  ),
});
export type GradeCountsResponse = z.infer<typeof GradeCountsResponseSchema>;

/** The counts for these claims: a claim counts once for its letter and once for its digit, or for "ungraded". */
export function gradeCounts(claims: Sequence<Claim>): GradeCountsResponse {
  const tally = new Map<string, number>(GRADE_TOKENS.map((t) => [t, 0]));
  const add = (token: string) => tally.set(token, (tally.get(token) ?? 0) + 1);
  let graded = 0;
  for (const { grade } of claims) {
    if (grade?.reliability) add(grade.reliability);
    if (grade?.credibility) add(String(grade.credibility));
    if (grade?.reliability || grade?.credibility) graded += 1;
    else add('ungraded');
  }
  return {
    total: claims.length,
    graded,
    counts: GRADE_TOKENS.map((token) => ({ token, count: tally.get(token) ?? 0 })),
  };
}

/** The claims counted: `current` (as served now), or `raw` as known on `asof`. */
export const claimsToCount = (raw: Sequence<Claim>, current: Sequence<Claim>, asof: string | undefined) =>
  asof ? asArray(raw).flatMap((c) => claimAsKnownOn(c, asof) ?? []) : current;

/** The one parameter, `asof`; any other is refused as the filters refuse an unknown one. */
export function parseGradeCountParams(params: URLSearchParams): {
  asof: string | undefined;
  problems: FilterProblem[];
} {
  const { filters, problems } = parseClaimFilters(params);
  for (const key of new Set(params.keys()))
    if (key !== 'asof' && !problems.some((p) => p.param === key))
      problems.push({ param: key, value: params.getAll(key).join(','), reason: 'Not a parameter of the grade counts' });
  return { asof: filters.asof, problems };
}
