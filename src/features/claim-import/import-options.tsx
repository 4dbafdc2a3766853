import { useT } from '@/i18n/translate';
import type { ImportChoices } from './use-import';

/** The choices an import asks for: what to do with invalid rows, with existing ids that differ, and with figures above a ceiling. */
export function ImportOptions({
  choices,
  onChange,
}: {
  choices: ImportChoices;
  onChange: (next: ImportChoices) => void;
}) {
  const t = useT();
  return (
    <div className="import-options">
      <fieldset className="filter-group">
        <legend>{t('import.ifRefusedLegend')}</legend>
        <label className="filter-option">
          <input
            type="radio"
            name="import-mode"
            checked={choices.mode === 'all-or-nothing'}
            onChange={() => onChange({ ...choices, mode: 'all-or-nothing' })}
          />{' '}
          {t('import.allOrNothing')}
        </label>
        <label className="filter-option">
          <input
            type="radio"
            name="import-mode"
            checked={choices.mode === 'per-row'}
            onChange={() => onChange({ ...choices, mode: 'per-row' })}
          />{' '}
          {t('import.perRow')}
        </label>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('import.existingLegend')}</legend>
        <label className="filter-option">
          <input
            type="checkbox"
            checked={choices.overwrite}
            onChange={(e) => onChange({ ...choices, overwrite: e.target.checked })}
          />{' '}
          {t('import.overwrite')}
        </label>
        <label className="filter-option">
          <input
            type="checkbox"
            checked={choices.acceptAboveCeiling}
            onChange={(e) => onChange({ ...choices, acceptAboveCeiling: e.target.checked })}
          />{' '}
          {t('import.acceptAboveCeiling')}
        </label>
      </fieldset>
    </div>
  );
}
