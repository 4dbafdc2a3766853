import type { Claim } from '@/contract/claim-schema';

/** One archived copy as the analyst types it. */
export interface ArchiveDraft {
  url: string;
  capturedOn: string;
  sha256: string;
}
export type ArchiveDraftKey = keyof ArchiveDraft;

export const emptyArchiveDraft = (): ArchiveDraft => ({ url: '', capturedOn: '', sha256: '' });

export const archiveDraftsFrom = (claim: Claim | null): ArchiveDraft[] =>
  (claim?.source.archives ?? []).map((a) => ({ url: a.url, capturedOn: a.capturedOn, sha256: a.sha256 ?? '' }));

const blank = (d: ArchiveDraft) => d.url.trim() === '' && d.capturedOn.trim() === '' && d.sha256.trim() === '';

/**
 * The request body with the source's archived copies from the drafts (rows left wholly blank are dropped), and for
 * each copy sent the row it came from, so that an issue at `source.archives.<n>` is shown by its row.
 */
export function withArchives<B extends { source: object }>(body: B, drafts: readonly ArchiveDraft[]) {
  const rows = drafts.flatMap((d, row) => (blank(d) ? [] : [row]));
  const archives = rows.map((row) => {
    const d = drafts[row] ?? emptyArchiveDraft();
    return { url: d.url.trim(), capturedOn: d.capturedOn.trim(), sha256: d.sha256.trim() || null };
  });
  return { body: { ...body, source: { ...body.source, archives } }, rows };
}

/** The row and field of an issue path `source.archives.<n>.<field>`, or null for any other path. */
export function archiveFieldOfPath(
  path: string,
  rows: readonly number[],
): { row: number; key: ArchiveDraftKey } | null {
  const match = /^source\.archives\.(\d+)\.(url|capturedOn|sha256)$/.exec(path);
  const row = match ? rows[Number(match[1])] : undefined;
  return match && row !== undefined ? { row, key: match[2] as ArchiveDraftKey } : null;
}
