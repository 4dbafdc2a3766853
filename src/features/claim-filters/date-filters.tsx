import type { ClaimFilters } from '@/contract/claim-filters';

interface DateFiltersProps {
  filters: ClaimFilters;
  onChange: (patch: Partial<ClaimFilters>) => void;
}

const valid = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Date range of when claims were made, and the "as known on" day. */
export function DateFilters({ filters, onChange }: DateFiltersProps) {
  return (
    <fieldset className="filter-group">
      <legend>Dates</legend>
      <div className="filter-dates">
        <label>
          Made from
          <input
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(e) => onChange({ from: valid(e.target.value) })}
          />
        </label>
        <label>
          Made to
          <input
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(e) => onChange({ to: valid(e.target.value) })}
          />
        </label>
      </div>
      <label className="filter-asof">
        As known on
        <input
          type="date"
          value={filters.asof ?? ''}
          aria-describedby="asof-help"
          onChange={(e) => onChange({ asof: valid(e.target.value) })}
        />
      </label>
      <p id="asof-help" className="filter-help">
        Shows only claims made by that day, each with the verification state it had then.
      </p>
    </fieldset>
  );
}
