import { untilControlledByWorker } from './until-controlled-by-worker';

type Pending = Partial<Record<'installing' | 'waiting', object | null>> & {
  active?: { state: ServiceWorkerState } | null;
};

/** A page's service worker container, as the browser gives it, with a registration in the given state. */
function container(controlled: boolean, registration: Pending | undefined) {
  const events = new EventTarget();
  const page = Object.assign(events, {
    controller: controlled ? {} : null,
    getRegistration: vi.fn(async () =>
      registration ? { installing: null, waiting: null, active: null, ...registration } : undefined,
    ),
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

describe('untilControlledByWorker', () => {
  it('waits for a worker still installing to take the page over, and goes on when it does', async () => {
    const page = container(false, { installing: {} });
    const wait = untilControlledByWorker(asContainer(page), 60_000);
    expect(await settled(wait), 'waiting while the worker installs').toBe(false);
    page.takenOver();
    expect(await settled(wait), 'on once the worker controls the page').toBe(true);
  });

  it.each([
    ['waiting', { waiting: {} }],
    ['activating', { active: { state: 'activating' as const } }],
    ['still being fetched (registered, no worker yet)', {}],
  ])('waits for a worker %s as well', async (_, registration) => {
    const page = container(false, registration);
    const wait = untilControlledByWorker(asContainer(page), 60_000);
    expect(await settled(wait)).toBe(false);
    page.takenOver();
    expect(await settled(wait)).toBe(true);
  });

  it('goes on after the wait when no worker takes the page over', async () => {
    const page = container(false, { installing: {} });
    const wait = untilControlledByWorker(asContainer(page), 20);
    expect(await settled(wait)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await settled(wait)).toBe(true);
  });

  it.each([
    ['a page already controlled', container(true, { active: { state: 'activated' } })],
    ['a first visit, with no registration yet', container(false, undefined)],
    ['a hard reload, which an active worker does not take over', container(false, { active: { state: 'activated' } })],
  ])('goes on at once for %s', async (_, page) => {
    expect(await settled(untilControlledByWorker(asContainer(page), 60_000))).toBe(true);
  });

  it('goes on at once in a browser without service workers', async () => {
    expect(await settled(untilControlledByWorker(undefined, 60_000))).toBe(true);
  });
});
