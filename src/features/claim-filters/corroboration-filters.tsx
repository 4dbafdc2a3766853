import { useId } from 'react';
import type { ClaimFilters } from '@/contract/claim-filters';
import { ONE_ORIGIN_WARNING } from '@/contract/origins/origin-rules';
import { useT } from '@/i18n/translate';
import type { FilterUpdate } from './use-claim-filters';

interface CorroborationFiltersProps {
  filters: ClaimFilters;
  onChange: (update: FilterUpdate) => void;
}

/** Whether a claim's support is independent: supported by another origin, or marked corroborated on one origin alone. */
export function CorroborationFilters({ filters, onChange }: CorroborationFiltersProps) {
  const id = useId();
  const t = useT();
  const oneOrigin = filters.warning.includes(ONE_ORIGIN_WARNING);
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.corroboration')}</legend>
      <div className="filter-group__options">
        <label className="filter-option filter-option--described">
          <input
            type="checkbox"
            checked={filters.independent === 'true'}
            onChange={(e) => {
              const independent = e.target.checked ? 'true' : undefined;
              onChange((current) => ({ ...current, independent }));
            }}
            aria-label={t('filters.independent')}
            aria-describedby={`${id}-independent`}
          />
          <span className="filter-option__label">
            {t('filters.independent')}
            <span id={`${id}-independent`} className="filter-option__detail">
              {t('filters.independentDetail')}
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
            aria-label={t('vocab.warning.corroborated_one_origin')}
            aria-describedby={`${id}-one-origin`}
          />
          <span className="filter-option__label">
            {t('vocab.warning.corroborated_one_origin')}
            <span id={`${id}-one-origin`} className="filter-option__detail">
              {t('filters.oneOriginDetail')}
            </span>
          </span>
        </label>
      </div>
    </fieldset>
  );
}
