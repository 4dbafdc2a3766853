import type { ReactNode } from 'react';

interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface MergeFieldProps {
  id: string;
  label: string;
  error: string | undefined;
  /** The control, given the props that tie it to its label and error. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its error said under it and tied to it (aria-invalid, aria-describedby). */
export function MergeField({ id, label, error, children }: MergeFieldProps) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : undefined,
      })}
      {error ? (
        <span id={`${id}-error`} className="form-field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
