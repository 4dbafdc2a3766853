import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { Claim } from '../../src/contract/claim-schema';

/** Where the app under test is served; the runner (e2e/run.ts) sets it. */
export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;
export type Viewport = { width: number; height: number };

/** Flags that work for Debian's Chromium on this machine (see /work/shared/TOOLCHAIN.md). Never --user-data-dir here. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A failing locator or action gives up after this long instead of Playwright's 30 s, so a broken UI fails fast. */
const ACTION_TIMEOUT_MS = 10_000;
/** The first render waits for the msw worker, the dataset and recharts' layout. */
const FIRST_RENDER_TIMEOUT_MS = 20_000;

/** Debian's Chromium through playwright-core, headless, with a fresh temporary profile. One per spec file; close it in `after`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

export interface NewPageOptions {
  /** Path (or absolute URL) to open; `null` opens nothing. Default "/". */
  path?: string | null;
  /** Default 1440×900. */
  viewport?: Viewport;
  /** The system colour scheme the page sees (the app follows it unless a theme is chosen). */
  colorScheme?: 'light' | 'dark';
}

const openContexts = new Set<BrowserContext>();
const errorsByPage = new WeakMap<Page, string[]>();

/**
 * A page in its own fresh context with reduced motion (recharts then skips its animations, so
 * geometry and screenshots are final), a short default timeout, and a record of uncaught page
 * errors. Close it with `closePages()` in `afterEach`.
 */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<Page> {
  const { path = '/', viewport = DESKTOP, colorScheme = 'light' } = options;
  const context = await browser.newContext({
    viewport,
    reducedMotion: 'reduce',
    colorScheme,
    baseURL: BASE_URL,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  errorsByPage.set(page, errors);
  if (path !== null) await page.goto(path);
  return page;
}

/** Closes every page (context) `newPage` opened and that is still open. */
export async function closePages(): Promise<void> {
  await Promise.all([...openContexts].map((context) => context.close().catch(() => undefined)));
  openContexts.clear();
}

/** `newPage` with positional arguments (used by the analyst journeys). */
export function openPage(browser: Browser, path = '/', viewport: Viewport = DESKTOP): Promise<Page> {
  return newPage(browser, { path, viewport });
}

/** Uncaught errors the page has thrown so far. */
export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? [];
}

/**
 * Waits until the charts have drawn: at least one `[data-claim-id]` element is in the page, and
 * no chart is still waiting to be drawn (charts below the fold draw near the viewport or when idle).
 */
export async function waitForCharts(page: Page): Promise<void> {
  await page.locator('[data-claim-id]').first().waitFor({ state: 'attached', timeout: FIRST_RENDER_TIMEOUT_MS });
  await page.waitForFunction(
    () => document.querySelectorAll('figure.chart:not([data-rendered="true"])').length === 0,
    undefined,
    { timeout: FIRST_RENDER_TIMEOUT_MS },
  );
}

/** Waits until the charts or the table have drawn their claims. */
export async function waitForClaims(page: Page): Promise<void> {
  await page.waitForSelector('[data-claim-id], .claim-table tbody tr', { timeout: FIRST_RENDER_TIMEOUT_MS });
}

/** A claim as the API sends it (the contract in src/contract/claim-schema.ts). */
export type ApiClaim = Claim;

export interface ApiAnswer {
  status: number;
  contentType: string;
  body: unknown;
}

/**
 * GET from inside the page, so the mock service worker answers exactly as it does for the app.
 * Call it once the app has rendered (the worker is registered by then); before that the preview
 * server would answer with index.html.
 */
export async function apiGet(page: Page, path: string): Promise<ApiAnswer> {
  // No named helper functions inside evaluate: tsx would wrap them in a `__name` call the page lacks.
  return page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { accept: 'application/json' } });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text, the caller's assertion will show it
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
  }, path);
}

/** GET /api/claims?<query> from inside the page; throws unless it answers 200 with a claims list. */
export async function apiClaims(page: Page, query = ''): Promise<{ claims: ApiClaim[]; total: number }> {
  const answer = await apiGet(page, `/api/claims${query ? `?${query}` : ''}`);
  const body = answer.body as { claims?: unknown; total?: unknown } | null;
  if (answer.status !== 200 || !body || !Array.isArray(body.claims)) {
    throw new Error(`GET /api/claims?${query} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  return body as { claims: ApiClaim[]; total: number };
}

/** The labels the UI uses for each verification state (the DOM contract). */
export const STATE_LABELS: Record<Claim['verification']['state'], string> = {
  officially_confirmed: 'Officially confirmed',
  corroborated: 'Corroborated',
  single_source: 'Single source',
  unverified: 'Unverified',
  evasive_no_comment: 'Evasive / no comment',
  disputed_denied: 'Disputed or denied',
  retracted: 'Retracted',
};

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A claim's mark selector (chart mark or undated list button). */
export const markSelector = (id: string) => `[data-claim-id="${id}"]`;

/**
 * Ticks a filter checkbox and waits until it shows as ticked: a filter change is a router
 * navigation rendered in a transition, so the box shows its new state only when the view has
 * re-rendered (Playwright's check() looks at once and would call that a failure).
 */
export async function tick(box: Locator): Promise<void> {
  await box.click();
  await box.page().waitForFunction((element) => (element as HTMLInputElement).checked, await box.elementHandle());
}

/** A chart that has drawn (the issue 10 DOM contract): charts below the fold hold a placeholder until they come near the viewport. */
export const RENDERED_CHART = 'figure.chart[data-rendered="true"]';

/**
 * Scrolls one chart figure into view and waits until it has drawn (`data-rendered="true"` on the
 * figure). The locator is asked again on every poll, so a placeholder swapped for the chart is fine.
 */
export async function waitForChartRendered(figure: Locator, timeoutMs = FIRST_RENDER_TIMEOUT_MS): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('xpath=self::*[@data-rendered="true"]').waitFor({ state: 'attached', timeout: timeoutMs });
}

/**
 * Waits until every chart has drawn: scrolls each `figure.chart` into view in turn (charts below
 * the fold draw only near the viewport) until no `figure.chart:not([data-rendered="true"])` remains,
 * then scrolls back to the top. Throws naming the charts that did not draw.
 */
export async function waitForAllCharts(page: Page, timeoutMs = FIRST_RENDER_TIMEOUT_MS): Promise<void> {
  await waitForCharts(page);
  const charts = page.locator('figure.chart');
  const count = await charts.count();
  if (count === 0) throw new Error('waitForAllCharts: the page has no figure.chart');
  for (let i = 0; i < count; i += 1) await waitForChartRendered(charts.nth(i), timeoutMs);
  const pending = await page
    .locator('figure.chart:not([data-rendered="true"])')
    .evaluateAll((figures) =>
      figures.map((f) => f.getAttribute('data-chart-id') ?? f.querySelector('h2')?.textContent ?? '?'),
    );
  if (pending.length > 0)
    throw new Error(`waitForAllCharts: charts not drawn after scrolling through them all: ${pending.join(', ')}`);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The open claim panel, when it shows this claim. */
export const panelFor = (page: Page, id: string) => page.locator(`[data-panel-claim-id="${id}"]`);

/** The centre of a chart mark's glyph in page coordinates (the mark scrolled into view first). */
export async function markCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const glyph = page.locator(`g[data-claim-id="${id}"] > use.claim-mark__glyph`);
  await glyph.scrollIntoViewIfNeeded();
  // A chart that just came into view is laid out and hit-testable from the next frame (content-visibility: auto),
  // as for a person, who cannot click within a frame of scrolling.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = await glyph.boundingBox();
  if (!box) throw new Error(`the mark of ${id} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks a chart mark as a user does: at the centre of its glyph (the chart's overlay resolves it to the nearest mark). */
export async function clickMark(page: Page, id: string): Promise<void> {
  const { x, y } = await markCentre(page, id);
  await page.mouse.click(x, y);
}
