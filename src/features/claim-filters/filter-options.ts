import type { SourceSummary } from '@/contract/responses';
import { countryName } from '@/lib/labels';

/** Countries behind the sources, with how many claims each gave; "none" for sources with no country. */
export function countryOptions(sources: SourceSummary[]) {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.country ?? 'none', (counts.get(s.country ?? 'none') ?? 0) + s.claimCount);
  return [...counts]
    .map(([value, count]) => ({
      value,
      label: value === 'none' ? 'No single country' : (countryName(value) ?? value),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const GRADE_OPTIONS = [
  ...['A', 'B', 'C', 'D', 'E', 'F'].map((v) => ({ value: v, label: `Reliability ${v}` })),
  ...['1', '2', '3', '4', '5', '6'].map((v) => ({ value: v, label: `Credibility ${v}` })),
  { value: 'ungraded', label: 'Not graded' },
];
