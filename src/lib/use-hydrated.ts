import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const never = () => () => undefined;

// Set by the server snapshot below, which React asks for on the server and while hydrating, and only then.
let askedForServerSnapshot = false;
const serverSnapshot = () => {
  askedForServerSnapshot = true;
  return false;
};
const browserSnapshot = () => false;

/**
 * True when this render is the server's, or the browser hydrating the server's HTML. Both snapshots are the same
 * value, so, unlike a store whose server snapshot differs, this forces no synchronous render after hydration.
 */
export function useRendersFromServerHtml(): boolean {
  // A probe reset and read within this one synchronous call, not state kept across renders.
  // eslint-disable-next-line react-hooks/globals
  askedForServerSnapshot = false;
  useSyncExternalStore(never, browserSnapshot, serverSnapshot);
  return askedForServerSnapshot;
}

/**
 * False on the server and while this component hydrates the server's HTML; true from the render after. That render
 * is a transition, so React does it in slices between frames and input (the switch that a store with a different
 * server snapshot would force is synchronous: one long task across the page). A component mounted in the browser
 * after hydration is true from its first render.
 */
export function useHydrated(): boolean {
  const fromServerHtml = useRendersFromServerHtml();
  const [hydrated, setHydrated] = useState(!fromServerHtml);
  useEffect(() => {
    if (hydrated) return;
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
