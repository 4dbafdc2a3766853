import { TAKE_OVER_MESSAGE, untilControlledByWorker } from './until-controlled-by-worker';

type Pending = Partial<Record<'installing' | 'waiting', object | null>> & {
  active?: { state: ServiceWorkerState; scriptURL?: string; postMessage?: (message: unknown) => void } | null;
};

const WORKER_URL = '/mock-api-worker.js';
const WORKER_SCRIPT = `http://demo.example${WORKER_URL}`;
/** This demo's worker, active, with the messages it was sent. */
const activeWorker = () => ({ state: 'activated' as const, scriptURL: WORKER_SCRIPT, postMessage: vi.fn() });

/**
 * A page's service worker container, as the browser gives it, with a registration in the given state (undefined:
 * none yet); `register` answers as given.
 */
function container(
  controlled: boolean,
  registration: Pending | undefined,
  register: () => Promise<unknown> = async () => ({}),
) {
  const events = new EventTarget();
  const page = Object.assign(events, {
    controller: controlled ? {} : null,
    getRegistration: vi.fn(async () =>
      registration ? { installing: null, waiting: null, active: null, ...registration } : undefined,
    ),
    register: vi.fn(register),
    takenOver() {
      page.controller = {};
      events.dispatchEvent(new Event('controllerchange'));
    },
  });
  return page;
}
const asContainer = (page: ReturnType<typeof container>) => page as unknown as ServiceWorkerContainer;

/** Whether the promise has settled after the pending tasks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

/**
 * Starts the wait on this page and checks that it waits (and whatever `meanwhile` checks then), and that it goes on
 * once a worker takes the page over.
 */
async function expectWaitUntilTakenOver(page: ReturnType<typeof container>, meanwhile = () => {}): Promise<void> {
  const wait = untilControlledByWorker(asContainer(page), WORKER_URL, 60_000);
  expect(await settled(wait), 'waiting for a worker to take the page over').toBe(false);
  meanwhile();
  page.takenOver();
  expect(await settled(wait), 'on once a worker controls the page').toBe(true);
}

describe('untilControlledByWorker', () => {
  it('waits for a worker still installing to take the page over, and goes on when it does', async () => {
    await expectWaitUntilTakenOver(container(false, { installing: {} }));
  });

  it.each([
    ['waiting', { waiting: {} }],
    ['activating', { active: { state: 'activating' as const } }],
    ['still being fetched (registered, no worker yet)', {}],
  ])('waits for a worker %s as well', async (_, registration) => {
    await expectWaitUntilTakenOver(container(false, registration));
  });

  it('goes on after the wait when no worker takes the page over', async () => {
    const page = container(false, { installing: {} });
    const wait = untilControlledByWorker(asContainer(page), WORKER_URL, 20);
    expect(await settled(wait)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await settled(wait)).toBe(true);
  });

  it('registers the worker itself when the page finds no registration yet, and waits for it to take the page over', async () => {
    // A first visit, or a reload while the page before was still registering: msw would find the registration a
    // moment later, with no worker controlling the page, and reload it.
    const page = container(false, undefined);
    await expectWaitUntilTakenOver(page, () => expect(page.register).toHaveBeenCalledWith(WORKER_URL));
  });

  it('goes on when the worker took the page over while its registration was looked up', async () => {
    const page = container(false, { installing: {} });
    page.getRegistration.mockImplementationOnce(async () => {
      page.takenOver();
      return { installing: {}, waiting: null, active: null };
    });
    expect(await settled(untilControlledByWorker(asContainer(page), WORKER_URL, 60_000))).toBe(true);
  });

  it('asks an active worker that does not control the page to take it over, and goes on when it does', async () => {
    // A hard reload, or a page whose navigation began just before the worker activated and claimed its pages.
    const active = activeWorker();
    const page = container(false, { active });
    await expectWaitUntilTakenOver(page, () => {
      expect(active.postMessage).toHaveBeenCalledWith(TAKE_OVER_MESSAGE);
      expect(page.register).not.toHaveBeenCalled();
    });
  });

  it("registers this worker over another script's active worker (the demo's worker before it), and waits", async () => {
    const before = { ...activeWorker(), scriptURL: 'http://demo.example/mockServiceWorker.js' };
    const page = container(false, { active: before });
    await expectWaitUntilTakenOver(page, () => {
      expect(page.register).toHaveBeenCalledWith(WORKER_URL);
      expect(before.postMessage).not.toHaveBeenCalled();
    });
  });

  it('leaves the page to msw after the wait when an active worker does not take it over', async () => {
    const page = container(false, { active: activeWorker() });
    const wait = untilControlledByWorker(asContainer(page), WORKER_URL, 20);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await settled(wait)).toBe(true);
  });

  it.each([
    ['a page already controlled', container(true, { active: activeWorker() })],
    [
      'a page whose own registration fails (msw registers again and says why)',
      container(false, undefined, () => Promise.reject(new Error('404'))),
    ],
  ])('goes on at once for %s', async (_, page) => {
    expect(await settled(untilControlledByWorker(asContainer(page), WORKER_URL, 60_000))).toBe(true);
  });

  it('goes on at once in a browser without service workers', async () => {
    expect(await settled(untilControlledByWorker(undefined, WORKER_URL, 60_000))).toBe(true);
  });
});
