import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sessionQueries } from '@/api/queries/session-queries';
import { useSession } from '@/api/queries/use-session';
import { FormDialog } from '@/components/ui/form-dialog';
import { useAuthActions, useAuthToken } from '@/stores/auth-store';
import type { Session } from '@/contract/responses';
import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

const ROLE_LABELS: Record<NonNullable<Session['user']>['role'], MessageKey> = {
  viewer: 'signin.roleViewer',
  analyst: 'signin.roleAnalyst',
  admin: 'signin.roleAdmin',
};

/** Analyst sign-in with an API token, shown only when the API takes writes (the mock API does not). */
export function SignInControl() {
  const t = useT();
  const token = useAuthToken();
  const { signedIn, signedOut } = useAuthActions();
  const { query: session, writes, user } = useSession();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  // A stored token the API no longer accepts (revoked, or another server): say so and offer to sign in again.
  const tokenRejected = Boolean(token) && session.isError;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = draft.trim();
    if (candidate.length < 8) return setError(t('signin.tokenTooShort'));
    const signIn = signedIn(candidate);
    try {
      await queryClient.fetchQuery(sessionQueries.current(signIn));
      setDraft('');
      setError('');
      dialog.current?.close();
    } catch {
      signedOut();
      setError(t('signin.tokenRefused'));
    }
  };

  if (!writes && !token) return null;
  return (
    <div className="sign-in">
      {tokenRejected ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            signedOut();
            dialog.current?.showModal();
          }}
        >
          {t('signin.signInAgain')}
        </button>
      ) : user ? (
        <>
          <span>
            {/* The name is the API's, as written: put in by the tag, never read as part of the message. */}
            <RichText
              text={t('signin.signedInAs', { role: t(ROLE_LABELS[user.role]) })}
              tags={{ name: () => <strong>{user.name}</strong> }}
            />
          </span>
          <button type="button" className="button button--quiet" onClick={() => signedOut()}>
            {t('signin.signOut')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.showModal()}>
          {t('signin.open')}
        </button>
      )}
      <FormDialog
        ref={dialog}
        title={t('signin.dialogTitle')}
        submitLabel={t('signin.submit')}
        onSubmit={(e) => void submit(e)}
      >
        <label htmlFor="api-token">{t('signin.tokenLabel')}</label>
        <input
          id="api-token"
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          required
        />
        <p className="filter-help">{t('signin.tokenHelp')}</p>
        {error ? (
          <p role="alert" className="sign-in__error">
            {error}
          </p>
        ) : null}
      </FormDialog>
    </div>
  );
}
