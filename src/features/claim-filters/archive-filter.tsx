import { useId } from 'react';
import { useT } from '@/i18n/translate';
import { useQuery } from '@tanstack/react-query';
import { DEFAULT_CLAIM_FILTERS, type ClaimFilters } from '@/contract/claim-filters';
import { claimQueries } from '@/api/queries/claim-queries';
import type { FilterUpdate } from './use-claim-filters';

const matchedOf = (summary: { matched: number }) => summary.matched;

/** Every claim whose source address has no archived copy: one frozen object, so one query key. */
const UNARCHIVED = Object.freeze({ ...DEFAULT_CLAIM_FILTERS, archive: 'none' as const });

interface ArchiveFilterProps {
  filters: ClaimFilters;
  onChange: (update: FilterUpdate) => void;
}

/** "No archived copy": the claims whose source address an analyst has not archived yet, with how many there are. */
export function ArchiveFilter({ filters, onChange }: ArchiveFilterProps) {
  const t = useT();
  const id = useId();
  // The summary's `matched`: one small cached answer, apart from the list the view loads (and its faults).
  const count = useQuery({ ...claimQueries.summary(UNARCHIVED), select: matchedOf }).data;
  const known = count !== undefined;
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.archivedSources')}</legend>
      <div className="filter-group__options">
        <label className="filter-option filter-option--described">
          <input
            type="checkbox"
            checked={filters.archive === 'none'}
            onChange={(e) => {
              const archive = e.target.checked ? ('none' as const) : undefined;
              onChange((current) => ({ ...current, archive }));
            }}
            aria-label={known ? t('filters.noArchivedCopyCount', { count }) : t('filters.noArchivedCopy')}
            aria-describedby={`${id}-none`}
          />
          <span className="filter-option__label">
            {t('filters.noArchivedCopy')}
            <span id={`${id}-none`} className="filter-option__detail">
              {t('filters.noArchivedCopyDetail')}
            </span>
          </span>
          {known ? (
            <span className="filter-option__count" aria-hidden="true">
              {count}
            </span>
          ) : null}
        </label>
      </div>
    </fieldset>
  );
}
