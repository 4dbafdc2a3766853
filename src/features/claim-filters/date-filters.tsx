import type { ClaimFilters } from '@/contract/claim-filters';

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
  return (
    <fieldset className="filter-group">
      <legend>Dates</legend>
      <div className="filter-dates">
        <DayInput label="Made from" value={filters.from} max={filters.to} onChange={(from) => onChange({ from })} />
        <DayInput label="Made to" value={filters.to} min={filters.from} onChange={(to) => onChange({ to })} />
      </div>
      <DayInput
        label="As known on"
        className="filter-asof"
        value={filters.asof}
        describedBy="asof-help"
        onChange={(asof) => onChange({ asof })}
      />
      <p id="asof-help" className="filter-help">
        Shows only claims made by that day, each with the verification state it had then.
      </p>
    </fieldset>
  );
}
