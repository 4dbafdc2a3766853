import { useEffect, useRef } from 'react';
import { MAX_ARCHIVED_COPIES } from '@/contract/archived-copy-schema';
import { emptyArchiveDraft, type ArchiveDraft, type ArchiveDraftKey } from './archive-drafts';
import { FormField } from './form-field';
import '@/styles/archived-copies.css';

interface ArchivedCopiesFieldsProps {
  drafts: ArchiveDraft[];
  /** Errors by `${row}.${field}`. */
  errors: Partial<Record<string, string>>;
  onChange: (drafts: ArchiveDraft[]) => void;
}

/** The archived copies of the source address: archive address, capture day and SHA-256 for each, added one by one. */
export function ArchivedCopiesFields({ drafts, errors, onChange }: ArchivedCopiesFieldsProps) {
  const set = (row: number, key: ArchiveDraftKey) => (value: string) =>
    onChange(drafts.map((d, i) => (i === row ? { ...d, [key]: value } : d)));
  // A copy just added: its address field takes the focus, so the keyboard goes on where the new fields are.
  const box = useRef<HTMLFieldSetElement>(null);
  const added = useRef<number | null>(null);
  useEffect(() => {
    if (added.current === null) return;
    box.current?.querySelector<HTMLInputElement>(`input[name="archive-${added.current}-url"]`)?.focus();
    added.current = null;
  });
  return (
    <fieldset ref={box}>
      <legend>Archived copies of the source address</legend>
      {drafts.length === 0 ? <p className="muted archived-copies-fields__none">No archived copy recorded.</p> : null}
      {drafts.map((draft, row) => {
        const n = row + 1;
        const field = (key: ArchiveDraftKey) => ({
          name: `archive-${row}-${key}`,
          value: draft[key],
          error: errors[`${row}.${key}`],
          onChange: set(row, key),
        });
        return (
          <div key={row} className="archived-copy-fields">
            <FormField
              label={`Archive address (copy ${n})`}
              hint="The archived copy’s http(s) address, e.g. https://web.archive.org/web/…"
              {...field('url')}
            />
            <FormField label={`Captured on (copy ${n})`} hint="YYYY-MM-DD" {...field('capturedOn')} />
            <FormField
              label={`SHA-256 (copy ${n})`}
              hint="Optional: 64 hexadecimal characters, as the archive gives it"
              {...field('sha256')}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(drafts.filter((_, i) => i !== row))}
            >
              Remove archived copy {n}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--quiet archived-copies-fields__add"
        disabled={drafts.length >= MAX_ARCHIVED_COPIES}
        onClick={() => {
          onChange([...drafts, emptyArchiveDraft()]);
          added.current = drafts.length;
        }}
      >
        Add an archived copy
      </button>
    </fieldset>
  );
}
