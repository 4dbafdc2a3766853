import type { ImportChoices } from './use-import';

/** The choices an import asks for: what to do with invalid rows, with existing ids that differ, and with figures above a ceiling. */
export function ImportOptions({
  choices,
  onChange,
}: {
  choices: ImportChoices;
  onChange: (next: ImportChoices) => void;
}) {
  return (
    <div className="import-options">
      <fieldset className="filter-group">
        <legend>If some rows are refused</legend>
        <label className="filter-option">
          <input
            type="radio"
            name="import-mode"
            checked={choices.mode === 'all-or-nothing'}
            onChange={() => onChange({ ...choices, mode: 'all-or-nothing' })}
          />{' '}
          Import nothing (all or nothing)
        </label>
        <label className="filter-option">
          <input
            type="radio"
            name="import-mode"
            checked={choices.mode === 'per-row'}
            onChange={() => onChange({ ...choices, mode: 'per-row' })}
          />{' '}
          Import the valid rows (per row)
        </label>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Existing claims and unusual figures</legend>
        <label className="filter-option">
          <input
            type="checkbox"
            checked={choices.overwrite}
            onChange={(e) => onChange({ ...choices, overwrite: e.target.checked })}
          />{' '}
          Overwrite claims whose id exists with different content (applied as an edit; a state change is recorded in its
          history)
        </label>
        <label className="filter-option">
          <input
            type="checkbox"
            checked={choices.acceptAboveCeiling}
            onChange={(e) => onChange({ ...choices, acceptAboveCeiling: e.target.checked })}
          />{' '}
          Accept figures above a metric’s plausibility ceiling (kept with a warning)
        </label>
      </fieldset>
    </div>
  );
}
