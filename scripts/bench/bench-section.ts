/** One table of benchmark results; every part of `npm run bench` returns some of these. */
export interface BenchSection {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Sentences printed under the table: what was measured, and how. */
  notes?: string[];
}

const cell = (value: string | number) =>
  typeof value === 'number' ? value.toLocaleString('en-GB', { maximumFractionDigits: 1 }) : value;

/** The section as a Markdown table (readable in a terminal, pasteable into docs/benchmarks.md). */
export function formatSection(section: BenchSection): string {
  const lines = [
    `### ${section.title}`,
    '',
    `| ${section.columns.join(' | ')} |`,
    `| ${section.columns.map(() => '---').join(' | ')} |`,
  ];
  for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  for (const note of section.notes ?? []) lines.push('', note);
  return `${lines.join('\n')}\n`;
}
