import type { FilterProblem } from './claim-filter-params';

/**
 * Query parameter `name` as one whole number from `min` to `max`, written in at most `digits` digits; `fallback`
 * when it is absent. Anything else (repeated, signed, fractional, out of range) is a problem that names it.
 */
export function readWholeNumber(
  params: URLSearchParams,
  name: string,
  bounds: { min: number; max: number; digits: number; fallback: number },
  problems: FilterProblem[],
): number {
  const given = params.getAll(name);
  if (given.length === 0) return bounds.fallback;
  const text = given.length === 1 ? (given[0] ?? '') : '';
  const n = new RegExp(`^\\d{1,${bounds.digits}}$`).test(text) ? Number(text) : NaN;
  if (n >= bounds.min && n <= bounds.max) return n;
  problems.push({
    param: name,
    value: given.join(','),
    reason: `Must be a whole number from ${bounds.min} to ${bounds.max}`,
  });
  return bounds.fallback;
}
