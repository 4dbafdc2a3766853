import { useId } from 'react';
import { LabelledField } from '@/components/ui/labelled-field';
import { useT } from '@/i18n/translate';

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
  const t = useT();
  const id = useId();
  return (
    <LabelledField id={id} label={label} error={error} hint={hint}>
      {(control) => {
        const common = { ...control, name, value };
        return options ? (
          <select {...common} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t('editor.choose')}</option>
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
        );
      }}
    </LabelledField>
  );
}
