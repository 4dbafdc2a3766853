/** Rows as CSV text, quoting cells that need it (no formula neutralising: tests send what they mean). */
export function csvText(columns: readonly string[], rows: readonly Record<string, string>[], lineEnd = '\n'): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')).join(','))];
  return `${lines.join(lineEnd)}${lineEnd}`;
}
