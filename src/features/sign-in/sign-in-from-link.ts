import { useEffect } from 'react';
import { useAuthActions } from '@/stores/auth-store';

/** The sign-in dialog's rule for a plausible token; anything shorter is not one. */
const MIN_TOKEN_LENGTH = 8;

/** The token a sign-in link carries in its fragment (`#token=…`, as npm start and npm run token print it), or null. */
export function tokenInFragment(hash: string): string | null {
  const values = new URLSearchParams(hash.replace(/^#/, '')).getAll('token');
  const token = values.length === 1 ? (values[0] ?? '').trim() : '';
  return token.length >= MIN_TOKEN_LENGTH && !/\s/.test(token) ? token : null;
}

/** The fragment without its token (other fragment parameters stay); '' when nothing else was there. */
function fragmentWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('token');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

/**
 * Signs in with the token of a sign-in link, stored as the sign-in dialog stores it (this tab only), then takes the
 * token out of the address bar so that a copied or bookmarked address never carries it. A link without a usable
 * token changes nothing. Returns whether it signed in.
 */
export function signInFromLink(signIn: (token: string) => void, win: Window = window): boolean {
  const { hash, pathname, search } = win.location;
  const token = tokenInFragment(hash);
  if (!token) return false;
  signIn(token);
  // The router's own history entry state stays, so back and forward keep working.
  win.history.replaceState(win.history.state, '', `${pathname}${search}${fragmentWithoutToken(hash)}`);
  return true;
}

/** Signs in from the page's own address once, when the app starts (see signInFromLink). */
export function useSignInFromLink(): void {
  const { signedIn } = useAuthActions();
  useEffect(() => {
    signInFromLink(signedIn);
  }, [signedIn]);
}
