import { useId, type FormEvent, type ReactNode, type Ref } from 'react';
import { useT } from '@/i18n/translate';

interface FormDialogProps {
  /** The <dialog>: its owner opens it with `showModal()` and closes it with `close()`. */
  ref: Ref<HTMLDialogElement>;
  title: string;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The labelled fields (and any error) between the title and the buttons. */
  children: ReactNode;
}

/**
 * A modal form in a native <dialog>: named by its title, the browser moves focus into it on
 * `showModal()`, Escape cancels it, and closing gives focus back to what opened it. Cancel closes it.
 */
export function FormDialog({ ref, title, submitLabel, onSubmit, children }: FormDialogProps) {
  const t = useT();
  const titleId = useId();
  return (
    <dialog ref={ref} className="sign-in__dialog" aria-labelledby={titleId}>
      <form onSubmit={onSubmit}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="sign-in__actions">
          <button type="submit" className="button">
            {submitLabel}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={(event) => event.currentTarget.closest('dialog')?.close()}
          >
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
