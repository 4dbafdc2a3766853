import { csvText } from './csv-text';

/**
 * SYNTHETIC test data, not reporting: five rows of invented figures from an invented speaker, ids
 * unique to the run, each made to test one import check.
 */
export function syntheticImport(run: string) {
  const ids = {
    clean: `${run}-1`,
    vague: `${run}-2`,
    falling: `${run}-3`,
    localeNumber: `${run}-4`,
    misspelt: `${run}-5`,
  };
  const columns = [
    'id',
    'metric',
    'topic',
    'kind',
    'value',
    'qualifier',
    'unit',
    'claimed_on',
    'speaker_organisation',
    'speaker_country',
    'speaker_type',
    'outlet',
    'source_url',
    'published_on',
    'verification_state',
    'verification_note',
  ];
  const base = {
    metric: 'containers_shipped',
    topic: 'munitions',
    kind: 'estimate',
    qualifier: '',
    unit: 'containers',
    speaker_organisation: 'E2E Synthetic Test Desk',
    speaker_country: 'GB',
    speaker_type: 'think_tank',
    outlet: 'E2E synthetic outlet (test data)',
    source_url: 'https://example.org/e2e-synthetic',
    verification_state: 'unverified',
    verification_note: 'Synthetic e2e test row, not reporting',
  };
  const day = (d: string) => ({ claimed_on: d, published_on: d });
  const rows: Record<string, string>[] = [
    { ...base, id: ids.clean, value: '3000', ...day('2025-01-10') },
    // A qualifier wording Claimwatch does not know: kept, with a warning.
    { ...base, id: ids.vague, value: '2500', qualifier: 'in the ballpark of', ...day('2025-01-12') },
    // A running total below the earlier ones of the default data (C011: 10,000 in 2024-02): kept, with a warning.
    { ...base, id: ids.falling, kind: 'cumulative_total', value: '500', ...day('2025-01-15') },
    // "1.500": one thousand five hundred to some, one point five to others: refused.
    { ...base, id: ids.localeNumber, value: '1.500', ...day('2025-01-16') },
    // A misspelt metric: refused, with the metric it was probably meant to be.
    {
      ...base,
      id: ids.misspelt,
      metric: 'troops_in_rusia',
      topic: 'troops',
      unit: 'personnel',
      value: '12000',
      ...day('2025-01-17'),
    },
  ];
  // As Excel writes it: a UTF-8 byte order mark and CRLF line ends. The header is line 1, so row n is line n + 1.
  return { ids, csv: `\uFEFF${csvText(columns, rows, '\r\n')}` };
}
