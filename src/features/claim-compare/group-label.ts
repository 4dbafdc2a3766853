import type { ComparisonGroup } from '@/contract/claim-comparison';
import { formatPartialDate } from '@/lib/format';
import { periodLabel } from '@/lib/periods';
import { t } from '@/i18n/translate';

/** A compared period in words: "Week of 14 Oct 2024", "Oct 2024 (day not known)", "Q4 2024", "Date not known". */
export function groupLabel({ period, start, dayUnknown }: Pick<ComparisonGroup, 'period' | 'start' | 'dayUnknown'>) {
  if (period === 'undated' || start === null) return t('format.dateNotKnown');
  if (period === 'year') return t('format.monthNotKnown', { date: start.slice(0, 4) });
  if (period === 'month') {
    const month = formatPartialDate(start.slice(0, 7));
    return dayUnknown ? t('format.dayNotKnown', { date: month }) : month;
  }
  return periodLabel(Date.parse(`${start}T00:00:00Z`), period);
}
