import { useQuery } from '@tanstack/react-query';
import { gradeQueries } from '@/api/queries/grade-queries';
import { formatPartialDate } from '@/lib/format';
import { useT } from '@/i18n/translate';
import { CheckboxGroup } from './checkbox-group';
import { GRADE_OPTIONS } from './filter-options';

interface GradeFilterProps {
  selected: string[];
  asof: string | undefined;
  onChange: (grade: string[]) => void;
}

/**
 * The Admiralty grade filter, each option with how many claims it keeps (GET /api/claims/grades, every claim, as
 * known on `asof`). When no claim is graded it says so, and why, rather than offer options that keep nothing.
 */
export function GradeFilter({ selected, asof, onChange }: GradeFilterProps) {
  const t = useT();
  const counts = useQuery(gradeQueries.counts(asof));
  const byToken = new Map(counts.data?.counts.map((c) => [c.token, c.count]));
  if (counts.data?.graded === 0 && selected.length === 0)
    return (
      <fieldset className="filter-group">
        <legend>{t('filters.admiraltyGrade')}</legend>
        <p className="muted">
          {asof ? t('filters.noneGradedBy', { date: formatPartialDate(asof) }) : t('filters.noneGradedYet')}
        </p>
      </fieldset>
    );
  return (
    <CheckboxGroup
      legend={t('filters.admiraltyGrade')}
      options={GRADE_OPTIONS.map((o) => ({
        value: o.value,
        label: t(o.label, o.values),
        count: counts.data ? (byToken.get(o.value) ?? 0) : undefined,
      }))}
      selected={selected}
      onChange={onChange}
    />
  );
}
