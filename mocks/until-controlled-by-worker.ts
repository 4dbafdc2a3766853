/** How long a page waits for its mock worker to take it over before leaving the page to msw. */
export const TAKE_OVER_WAIT_MS = 5_000;

/** What public/mock-api-worker.js answers by claiming the pages it does not control yet. */
export const TAKE_OVER_MESSAGE = 'claimwatch:take-over';

/**
 * msw reloads a page that a mock worker is registered for but does not control (`location.reload()` in its start),
 * and the demo's app has hydrated by then: the reload throws away what the reader did meanwhile, input the app
 * loader recorded included. Such a page was opened while the worker was on its way (a reload or a link followed soon
 * after the first visit), or just before it activated and claimed its pages, or by a hard reload. So the page makes
 * sure it is controlled before msw starts:
 * - no registration yet: it registers the worker itself (joining a registration still being made), and waits for
 *   the worker to claim it on activating;
 * - a worker being fetched, installed or activated: it waits for that claim;
 * - an active worker that does not control it: it asks the worker to take it over (public/mock-api-worker.js); an
 *   active worker of another script (the demo's worker before this one) is replaced by registering this one.
 * It waits a few seconds at most; a page still not controlled then is left to msw, which reloads it.
 */
export async function untilControlledByWorker(
  container: ServiceWorkerContainer | undefined,
  workerUrl: string,
  waitMs = TAKE_OVER_WAIT_MS,
): Promise<void> {
  if (!container || container.controller) return;
  let stopWaiting = () => {};
  // Listening before anything else: the worker may take the page over while the registration is looked up.
  const takenOver = new Promise<void>((resolve) => {
    const timer = setTimeout(() => stopWaiting(), waitMs);
    const done = () => stopWaiting();
    stopWaiting = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    container.addEventListener('controllerchange', done);
  });
  const registration = await container.getRegistration();
  const active = registration?.active;
  const settled = active?.state === 'activated' && !registration?.installing && !registration?.waiting;
  if (!registration || (settled && new URL(workerUrl, active.scriptURL).href !== active.scriptURL)) {
    // None yet, or another worker's (the demo's worker before this one): register this one. If that fails, msw
    // registers again and says why.
    await container.register(workerUrl).catch(stopWaiting);
  } else if (settled) {
    active.postMessage(TAKE_OVER_MESSAGE);
  }
  if (container.controller) stopWaiting();
  await takenOver;
}
