/** Metrics and figures for the figure-check tests. */
export const troops = { id: 'troops_in_russia', unit: 'personnel', plausibleMax: 300_000 };
export const figure = (
  value: number | null,
  more: Partial<{ low: number | null; high: number | null; unit: string | null }> = {},
) => ({ value, low: null, high: null, unit: null, ...more });
export const codes = (issues: { code: string }[]) => issues.map((i) => i.code);
