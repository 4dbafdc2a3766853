import type { ReactNode } from 'react';

/** One entry of a vocabulary list: its marker (if any), its label, the value used in links and exports, its meaning. */
export function VocabularyTerm({
  marker,
  label,
  value,
  children,
}: {
  marker?: ReactNode;
  label: string;
  /** The value as written in links and exports, when it differs from the label. */
  value?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <dt>
        {marker}
        <span className="methodology__label">{label}</span>
        {value === undefined ? null : (
          <>
            {' '}
            <code className="methodology__value">{value}</code>
          </>
        )}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}
