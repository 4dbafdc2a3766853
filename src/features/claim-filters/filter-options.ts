import type { SourceSummary } from '@/contract/responses';
import type { MessageKey } from '@/i18n/catalogues/en';
import { currentLocale } from '@/i18n/locale-store';
import type { MessageValues } from '@/i18n/message-format';
import { t } from '@/i18n/translate';
import { countryName } from '@/lib/labels';

/** Countries behind the sources, with how many claims each gave; "none" for sources with no country. */
export function countryOptions(sources: SourceSummary[]) {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.country ?? 'none', (counts.get(s.country ?? 'none') ?? 0) + s.claimCount);
  const locale = currentLocale();
  return [...counts]
    .map(([value, count]) => ({
      value,
      label: value === 'none' ? t('filters.noSingleCountry') : (countryName(value) ?? value),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
}

/** The Admiralty grade options: message keys (with their values), translated where they are shown. */
export const GRADE_OPTIONS: readonly { value: string; label: MessageKey; values?: MessageValues }[] = [
  ...['A', 'B', 'C', 'D', 'E', 'F'].map((grade) => ({
    value: grade,
    label: 'filters.reliability' as const,
    values: { grade },
  })),
  ...['1', '2', '3', '4', '5', '6'].map((grade) => ({
    value: grade,
    label: 'filters.credibility' as const,
    values: { grade },
  })),
  { value: 'ungraded', label: 'filters.notGraded' },
];
