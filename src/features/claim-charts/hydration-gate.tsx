import { Suspense, use, type ReactNode } from 'react';
import { isServerRender, LateHydrationProvider } from '@/lib/render-phase';
import { useHydrated } from '@/lib/use-hydrated';

/** A promise opened once: the moment a part of the server's page should hydrate. */
export interface HydrationGate {
  opened: Promise<void>;
  open: () => void;
  isOpen: () => boolean;
}

export function createHydrationGate(): HydrationGate {
  let resolve = () => {};
  let isOpen = false;
  const opened = new Promise<void>((done) => {
    resolve = done;
  });
  const open = () => {
    isOpen = true;
    resolve();
  };
  return { opened, open, isOpen: () => isOpen };
}

function WaitForGate({ gate, children }: { gate: HydrationGate | null; children: ReactNode }) {
  // Suspending while hydrating leaves the server's HTML of this part in place, untouched, until the gate opens; React
  // then hydrates it (the same DOM nodes: focus and a pending click carry over). The server never waits.
  if (gate && !isServerRender()) use(gate.opened);
  return children;
}

/**
 * Server markup in a Suspense boundary of its own, which React hydrates in a task of its own (a long page does not
 * hydrate in one long task): at once when `gate` is null, else when it opens (the server never waits). Until its
 * hydration has committed, its children render as the server did (useRendersServerMarkup).
 */
export function LateHydration({
  gate,
  fallback = null,
  children,
}: {
  gate: HydrationGate | null;
  /** Shown only if React has to drop the server's HTML before the gate opens (it then renders afresh). */
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Suspense fallback={fallback}>
      <WaitForGate gate={gate}>
        <ServerMarkupUntilHydrated>{children}</ServerMarkupUntilHydrated>
      </WaitForGate>
    </Suspense>
  );
}

function ServerMarkupUntilHydrated({ children }: { children: ReactNode }) {
  // True on the server and while hydrating; React renders again with false once the boundary has hydrated (in a
  // transition: in slices, not one long task).
  const serverMarkup = !useHydrated();
  return <LateHydrationProvider value={serverMarkup}>{children}</LateHydrationProvider>;
}
