import type { ClaimFilters } from '@/contract/claim-filters';
import { useT } from '@/i18n/translate';

interface DateFiltersProps {
  filters: ClaimFilters;
  onChange: (patch: Partial<ClaimFilters>) => void;
}

const valid = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

interface DayInputProps {
  label: string;
  value: string | undefined;
  onChange: (day: string | undefined) => void;
  min?: string | undefined;
  max?: string | undefined;
  className?: string;
  describedBy?: string;
}

/** One day, typed or picked: an incomplete or impossible day counts as none. */
function DayInput({ label, value, onChange, min, max, className, describedBy }: DayInputProps) {
  return (
    <label className={className}>
      {label}
      <input
        type="date"
        value={value ?? ''}
        min={min}
        max={max}
        aria-describedby={describedBy}
        onChange={(e) => onChange(valid(e.target.value))}
      />
    </label>
  );
}

/** Date range of when claims were made, and the "as known on" day. */
export function DateFilters({ filters, onChange }: DateFiltersProps) {
  const t = useT();
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.dates')}</legend>
      <div className="filter-dates">
        <DayInput
          label={t('filters.madeFromLabel')}
          value={filters.from}
          max={filters.to}
          onChange={(from) => onChange({ from })}
        />
        <DayInput
          label={t('filters.madeToLabel')}
          value={filters.to}
          min={filters.from}
          onChange={(to) => onChange({ to })}
        />
      </div>
      <DayInput
        label={t('filters.asKnownOnLabel')}
        className="filter-asof"
        value={filters.asof}
        describedBy="asof-help"
        onChange={(asof) => onChange({ asof })}
      />
      <p id="asof-help" className="filter-help">
        {t('filters.asKnownOnHelp')}
      </p>
    </fieldset>
  );
}
