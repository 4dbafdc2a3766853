import { useState, useSyncExternalStore } from 'react';
import { WIDE_SCREEN_QUERY } from '@/config/before-the-app';
import { referenceText } from '@/i18n/reference-text';
import { useRenderHints } from '@/lib/render-hints';
import { isServerRender } from '@/lib/render-phase';
import { useHydrated } from '@/lib/use-hydrated';
import { useQuery } from '@tanstack/react-query';
import type { ClaimFilters } from '@/contract/claim-filters';
import type { SourceSummary } from '@/contract/responses';
import { DEFAULT_CLAIM_FILTERS } from '@/contract/claim-filters';
import { activeFilterCount } from '@/contract/claim-filter-params';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';
import {
  CLAIM_KINDS,
  SPEAKER_TYPES,
  VERIFICATION_STATES,
  type ClaimKind,
  type SpeakerType,
  type VerificationState,
} from '@/contract/vocabulary';
import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { CLAIM_KIND_LABELS, SPEAKER_TYPE_LABELS, VERIFICATION_STATE_LABELS, WARNING_CODE_LABELS } from '@/lib/labels';
import { ONE_ORIGIN_WARNING } from '@/contract/origins/origin-rules';
import { useT } from '@/i18n/translate';
import { CheckboxGroup } from './checkbox-group';
import { countryOptions } from './filter-options';
import { GradeFilter } from './grade-filter';
import { SearchBox } from './search-box';
import { SourceFilter } from './source-filter';
import { DateFilters } from './date-filters';
import { CorroborationFilters } from './corroboration-filters';
import { ArchiveFilter } from './archive-filter';
import type { FilterUpdate } from './use-claim-filters';
import { useCanonicalSourceParams } from './use-canonical-source-params';

interface FilterPanelProps {
  filters: ClaimFilters;
  onChange: (update: FilterUpdate, options?: { replace?: boolean }) => void;
}

// The one-origin warning is derived, not found by the import: it has its own toggle under Corroboration.
// Read at render (the labels are in the page's language then), never at module load.
const warningOptions = () =>
  Object.entries(WARNING_CODE_LABELS)
    .filter(([value]) => value !== ONE_ORIGIN_WARNING)
    .map(([value, label]) => ({ value, label }));
const NO_SOURCES: SourceSummary[] = [];
const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string): v is T =>
    (values as readonly string[]).includes(v);

const WIDE = WIDE_SCREEN_QUERY;
const wideScreen = () => !window.matchMedia || window.matchMedia(WIDE).matches;
function followScreenWidth(changed: () => void): () => void {
  if (!window.matchMedia) return () => undefined;
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Every filter, each written to the URL as it changes. */
export function FilterPanel({ filters, onChange }: FilterPanelProps) {
  const t = useT();
  const sources = useQuery(sourceQueries.list());
  useCanonicalSourceParams();
  const metrics = useQuery(metricQueries.list());
  const sourceList = sources.data?.sources ?? NO_SOURCES;
  const set = (patch: Partial<ClaimFilters>, options?: { replace?: boolean }) =>
    onChange((current) => ({ ...current, ...patch }), options);
  const active = activeFilterCount(filters);
  // Open beside the charts on wide screens; folded on phones so the charts come first.
  // Open as the screen suggests (the server guesses the screen from the request) until the user folds or unfolds it.
  const hints = useRenderHints();
  const serverGuess = !hints?.phone;
  // The screen's width as it changes. While hydrating, the server's guess (the switch to the screen's own width is
  // a transition just after: a store whose server snapshot differed would force a synchronous render).
  const screenWide = useSyncExternalStore(followScreenWidth, wideScreen, () =>
    isServerRender() ? serverGuess : wideScreen(),
  );
  const wide = useHydrated() ? screenWide : serverGuess;
  const [chosen, setOpen] = useState<boolean | null>(null);
  const open = chosen ?? wide;

  return (
    <details className="filter-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="filter-panel__summary">
        {t('filters.panelTitle')}{' '}
        {active ? <span className="filter-panel__active">{t('filters.activeCount', { count: active })}</span> : null}
      </summary>
      <div className="filter-panel__body" role="search" aria-label={t('filters.filterClaims')}>
        <SearchBox value={filters.q ?? ''} onChange={(q) => set({ q: q.trim() || undefined }, { replace: true })} />
        <div className="filter-field">
          <label htmlFor="filter-metric">{t('filters.metric')}</label>
          <select
            id="filter-metric"
            value={filters.metric ?? ''}
            onChange={(e) => set({ metric: e.target.value || undefined })}
          >
            <option value="">{t('filters.allMetrics')}</option>
            {(metrics.data?.metrics ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {referenceText(m.label)}
              </option>
            ))}
          </select>
        </div>
        <DateFilters filters={filters} onChange={set} />
        <CheckboxGroup
          legend={t('filters.verificationState')}
          options={VERIFICATION_STATES.map((s) => ({
            value: s,
            label: VERIFICATION_STATE_LABELS[s],
            icon: <ClaimMarkerIcon state={s} kind="estimate" />,
          }))}
          selected={filters.state}
          onChange={(state) => set({ state: state.filter(isOneOf<VerificationState>(VERIFICATION_STATES)) })}
        />
        <CorroborationFilters filters={filters} onChange={onChange} />
        <CheckboxGroup
          legend={t('filters.kindOfFigure')}
          options={CLAIM_KINDS.map((k) => ({ value: k, label: CLAIM_KIND_LABELS[k] }))}
          selected={filters.kind}
          onChange={(kind) => set({ kind: kind.filter(isOneOf<ClaimKind>(CLAIM_KINDS)) })}
        />
        <SourceFilter sources={sourceList} selected={filters.source} onChange={(source) => set({ source })} />
        <CheckboxGroup
          legend={t('filters.sourceType')}
          options={SPEAKER_TYPES.map((type) => ({
            value: type,
            label: SPEAKER_TYPE_LABELS[type],
            count: sourceList.filter((s) => s.type === type).reduce((n, s) => n + s.claimCount, 0),
          }))}
          selected={filters.type}
          onChange={(type) => set({ type: type.filter(isOneOf<SpeakerType>(SPEAKER_TYPES)) })}
        />
        <CheckboxGroup
          legend={t('filters.sourceCountry')}
          options={countryOptions(sourceList)}
          selected={filters.country}
          onChange={(country) => set({ country })}
        />
        <GradeFilter selected={filters.grade} asof={filters.asof} onChange={(grade) => set({ grade })} />
        <CheckboxGroup
          legend={t('filters.importWarnings')}
          options={warningOptions()}
          selected={filters.warning.filter((w) => w !== ONE_ORIGIN_WARNING)}
          onChange={(warning) =>
            onChange((current) => ({
              ...current,
              warning: [...warning, ...current.warning.filter((w) => w === ONE_ORIGIN_WARNING)],
            }))
          }
        />
        <ArchiveFilter filters={filters} onChange={onChange} />
        {sources.isError ? (
          <p className="status status--warning">
            {t('filters.sourceListUnavailable', { error: sources.error.message })}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--quiet"
          disabled={active === 0}
          onClick={() => onChange(DEFAULT_CLAIM_FILTERS)}
        >
          {t('filters.clearAllFilters')}
        </button>
      </div>
    </details>
  );
}
