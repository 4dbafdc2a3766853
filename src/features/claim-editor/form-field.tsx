import { useId } from 'react';

interface FormFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
  options?: { value: string; label: string }[];
}

/** A labelled input, textarea or select with its hint and, when invalid, its error announced with it. */
export function FormField({ name, label, value, onChange, error, hint, multiline = false, options }: FormFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, name, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
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
