import { useSyncExternalStore, type ReactNode } from 'react';

const never = () => () => undefined;

/**
 * What only this browser tab knows (its sign-in, its stored choices, what it can do) cannot be in the server's
 * HTML: the server and the hydrating render show `fallback` (nothing by default), and React renders the children
 * right after hydration. A page rendered in the browser alone renders them at once.
 */
export function AfterHydration({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const ready = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  return ready ? children : fallback;
}
