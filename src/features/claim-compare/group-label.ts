import type { ComparisonGroup } from '@/contract/claim-comparison';
import { formatPartialDate } from '@/lib/format';
import { periodLabel } from '@/lib/periods';

/** A compared period in words: "Week of 14 Oct 2024", "Oct 2024 (day not known)", "Q4 2024", "Date not known". */
export function groupLabel({ period, start, dayUnknown }: Pick<ComparisonGroup, 'period' | 'start' | 'dayUnknown'>) {
  if (period === 'undated' || start === null) return 'Date not known';
  if (period === 'year') return `${start.slice(0, 4)} (month not known)`;
  if (period === 'month') return `${formatPartialDate(start.slice(0, 7))}${dayUnknown ? ' (day not known)' : ''}`;
  return periodLabel(Date.parse(`${start}T00:00:00Z`), period);
}
