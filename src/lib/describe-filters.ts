import type { ClaimFilters } from '@/contract/claim-filters';
import { CLAIM_KINDS, SPEAKER_TYPES, VERIFICATION_STATES } from '@/contract/vocabulary';
import { currentLocale } from '@/i18n/locale-store';
import { t } from '@/i18n/translate';
import { formatPartialDate } from './format';
import { CLAIM_KIND_LABELS, SPEAKER_TYPE_LABELS, VERIFICATION_STATE_LABELS, countryName, warningLabel } from './labels';

/*
 * The chips' words come from the catalogue ("filters" messages) in the page's language when they are described;
 * the values in them (metric labels, source names, origin labels, the search text) are data, shown as written.
 */

/** One active filter group, said in words, with the change that removes it. */
export interface ActiveFilterChip {
  key: string;
  label: string;
  remove: (current: ClaimFilters) => ClaimFilters;
}

export interface DescribeFiltersOptions {
  /** The metric's label for its id ("troops_in_russia" -> "Troops in Russia"); the id itself when absent. */
  metricLabel?: (id: string) => string;
  /** The source entity's name for its id ("kr-nis" -> "National Intelligence Service (NIS)"); undefined when unknown, and the value is said as written. */
  sourceName?: (id: string) => string | undefined;
  /** The origin's label for its id; undefined when unknown, and the id is said. */
  originLabel?: (id: string) => string | undefined;
}

const ONE_ORIGIN = 'corroborated_one_origin';

/** How many values a chip names before it says "and N more". */
const MAX_NAMED = 3;

/** "National Intelligence Service (NIS)" -> "NIS"; names without a trailing acronym stay whole. */
export function shortOrganisation(name: string): string {
  const match = /\(([A-Z][A-Z0-9&./ -]{1,11})\)\s*$/.exec(name);
  const acronym = match?.[1]?.trim();
  return acronym && /[A-Z].*[A-Z]/.test(acronym) ? acronym : name;
}

/** One chip per active filter group, in a fixed order: metric, who, what, when, text. */
export function describeActiveFilters(filters: ClaimFilters, options: DescribeFiltersOptions = {}): ActiveFilterChip[] {
  const chips: ActiveFilterChip[] = [];
  const add = (key: string, label: string, remove: ActiveFilterChip['remove']) => chips.push({ key, label, remove });

  if (filters.metric)
    add('metric', t('filters.chipMetric', { metric: options.metricLabel?.(filters.metric) ?? filters.metric }), (c) =>
      without(c, 'metric'),
    );
  if (filters.source.length > 0) {
    const names = filters.source.map((value) => shortOrganisation(options.sourceName?.(value) ?? value));
    add('source', t('filters.chipSources', { list: list(names) }), (c) => ({ ...c, source: [] }));
  }
  if (filters.origin.length > 0) {
    const labels = filters.origin.map((id) => options.originLabel?.(id) ?? id);
    add('origin', t('filters.chipOrigins', { count: filters.origin.length, list: list(labels) }), (c) => ({
      ...c,
      origin: [],
    }));
  }
  if (filters.type.length > 0) {
    add(
      'type',
      t('filters.chipType', {
        list: list(inOrder(filters.type, SPEAKER_TYPES).map((s) => lower(SPEAKER_TYPE_LABELS[s]))),
      }),
      (c) => ({ ...c, type: [] }),
    );
  }
  if (filters.country.length > 0)
    add('country', t('filters.chipCountry', { list: list(filters.country.map(countryLabel)) }), (c) => ({
      ...c,
      country: [],
    }));
  if (filters.state.length > 0) {
    const states = inOrder(filters.state, VERIFICATION_STATES).map((s) => lower(VERIFICATION_STATE_LABELS[s]));
    add('state', t('filters.chipState', { list: list(states) }), (c) => ({ ...c, state: [] }));
  }
  if (filters.kind.length > 0) {
    const kinds = inOrder(filters.kind, CLAIM_KINDS).map((k) => lower(CLAIM_KIND_LABELS[k]));
    add('kind', t('filters.chipKind', { list: list(kinds) }), (c) => ({
      ...c,
      kind: [],
    }));
  }
  if (filters.grade.length > 0)
    add('grade', t('filters.chipGrade', { list: list(gradeOrder(filters.grade).map(gradeLabel)) }), (c) => ({
      ...c,
      grade: [],
    }));
  if (filters.independent) add('independent', t('filters.independent'), (c) => without(c, 'independent'));
  if (filters.archive) add('archive', t('filters.noArchivedCopy'), (c) => without(c, 'archive'));
  if (filters.warning.includes(ONE_ORIGIN))
    add('oneOrigin', warningLabel(ONE_ORIGIN), (c) => ({ ...c, warning: c.warning.filter((w) => w !== ONE_ORIGIN) }));
  const imported = filters.warning.filter((w) => w !== ONE_ORIGIN);
  if (imported.length > 0)
    add('warning', t('filters.chipWarnings', { list: list(imported.map((w) => lower(warningLabel(w)))) }), (c) => ({
      ...c,
      warning: c.warning.filter((w) => w === ONE_ORIGIN),
    }));
  const dates = madeLabel(filters.from, filters.to);
  if (dates) add('made', dates, (c) => without(c, 'from', 'to'));
  if (filters.asof)
    add('asof', t('filters.chipAsof', { date: formatPartialDate(filters.asof) }), (c) => without(c, 'asof'));
  if (filters.q) add('q', t('filters.chipSearch', { query: filters.q }), (c) => without(c, 'q'));
  return chips;
}

/** "Filtered: Sources: NIS · State: unverified", or null when nothing narrows the view. */
export function filtersSummary(filters: ClaimFilters, options: DescribeFiltersOptions = {}): string | null {
  const chips = describeActiveFilters(filters, options);
  return chips.length === 0 ? null : t('filters.summary', { chips: chips.map((c) => c.label).join(' · ') });
}

type SingleKey = 'metric' | 'independent' | 'archive' | 'from' | 'to' | 'asof' | 'q';

function without(filters: ClaimFilters, ...keys: SingleKey[]): ClaimFilters {
  const next = { ...filters };
  for (const key of keys) delete next[key];
  return next;
}

function list(values: string[]): string {
  if (values.length <= MAX_NAMED + 1) return values.join(', ');
  return t('filters.listMore', { list: values.slice(0, MAX_NAMED).join(', '), count: values.length - MAX_NAMED });
}

function inOrder<T extends string>(values: T[], order: readonly T[]): T[] {
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function lower(label: string): string {
  return label.charAt(0).toLocaleLowerCase(currentLocale()) + label.slice(1);
}

function countryLabel(code: string): string {
  return code === 'none' ? lower(t('filters.noSingleCountry')) : (countryName(code) ?? code);
}

function gradeOrder(tokens: string[]): string[] {
  const rank = (t: string) => (/^[A-F]$/.test(t) ? 0 : /^[1-6]$/.test(t) ? 1 : 2);
  return [...tokens].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function gradeLabel(token: string): string {
  if (/^[A-F]$/.test(token)) return lower(t('filters.reliability', { grade: token }));
  if (/^[1-6]$/.test(token)) return lower(t('filters.credibility', { grade: token }));
  return lower(t('filters.notGraded'));
}

function madeLabel(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return t('filters.chipMadeBetween', { from: formatPartialDate(from), to: formatPartialDate(to) });
  if (from) return t('filters.chipMadeFrom', { date: formatPartialDate(from) });
  if (to) return t('filters.chipMadeTo', { date: formatPartialDate(to) });
  return null;
}
