import { csvText } from './csv-text';

/**
 * SYNTHETIC test data, not reporting: four rows from an invented desk that all cite one invented
 * briefing on one day. Three give the same figure through three outlets (they fold into one mark
 * and two are marked corroborated on that origin alone); the fourth gives another figure (kept
 * apart, linked). Ids and the desk's name are unique to the run, so each run makes its own origin.
 */
export function originRepeatsImport(run: string) {
  const ids = { first: `${run}-1`, second: `${run}-2`, third: `${run}-3`, other: `${run}-4` };
  const desk = `E2E Synthetic Origin Desk ${run}`;
  const head = 'E2E synthetic closed-door briefing';
  const columns = [
    'id',
    'metric',
    'topic',
    'kind',
    'value',
    'unit',
    'claimed_on',
    'speaker_organisation',
    'speaker_country',
    'speaker_type',
    'outlet',
    'source_url',
    'published_on',
    'provenance_chain',
    'verification_state',
    'verification_note',
  ];
  const row = (id: string, outlet: string, value: string, state: string) => ({
    id,
    metric: 'troops_in_russia',
    topic: 'troops',
    kind: 'estimate',
    value,
    unit: 'personnel',
    claimed_on: '2025-03-10',
    speaker_organisation: desk,
    speaker_country: 'GB',
    speaker_type: 'intelligence_service',
    outlet,
    source_url: 'https://example.org/e2e-synthetic-origin',
    published_on: '2025-03-10',
    provenance_chain: `${head} > E2E synthetic lawmaker > ${outlet}`,
    verification_state: state,
    verification_note: 'Synthetic e2e test row, not reporting',
  });
  const rows: Record<string, string>[] = [
    row(ids.first, 'E2E outlet A (synthetic)', '7777', 'corroborated'),
    row(ids.second, 'E2E outlet B (synthetic)', '7777', 'corroborated'),
    row(ids.third, 'E2E outlet C (synthetic)', '7777', 'single_source'),
    row(ids.other, 'E2E outlet D (synthetic)', '12000', 'single_source'),
  ];
  return { ids, csv: csvText(columns, rows) };
}
