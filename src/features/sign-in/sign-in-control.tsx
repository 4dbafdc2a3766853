import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sessionQueries } from '@/api/queries/session-queries';
import { useSession } from '@/api/queries/use-session';
import { FormDialog } from '@/components/ui/form-dialog';
import { useAuthActions, useAuthToken } from '@/stores/auth-store';

/** Analyst sign-in with an API token, shown only when the API takes writes (the mock API does not). */
export function SignInControl() {
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
    if (candidate.length < 8) return setError('Paste the full API token.');
    const signIn = signedIn(candidate);
    try {
      await queryClient.fetchQuery(sessionQueries.current(signIn));
      setDraft('');
      setError('');
      dialog.current?.close();
    } catch {
      signedOut();
      setError('That token was not accepted by the API.');
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
          Token not accepted: sign in again
        </button>
      ) : user ? (
        <>
          <span>
            Signed in as <strong>{user.name}</strong> ({user.role})
          </span>
          <button type="button" className="button button--quiet" onClick={() => signedOut()}>
            Sign out
          </button>
        </>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.showModal()}>
          Analyst sign-in
        </button>
      )}
      <FormDialog ref={dialog} title="Sign in to edit claims" submitLabel="Sign in" onSubmit={(e) => void submit(e)}>
        <label htmlFor="api-token">API token</label>
        <input
          id="api-token"
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          required
        />
        <p className="filter-help">Ask an admin for a token (npm run token). It is kept for this browser tab only.</p>
        {error ? (
          <p role="alert" className="sign-in__error">
            {error}
          </p>
        ) : null}
      </FormDialog>
    </div>
  );
}
