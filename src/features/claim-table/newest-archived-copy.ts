import type { ArchivedCopy } from '@/contract/archived-copy-schema';

/** The copy captured last (the first listed of those captured that day); null when there is none. */
export const newestArchivedCopy = (archives: readonly ArchivedCopy[]): ArchivedCopy | null =>
  archives.reduce<ArchivedCopy | null>(
    (newest, copy) => (!newest || copy.capturedOn > newest.capturedOn ? copy : newest),
    null,
  );
