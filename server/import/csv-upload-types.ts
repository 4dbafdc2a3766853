import type { Issue } from '../../src/contract/issue-schema';

/** One data record of a CSV upload: its cells by column, where it starts in the file, and its own problems. */
export interface CsvUploadRecord {
  /** 1-based among the data records (blank records are skipped and not counted). */
  row: number;
  /** 1-based line where the record starts, as a text editor counts (a quoted cell may span lines). */
  line: number;
  cells: Record<string, string>;
  /** Problems of this record alone (wrong_cell_count): the importer refuses this row, not the file. */
  problems: Issue[];
}

export type CsvUpload =
  { ok: true; header: string[]; records: CsvUploadRecord[]; warnings: Issue[] } | { ok: false; issue: Issue };
