import { described, z } from './zod-mini';
import { ClaimKindSchema, SpeakerTypeSchema, VerificationStateSchema } from './vocabulary';
import type { Claim } from './claim-schema';
import { dateSpan } from './partial-date';

const IsoDaySchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD'),
  z.refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'Not a real calendar day',
  ),
);

/** A grade token: a reliability letter (A–F), a credibility digit (1–6), or "ungraded". */
export const GradeTokenSchema = z
  .string()
  .check(
    z.regex(/^([A-F]|[1-6]|ungraded)$/, 'Expected a reliability letter A–F, a credibility digit 1–6, or "ungraded"'),
  );

/**
 * The one filter schema: it parses the page URL, forms the query key, becomes the API's
 * query parameters, and validates requests in the mock API and the server.
 * Repeatable parameters are arrays; an empty array means "any".
 */
export const ClaimFiltersSchema = z.object({
  metric: z.optional(
    z.string().check(z.regex(/^[a-z0-9_]{1,64}$/, 'Metric ids are lower-case letters, digits and "_"')),
  ),
  /** Source entity ids (GET /api/sources). Both APIs first turn a name or alias as written ("NIS") into its id. */
  source: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(50)), []),
  type: z._default(z.array(SpeakerTypeSchema), []),
  country: z._default(
    z
      .array(z.string().check(z.regex(/^([A-Z]{2}|none)$/, 'Expected a two-letter country code or "none"')))
      .check(z.maxLength(50)),
    [],
  ),
  state: z._default(z.array(VerificationStateSchema), []),
  kind: z._default(z.array(ClaimKindSchema), []),
  grade: z._default(z.array(GradeTokenSchema).check(z.maxLength(13)), []),
  warning: described(
    z._default(
      z
        .array(
          z
            .string()
            .check(
              z.regex(
                /^(any|[a-z][a-z0-9_]{0,63})$/,
                'Expected "any" or a warning code such as unrecognised_qualifier',
              ),
            ),
        )
        .check(z.maxLength(20)),
      [],
    ),
    'Claims the import warned about: "any", or a warning code',
  ),
  from: z.optional(IsoDaySchema),
  to: z.optional(IsoDaySchema),
  asof: described(
    z.optional(IsoDaySchema),
    'Show the claims as known on this day: made on or before it, with the state they had then',
  ),
  q: described(
    z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    'Text search over speaker, outlet, quote and notes',
  ),
});
export type ClaimFilters = z.infer<typeof ClaimFiltersSchema>;

const REPEATABLE = ['source', 'type', 'country', 'state', 'kind', 'grade', 'warning'] as const;
const SINGLE = ['metric', 'from', 'to', 'asof', 'q'] as const;
type FilterKey = (typeof REPEATABLE)[number] | (typeof SINGLE)[number];
const KNOWN = new Set<string>([...REPEATABLE, ...SINGLE]);

export interface FilterProblem {
  param: string;
  value: string;
  reason: string;
}

/**
 * Reads filters from URL search params, keeping every valid value and reporting each invalid
 * one (unknown parameter, bad value, inverted range) instead of failing the whole view.
 */
export function parseClaimFilters(
  params: URLSearchParams,
  ignore: readonly string[] = [],
): {
  filters: ClaimFilters;
  problems: FilterProblem[];
} {
  const problems: FilterProblem[] = [];
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) {
      if (!ignore.includes(key))
        problems.push({ param: key, value: params.getAll(key).join(','), reason: 'Unknown parameter' });
      continue;
    }
    const fieldSchema = ClaimFiltersSchema.shape[key as FilterKey];
    if ((REPEATABLE as readonly string[]).includes(key)) {
      const values = params
        .getAll(key)
        .flatMap((v) => v.split(','))
        .filter((v) => v !== '');
      const kept: string[] = [];
      for (const value of values) {
        const ok = (fieldSchema as z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniType>>).def.innerType.def.element.safeParse(
          value,
        );
        if (ok.success) {
          if (!kept.includes(value)) kept.push(value);
        } else problems.push({ param: key, value, reason: ok.error.issues[0]?.message ?? 'Invalid value' });
      }
      raw[key] = kept.sort();
    } else {
      const value = params.get(key) ?? '';
      const ok = fieldSchema.safeParse(value);
      if (ok.success) raw[key] = value;
      else problems.push({ param: key, value, reason: ok.error.issues[0]?.message ?? 'Invalid value' });
    }
  }
  const filters = ClaimFiltersSchema.parse(raw);
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push({
      param: 'to',
      value: filters.to,
      reason: `"to" (${filters.to}) is before "from" (${filters.from})`,
    });
    delete filters.to;
  }
  return { filters, problems };
}

/** Filters as URL search params, in a stable order so that equal filters give equal URLs. */
export function claimFiltersToParams(filters: ClaimFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.metric) params.set('metric', filters.metric);
  for (const key of REPEATABLE) for (const value of [...filters[key]].sort()) params.append(key, value);
  for (const key of ['from', 'to', 'asof', 'q'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** How many filters narrow the view (each repeatable value counts once). */
export function activeFilterCount(filters: ClaimFilters): number {
  return [...claimFiltersToParams(filters).keys()].length;
}

/** The filtering semantics both APIs honour. A date range keeps claims whose date overlaps it. */
export function claimMatchesFilters(claim: Claim, filters: ClaimFilters): boolean {
  if (filters.metric && claim.metricId !== filters.metric) return false;
  if (filters.source.length > 0 && !filters.source.includes(claim.speaker.sourceId ?? claim.speaker.organisation))
    return false;
  if (filters.type.length > 0 && !filters.type.includes(claim.speaker.type)) return false;
  if (filters.state.length > 0 && !filters.state.includes(claim.verification.state)) return false;
  if (filters.kind.length > 0 && !filters.kind.includes(claim.kind)) return false;
  if (filters.country.length > 0 && !filters.country.includes(claim.speaker.country ?? 'none')) return false;
  if (filters.grade.length > 0 && !matchesGrade(claim, filters.grade)) return false;
  if (
    filters.warning.length > 0 &&
    !claim.warnings.some((w) => filters.warning.includes('any') || filters.warning.includes(w.code))
  )
    return false;
  if (filters.q && !matchesText(claim, filters.q)) return false;
  if (filters.from || filters.to) {
    if (!claim.claimedOn) return false;
    const span = dateSpan(claim.claimedOn);
    if (filters.from && span.end < Date.parse(`${filters.from}T00:00:00Z`)) return false;
    if (filters.to && span.start > Date.parse(`${filters.to}T23:59:59.999Z`)) return false;
  }
  return true;
}

/** Letters narrow reliability, digits narrow credibility, "ungraded" keeps claims with no grade. */
function matchesGrade(claim: Claim, tokens: string[]): boolean {
  const reliability = claim.grade?.reliability ?? null;
  const credibility = claim.grade?.credibility ?? null;
  if (reliability === null && credibility === null) return tokens.includes('ungraded');
  const letters = tokens.filter((t) => /^[A-F]$/.test(t));
  const digits = tokens.filter((t) => /^[1-6]$/.test(t));
  if (letters.length === 0 && digits.length === 0) return false;
  return (
    (letters.length === 0 || (reliability !== null && letters.includes(reliability))) &&
    (digits.length === 0 || (credibility !== null && digits.includes(String(credibility))))
  );
}

/** Case-, accent- and width-insensitive text so "Zelenskyy", "ZELENSKY" and "zelensky" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function matchesText(claim: Claim, query: string): boolean {
  const haystack = foldText(
    [
      claim.id,
      claim.speaker.name,
      claim.speaker.role,
      claim.speaker.organisation,
      claim.source.outlet,
      claim.quote?.text,
      claim.notes,
      claim.verification.note,
      claim.figure.text,
      ...claim.provenance,
    ]
      .filter(Boolean)
      .join(' \n '),
  );
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
