import { create } from 'zustand';
import { setBearerToken } from '@/api/api-client';

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
  actions: { signedIn: (token: string) => void; signedOut: () => void };
}

const initial = stored();
setBearerToken(initial);

/** The analyst's API token for this browser tab (sessionStorage: gone when the tab closes). */
const useAuthStore = create<AuthState>()((set) => ({
  token: initial,
  actions: {
    signedIn: (token) => {
      setBearerToken(token);
      try {
        sessionStorage.setItem(KEY, token);
      } catch {
        // private mode: the token lives in memory only
      }
      set({ token });
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
