import type { ArchivedCopy } from './archived-copy-schema';
import { ArchivedCopySchema } from './archived-copy-schema';
import { issuesFromZod } from './issues-from-zod';
import type { Issue } from './issue-schema';
import { joinList, jsonList } from './csv-list-cell';

/*
 * The CSV's source_archives cell: each archived copy as "YYYY-MM-DD address", with " sha256:<64 hex>" after it when
 * the hash is known, copies separated by " | " (a list cell, csv-list-cell.ts: a JSON array of those entries when an
 * address holds "|"). An empty cell: no archived copy.
 *   2025-03-12 https://web.archive.org/web/20250312000000/https://example.org/a sha256:ab12… | 2025-04-01 https://…
 */

export const ARCHIVES_COLUMN = 'source_archives';
const SEPARATOR = ' | ';
const HASH_PREFIX = 'sha256:';

const entryOf = (copy: ArchivedCopy) =>
  `${copy.capturedOn} ${copy.url}${copy.sha256 ? ` ${HASH_PREFIX}${copy.sha256}` : ''}`;

/** The archived copies as one cell. */
export const formatArchiveCell = (archives: readonly ArchivedCopy[]): string =>
  joinList(archives.map(entryOf), SEPARATOR);

const shown = (entry: string) => (entry.length > 60 ? `${entry.slice(0, 60)}…` : entry);

/**
 * The cell read back: the copies as candidates for the claim schema, and an issue for each entry that is not one
 * ("Archived copy 2: …"), in the column's name, so that the row is refused saying which copy and why.
 */
export function readArchiveCell(cell: string): { archives: unknown[]; issues: Issue[] } {
  const value = cell.trim();
  if (value === '') return { archives: [], issues: [] };
  const entries =
    jsonList(value) ??
    value
      .split(/\s*\|\s*/)
      .map((e) => e.trim())
      .filter(Boolean);
  const issues: Issue[] = [];
  const archives = entries.map((entry, index) => {
    const where = `Archived copy ${index + 1}`;
    const [capturedOn, url, hash, ...rest] = entry.trim().split(/\s+/);
    if (capturedOn === undefined || url === undefined || rest.length > 0 || (hash && !hash.startsWith(HASH_PREFIX))) {
      issues.push({
        field: ARCHIVES_COLUMN,
        code: 'bad_archive_entry',
        message: `${where}: expected "YYYY-MM-DD address" or "YYYY-MM-DD address sha256:<64 hex>" (got "${shown(entry)}")`,
      });
      return { capturedOn, url, sha256: null };
    }
    const candidate = { capturedOn, url, sha256: hash ? hash.slice(HASH_PREFIX.length) : null };
    const parsed = ArchivedCopySchema.safeParse(candidate);
    // One reason per copy, the first: an entry with its day and address swapped is one mistake, not four.
    const [first] = parsed.success ? [] : issuesFromZod(parsed.error, candidate);
    if (first) issues.push({ field: ARCHIVES_COLUMN, code: first.code, message: `${where}: ${first.message}` });
    return candidate;
  });
  return { archives, issues };
}
