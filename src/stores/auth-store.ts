import { create } from 'zustand';
import { setBearerToken } from '@/api/api-connection';
import { startsFromServerMarkup } from '@/lib/render-phase';

const KEY = 'claimwatch.token';

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

interface AuthState {
  token: string | null;
  /** How many times this tab has signed in (a stored token is sign-in 0): names a sign-in where the token must not. */
  signIns: number;
  actions: {
    /** Returns the number of this sign-in, which keys its session query (sessionQueries.current). */
    signedIn: (token: string) => number;
    signedOut: () => void;
    /** After hydration: the tab's stored token, which the server's HTML could not show. */
    tokenRestored: () => void;
  };
}

// The token goes with every request at once; the page shows it signed in after hydration (tokenRestored), since the
// server rendered it signed out.
const initial = stored();
setBearerToken(initial);

/** The analyst's API token for this browser tab (sessionStorage: gone when the tab closes). */
const useAuthStore = create<AuthState>()((set, get) => ({
  token: startsFromServerMarkup() ? null : initial,
  signIns: 0,
  actions: {
    signedIn: (token) => {
      setBearerToken(token);
      try {
        sessionStorage.setItem(KEY, token);
      } catch {
        // private mode: the token lives in memory only
      }
      set({ token, signIns: get().signIns + 1 });
      return get().signIns;
    },
    tokenRestored: () => {
      if (get().token === null && stored() !== null) set({ token: stored() });
    },
    signedOut: () => {
      setBearerToken(null);
      try {
        sessionStorage.removeItem(KEY);
      } catch {
        // nothing stored
      }
      set({ token: null });
    },
  },
}));

export const useAuthToken = () => useAuthStore((s) => s.token);
export const useAuthActions = () => useAuthStore((s) => s.actions);
/** The number of the current sign-in, or null when signed out: a new sign-in fetches the session again. */
export const useCurrentSignIn = () => useAuthStore((s) => (s.token === null ? null : s.signIns));
