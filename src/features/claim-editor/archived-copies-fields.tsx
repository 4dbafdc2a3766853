import { useEffect, useRef } from 'react';
import { useT } from '@/i18n/translate';
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
  const t = useT();
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
      <legend>{t('editor.archivesLegend')}</legend>
      {drafts.length === 0 ? <p className="muted archived-copies-fields__none">{t('editor.archivesNone')}</p> : null}
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
              label={t('editor.archiveUrl', { number: n })}
              hint={t('editor.archiveUrlHint')}
              {...field('url')}
            />
            <FormField
              label={t('editor.archiveCapturedOn', { number: n })}
              hint="YYYY-MM-DD"
              {...field('capturedOn')}
            />
            <FormField
              label={t('editor.archiveSha', { number: n })}
              hint={t('editor.archiveShaHint')}
              {...field('sha256')}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(drafts.filter((_, i) => i !== row))}
            >
              {t('editor.archiveRemove', { number: n })}
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
        {t('editor.archiveAdd')}
      </button>
    </fieldset>
  );
}
