import { describe, expect, it, vi } from 'vitest';
import { loaderSource, minifiedLoader } from './load-app-after-paint';
import { ENTRY, PRELOADS, earlyInput, runLoader, useLoaderPage, serverPage } from './app-loader.test-helpers';

const appScript = () => document.head.querySelector<HTMLScriptElement>('script[type="module"]');
const links = (rel: string) => [...document.head.querySelectorAll<HTMLLinkElement>(`link[rel="${rel}"]`)];

describe('the app loader', () => {
  useLoaderPage();

  it('names the app’s entry and the chunks it imports, as the byte budget reads them', () => {
    const source = loaderSource(ENTRY, PRELOADS);
    expect(source).toContain(`var entry = "${ENTRY}";`);
    expect(source).toContain(`var preloads = ${JSON.stringify(PRELOADS)};`);
    expect(source).not.toContain('__CLAIMWATCH_');
  });

  it('loads nothing of the app on a server-rendered view until the reader reaches for the page', async () => {
    serverPage();
    runLoader();
    await vi.advanceTimersByTimeAsync(5000);
    expect(appScript()).toBeNull();
    // Meanwhile the app's code is fetched (not run), one file per task.
    expect(links('prefetch').map((link) => link.getAttribute('href'))).toEqual([ENTRY, ...PRELOADS]);

    window.dispatchEvent(new Event('pointermove'));
    expect(appScript()?.getAttribute('src')).toBe(ENTRY);
    expect(links('modulepreload').map((link) => link.getAttribute('href'))).toEqual(PRELOADS);
  });

  it('ships minified, naming the same files and loading the app on the same reach', async () => {
    const shipped = minifiedLoader(loaderSource(ENTRY, PRELOADS));
    expect(shipped.length).toBeLessThan(loaderSource(ENTRY, PRELOADS).length / 2);
    for (const file of [ENTRY, ...PRELOADS]) expect(shipped).toContain(file);
    serverPage();
    runLoader(shipped);
    await vi.advanceTimersByTimeAsync(5000);
    expect(appScript()).toBeNull();
    window.dispatchEvent(new Event('keydown'));
    expect(appScript()?.getAttribute('src')).toBe(ENTRY);
  });

  it.each([
    ['a page drawn in the browser (no server data)', () => serverPage({ state: false })],
    ['a sign-in link (its token must leave the address)', () => window.history.replaceState(null, '', '/#token=cw_x')],
    ['a link that opens a claim', () => window.history.replaceState(null, '', '/?claim=C001')],
    ['a view that is not read-only (a slide)', () => window.history.replaceState(null, '', '/present?slide=1')],
    ['styles that only the app can apply under the CSP', () => serverPage({ style: true })],
  ])('loads the app once the page is painted for %s', async (_, arrange) => {
    serverPage();
    arrange();
    runLoader();
    expect(appScript()).toBeNull();
    await vi.advanceTimersByTimeAsync(2100);
    expect(appScript()?.getAttribute('src')).toBe(ENTRY);
  });

  it.each([
    [500, false],
    [1200, true],
  ])('on a screen %i px wide, leaves the filters the server unfolded open: %s', (width, open) => {
    const matchMedia = vi.fn((query: string) => ({ matches: query === '(min-width: 1001px)' && width >= 1001 }));
    vi.stubGlobal('matchMedia', matchMedia);
    try {
      serverPage();
      document.querySelector('main')?.insertAdjacentHTML('afterbegin', '<details class="filter-panel" open></details>');
      runLoader();
      expect(document.querySelector('details.filter-panel')?.hasAttribute('open')).toBe(open);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('puts the stored theme on the page before the app loads', () => {
    localStorage.setItem('claimwatch.theme', 'dark');
    try {
      serverPage();
      runLoader();
      expect(document.documentElement.dataset.theme).toBe('dark');
    } finally {
      localStorage.removeItem('claimwatch.theme');
    }
  });

  it('records a click on the app’s controls, holds it back from the page, and never records a replay again', () => {
    serverPage();
    runLoader();
    const button = document.querySelector('button') as HTMLButtonElement;
    const seen = vi.fn();
    button.addEventListener('click', seen);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 12 });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(seen).not.toHaveBeenCalled();
    expect(earlyInput()?.take().input).toMatchObject([{ kind: 'pointer', type: 'click', target: button }]);

    const replayed = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(replayed, 'claimwatchReplay', { value: true });
    button.dispatchEvent(replayed);
    expect(seen).toHaveBeenCalledOnce();
    expect(earlyInput()?.take().input).toEqual([]);
  });

  it('lets a link navigate as it would with no script, and stops recording when told', () => {
    serverPage();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<a href="/table">Table</a>');
    runLoader();
    document.querySelector('a')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(earlyInput()?.take().input).toEqual([]);

    earlyInput()?.stop();
    document.querySelector('button')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(earlyInput()?.take().input).toEqual([]);
  });

  it('once the app has taken over, records only input to parts it has not hydrated, or that comes while it replays', () => {
    serverPage();
    document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<button type="button" id="late">Late</button><input type="search" id="q">');
    runLoader();
    const hydrated = document.querySelector('button') as HTMLButtonElement;
    const late = document.getElementById('late') as HTMLButtonElement;
    const field = document.querySelector('input') as HTMLInputElement;
    let busy = false;
    const recorded = vi.fn();
    earlyInput()?.handOver({ isHydrated: (node) => node === hydrated, busy: () => busy, recorded });
    const seen = vi.fn();
    document.body.addEventListener('click', seen);

    const toHydrated = new MouseEvent('click', { bubbles: true, cancelable: true });
    hydrated.dispatchEvent(toHydrated);
    expect(toHydrated.defaultPrevented).toBe(false);
    expect(seen).toHaveBeenCalledOnce();
    hydrated.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(earlyInput()?.take().input).toEqual([]);
    expect(recorded).not.toHaveBeenCalled();

    // A part not hydrated yet: held back, recorded, and the app told.
    const toLate = new MouseEvent('click', { bubbles: true, cancelable: true });
    late.dispatchEvent(toLate);
    field.value = 'KCNA';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(toLate.defaultPrevented).toBe(true);
    expect(seen).toHaveBeenCalledOnce();
    expect(earlyInput()?.take().input).toMatchObject([
      { kind: 'pointer', type: 'click', target: late },
      { kind: 'value', target: field, value: 'KCNA' },
    ]);
    expect(recorded).toHaveBeenCalledTimes(2);

    // While the app replays, input to a hydrated part waits its turn too.
    busy = true;
    hydrated.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(earlyInput()?.take().input).toMatchObject([{ kind: 'pointer', type: 'click', target: hydrated }]);
    document.body.removeEventListener('click', seen);
  });
});
