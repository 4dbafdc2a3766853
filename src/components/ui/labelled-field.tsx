import type { ReactNode } from 'react';

/** What ties a control to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface LabelledFieldProps {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string | undefined;
  /** The control (input, select, textarea), given the props that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with its hint and, when invalid, its error said under it and tied to it. */
export function LabelledField({ id, label, error, hint, children }: LabelledFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <span id={`${id}-hint`} className="filter-help">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="form-field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
