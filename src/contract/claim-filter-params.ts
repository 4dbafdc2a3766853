import type { z } from './zod-mini';
import { ClaimFiltersSchema, type ClaimFilters } from './claim-filters';
import type { Issue } from './issue-schema';

const REPEATABLE = ['source', 'type', 'country', 'state', 'kind', 'grade', 'warning', 'origin'] as const;
const SINGLE = ['metric', 'independent', 'archive', 'from', 'to', 'asof', 'q'] as const;
type FilterKey = (typeof REPEATABLE)[number] | (typeof SINGLE)[number];
const KNOWN = new Set<string>([...REPEATABLE, ...SINGLE]);

export interface FilterProblem {
  param: string;
  value: string;
  reason: string;
}

/** Filter problems as the API's issues (a 400 answer of either API): the parameter, and why, with what was given. */
export const filterProblemIssues = (problems: readonly FilterProblem[]): Issue[] =>
  problems.map((p) => ({ field: p.param, code: 'invalid_filter', message: `${p.reason} (got "${p.value}")` }));

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
  if (filters.independent) params.set('independent', filters.independent);
  if (filters.archive) params.set('archive', filters.archive);
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
