import type { ReactNode } from 'react';

interface StatusMessageProps {
  kind: 'loading' | 'error' | 'warning' | 'empty';
  title: string;
  children?: ReactNode;
  action?: { label: string; onClick: () => void };
}

/** Loading, empty, warning and error states, said in words (and announced to screen readers). */
export function StatusMessage({ kind, title, children, action }: StatusMessageProps) {
  return (
    <div className={`status status--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p className="status__title">
        {kind === 'loading' ? <span className="status__spinner" aria-hidden="true" /> : null}
        {title}
      </p>
      {children ? <p className="status__detail">{children}</p> : null}
      {action ? (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
