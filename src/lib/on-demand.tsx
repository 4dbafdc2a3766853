import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads when it is first shown, as with `React.lazy`, but held in state: the render that shows
 * the loaded code comes from an ordinary state update, not from a Suspense retry.
 *
 * Why not `lazy`: a link that opens a claim (`?claim=`) showed "Opening the claim…" for good in 7 of 160 loads of the
 * server's page, with the panel's code loaded and React idle. Scrolling down, which lets the last chart below the fold
 * hydrate (`features/claim-charts/hydration-gate.tsx`), or any other update showed the panel. What it points to: React
 * replaces a lazy fallback in a retry render, and that render waited on the gated chart's boundary. With this, 0 of 200.
 * Use it for what only the browser shows (panels, dialogs, tooltips); what the server renders stays `lazy`.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;

  function OnDemand(props: P & { fallback?: ReactNode }) {
    const { fallback = null, ...rest } = props;
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      loading ??= load();
      loading.then(
        (component) => {
          loaded = component;
          if (live) setLoaded(() => component);
        },
        (error: unknown) => {
          loading = null; // the next showing tries again
          if (live) setFailure({ error });
        },
      );
      return () => {
        live = false;
      };
    }, [Loaded]);
    // A failed load goes to the nearest error boundary, as a lazy component's does.
    if (failure) throw failure.error instanceof Error ? failure.error : new Error(String(failure.error));
    if (!Loaded) return fallback;
    return <Loaded {...(rest as P)} />;
  }
  return OnDemand;
}
