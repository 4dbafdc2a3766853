import { useEffect, useRef, useState } from 'react';
import { referenceText } from '@/i18n/reference-text';
import { useQuery } from '@tanstack/react-query';
import { DEFAULT_CLAIM_FILTERS } from '@/contract/claim-filters';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';
import { useOriginLabel } from '@/api/queries/origin-queries';
import { describeActiveFilters, type ActiveFilterChip } from '@/lib/describe-filters';
import { useT } from '@/i18n/translate';
import { useClaimFilters } from './use-claim-filters';
import '@/styles/filter-chips.css';

/**
 * "Showing only: [Sources: NIS ×] [State: unverified ×] Clear all" — always on screen, so that a
 * filtered view never passes for the whole picture, even on a phone where the filter panel is folded.
 */
export function ActiveFilterChips() {
  const t = useT();
  const { filters, setFilters } = useClaimFilters();
  const metrics = useQuery(metricQueries.list());
  const metricLabel = (id: string) => referenceText(metrics.data?.metrics.find((m) => m.id === id)?.label ?? id);
  const sources = useQuery(sourceQueries.list());
  const sourceName = (id: string) => sources.data?.sources.find((s) => s.id === id)?.name;
  const originLabel = useOriginLabel(filters.origin);
  const chips = describeActiveFilters(filters, { metricLabel, sourceName, originLabel });
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // After a chip is removed its button is gone: focus goes to its neighbour, or to the view when none is left.
  const [focusNext, setFocusNext] = useState<string | null>(null);
  useEffect(() => {
    if (focusNext === null) return;
    const target = buttons.current.get(focusNext) ?? (chips.length === 0 ? document.getElementById('main') : null);
    if (target) {
      target.focus();
      setFocusNext(null);
    }
  }, [focusNext, chips.length]);

  if (chips.length === 0) return null;
  const remove = (chip: ActiveFilterChip, index: number) => {
    setFocusNext(chips[index + 1]?.key ?? chips[index - 1]?.key ?? 'main');
    setFilters(chip.remove);
  };
  return (
    <section className="filter-chips" aria-label={t('filters.activeFilters')}>
      <span className="filter-chips__lead">{t('filters.showingOnly')}</span>
      <ul className="filter-chips__list">
        {chips.map((chip, index) => (
          <li key={chip.key}>
            <button
              type="button"
              className="filter-chip"
              aria-label={t('filters.removeFilter', { label: chip.label })}
              ref={(el) => {
                if (el) buttons.current.set(chip.key, el);
                else buttons.current.delete(chip.key);
              }}
              onClick={() => remove(chip, index)}
            >
              <span className="filter-chip__label">{chip.label}</span>
              <span className="filter-chip__x" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button filter-chips__clear"
        onClick={() => {
          setFocusNext('main');
          setFilters(DEFAULT_CLAIM_FILTERS);
        }}
      >
        {t('filters.clearAll')}
      </button>
    </section>
  );
}
