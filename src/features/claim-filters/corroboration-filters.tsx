import { useId } from 'react';
import type { ClaimFilters } from '@/contract/claim-filters';
import { ONE_ORIGIN_WARNING } from '@/contract/origins/origin-rules';
import type { FilterUpdate } from './use-claim-filters';

interface CorroborationFiltersProps {
  filters: ClaimFilters;
  onChange: (update: FilterUpdate) => void;
}

/** Whether a claim's support is independent: supported by another origin, or marked corroborated on one origin alone. */
export function CorroborationFilters({ filters, onChange }: CorroborationFiltersProps) {
  const id = useId();
  const oneOrigin = filters.warning.includes(ONE_ORIGIN_WARNING);
  return (
    <fieldset className="filter-group">
      <legend>Corroboration</legend>
      <div className="filter-group__options">
        <label className="filter-option filter-option--described">
          <input
            type="checkbox"
            checked={filters.independent === 'true'}
            onChange={(e) => {
              const independent = e.target.checked ? 'true' : undefined;
              onChange((current) => ({ ...current, independent }));
            }}
            aria-label="Independently corroborated"
            aria-describedby={`${id}-independent`}
          />
          <span className="filter-option__label">
            Independently corroborated
            <span id={`${id}-independent`} className="filter-option__detail">
              Another origin, of another organisation, gives a figure that agrees
            </span>
          </span>
        </label>
        <label className="filter-option filter-option--described">
          <input
            type="checkbox"
            checked={oneOrigin}
            onChange={(e) => {
              const checked = e.target.checked;
              onChange((current) => ({
                ...current,
                warning: checked
                  ? [...current.warning.filter((w) => w !== ONE_ORIGIN_WARNING), ONE_ORIGIN_WARNING]
                  : current.warning.filter((w) => w !== ONE_ORIGIN_WARNING),
              }));
            }}
            aria-label="Corroborated by one origin only"
            aria-describedby={`${id}-one-origin`}
          />
          <span className="filter-option__label">
            Corroborated by one origin only
            <span id={`${id}-one-origin`} className="filter-option__detail">
              Marked corroborated, but every agreeing claim repeats the same origin or organisation
            </span>
          </span>
        </label>
      </div>
    </fieldset>
  );
}
