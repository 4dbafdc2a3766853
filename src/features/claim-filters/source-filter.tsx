import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SourceSummary } from '@/contract/responses';
import { useT } from '@/i18n/translate';
import { CheckboxGroup } from './checkbox-group';
import { aliasNote, searchSources } from './source-search';
import '@/styles/sources.css';

interface SourceFilterProps {
  sources: readonly SourceSummary[];
  selected: string[];
  onChange: (next: string[]) => void;
}

/**
 * The "Source" checkboxes, one per source entity (value = its id), with a search box that narrows
 * them by name or alias. Checked sources stay listed whatever the search, and a checked id the
 * registry does not know is listed by itself so that it can be unchecked.
 */
export function SourceFilter({ sources, selected, onChange }: SourceFilterProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const matches = useMemo(() => searchSources(sources, query, selected), [sources, query, selected]);
  const unknown = sources.length > 0 ? selected.filter((value) => !sources.some((s) => s.id === value)) : [];
  const options = [
    ...matches.map(({ source, matchedAliases }) => ({
      value: source.id,
      label: source.name,
      count: source.claimCount,
      detail: aliasNote(matchedAliases),
    })),
    ...unknown.map((value) => ({ value, label: value, detail: t('filters.notAKnownSource') })),
  ];
  const searching = query.trim() !== '';
  const found = matches.filter((m) => m.matched).length;
  const clear = () => {
    setQuery('');
    input.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  };
  return (
    <CheckboxGroup legend={t('filters.source')} scroll options={options} selected={selected} onChange={onChange}>
      <div className="source-filter">
        <label htmlFor={inputId} className="source-filter__label">
          {t('filters.findSource')}
        </label>
        <div className="source-filter__row">
          <input
            ref={input}
            id={inputId}
            type="search"
            value={query}
            placeholder={t('filters.findSourcePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
          />
          {query !== '' ? (
            <button
              type="button"
              className="button button--quiet source-filter__clear"
              aria-label={t('filters.clearSourceSearch')}
              onClick={clear}
            >
              ×
            </button>
          ) : null}
        </div>
        <p className="filter-help source-filter__status" role="status">
          {!searching
            ? ''
            : found === 0
              ? t('filters.noSourceMatches', { query: query.trim() })
              : t('filters.sourcesMatch', { count: found, total: sources.length })}
        </p>
      </div>
    </CheckboxGroup>
  );
}
