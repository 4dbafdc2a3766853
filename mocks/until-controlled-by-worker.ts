/** How long a page waits for a mock worker still on its way to take it over (a hard reload never is taken over). */
export const TAKE_OVER_WAIT_MS = 5_000;

/**
 * A page opened while the mock worker was still installing (a reload soon after the first visit) is not yet
 * controlled by it. msw reloads such a page at once (`location.reload()` when a registration exists and no worker
 * controls the page), and the reload loses what the reader did meanwhile, input the app loader recorded included.
 * The worker claims its pages when it activates (public/mockServiceWorker.js): wait for that instead, a few seconds
 * at most. A page with no registration yet, or one a hard reload kept from an active worker with nothing newer on
 * its way, goes on at once, as before.
 */
export async function untilControlledByWorker(
  container: ServiceWorkerContainer | undefined,
  waitMs = TAKE_OVER_WAIT_MS,
): Promise<void> {
  if (!container || container.controller) return;
  const registration = await container.getRegistration();
  // Registered, with its worker still being fetched, installed or activated; or an update on its way.
  const onItsWay =
    registration !== undefined &&
    (registration.installing !== null || registration.waiting !== null || registration.active?.state !== 'activated');
  if (!onItsWay) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    container.addEventListener('controllerchange', done);
  });
}
