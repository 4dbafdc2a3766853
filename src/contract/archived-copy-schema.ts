import { described, z } from './zod-mini';

/*
 * An archived copy of a source address (a web archive's capture), as an analyst records it: the server fetches
 * nothing. Only http(s) archive addresses are kept; the capture day is a real calendar day; the SHA-256, where known,
 * is the digest of the captured page as the archive gives it, in lower-case hex.
 */

/** At most this many archived copies per source address. */
export const MAX_ARCHIVED_COPIES = 10;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// eslint-disable-next-line no-control-regex -- control characters and spaces are what we look for
const CONTROL_OR_SPACE = /[\u0000-\u001F\u007F-\u009F\s]/;

const isParsableUrl = (value: string) => {
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
};

const ArchiveUrlSchema = z.string().check(
  z.trim(),
  z.refine((v) => v.length > 0, { error: 'Must not be empty', abort: true, params: { code: 'empty_text' } }),
  z.refine((v) => v.length <= 2000, {
    error: 'An archive address is at most 2000 characters',
    abort: true,
    params: { code: 'too_long' },
  }),
  z.maxLength(2000),
  z.refine((v) => !CONTROL_OR_SPACE.test(v), {
    error: 'An archive address cannot hold spaces or control characters',
    abort: true,
    params: { code: 'bad_address' },
  }),
  z.refine(
    (v) => {
      const scheme = SCHEME.exec(v)?.[1]?.toLowerCase();
      return scheme === undefined || scheme === 'http' || scheme === 'https';
    },
    {
      error: (issue) =>
        `"${SCHEME.exec(String(issue.input))?.[1]?.toLowerCase() ?? ''}:" addresses are refused: an archived copy must be an http(s) address`,
      abort: true,
      params: { code: 'unsafe_scheme' },
    },
  ),
  z.refine((v) => /^https?:\/\/[^/]/i.test(v) && isParsableUrl(v), {
    error: 'Not a web address: give the full http(s) address of the archived copy (https://…)',
    abort: true,
    params: { code: 'bad_address' },
  }),
);

const isRealDay = (value: string) => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const CaptureDaySchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'A capture date is a day: YYYY-MM-DD', abort: true }),
  z.refine((v) => v.slice(0, 4) >= '1990' && v.slice(0, 4) <= '2100', {
    error: 'The year must be between 1990 and 2100',
    abort: true,
  }),
  z.refine(isRealDay, { error: (issue) => `${String(issue.input)} is not a real calendar day` }),
);

const Sha256Schema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.refine((v) => /^[0-9a-f]{64}$/.test(v), {
    error: (issue) => {
      const value = String(issue.input);
      return /^[0-9a-fA-F]*$/.test(value)
        ? `A SHA-256 is exactly 64 hexadecimal characters; this has ${value.length}`
        : 'A SHA-256 is 64 hexadecimal characters (0–9, a–f) and nothing else';
    },
    params: { code: 'bad_hash' },
  }),
);

export const ArchivedCopySchema = z.object({
  url: described(ArchiveUrlSchema, 'The address of the archived copy; http(s) only'),
  capturedOn: described(CaptureDaySchema, 'The day the archive captured the page: YYYY-MM-DD'),
  sha256: described(
    z._default(z.nullable(Sha256Schema), null),
    'The SHA-256 of the captured page as the archive gives it, 64 hex characters (lower case); null when not known',
  ),
});
export type ArchivedCopy = z.infer<typeof ArchivedCopySchema>;

/** The archived copies of one address: at most MAX_ARCHIVED_COPIES, each archive address once. */
export const ArchivedCopiesSchema = described(
  z._default(
    z.array(ArchivedCopySchema).check(
      z.refine((copies) => copies.length <= MAX_ARCHIVED_COPIES, {
        error: (issue) =>
          `At most ${MAX_ARCHIVED_COPIES} archived copies per address (this has ${Array.isArray(issue.input) ? issue.input.length : '?'})`,
        abort: true,
        params: { code: 'too_many' },
      }),
      z.maxLength(MAX_ARCHIVED_COPIES),
      z.superRefine((copies, ctx) => {
        copies.forEach((copy, index) => {
          const first = copies.findIndex((other) => other.url === copy.url);
          if (first < index)
            ctx.addIssue({
              code: 'custom',
              path: [index, 'url'],
              message: `The same archive address as archived copy ${first + 1}: list each archived copy once`,
              params: { code: 'duplicate_archive' },
            });
        });
      }),
    ),
    [],
  ),
  'Archived copies of the source address (archive address, capture day, SHA-256); empty when none is recorded',
);

/** Whether a claim's source is an address with no archived copy: what the "no archived copy" filter keeps. */
export const lacksArchivedCopy = (source: { url: string | null; archives: readonly unknown[] }): boolean =>
  source.url !== null && source.archives.length === 0;
