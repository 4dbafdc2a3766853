import type { ReactNode } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

/**
 * What only this browser tab knows (its sign-in, its stored choices, what it can do) cannot be in the server's
 * HTML: the server and the hydrating render show `fallback` (nothing by default), and React renders the children
 * just after hydration, in a transition. A page rendered in the browser alone renders them at once.
 */
export function AfterHydration({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useHydrated() ? children : fallback;
}
