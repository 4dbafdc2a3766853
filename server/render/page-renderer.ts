import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MiddlewareHandler } from 'hono';
import { EMPTY_ROOT, pageWithState } from '../../src/contract/server-render';
import {
  acceptedLanguages,
  addressWithLocale,
  localeOfSearch,
  negotiateLocale,
  LANG_PARAM,
} from '../../src/contract/locale';
import { renderHintsFor } from './render-hints';

/** The server-render bundle beside a build (`vite build --outDir X` writes it to `X-ssr`). */
interface ServerBundle {
  sendApiRequestsTo: (send: (request: Request) => Promise<Response>) => void;
  renderPage: (
    url: string,
    hints: { plotWidth: number; phone: boolean },
  ) => Promise<{ html: string; stateJson: string; status: number } | null>;
}

const MAX_CACHED = 64;

/** True for addresses of the dashboard's views, not of files (favicon.svg, assets/…, robots.txt). */
const isPagePath = (path: string) => !/\.[a-z0-9]+$/i.test(path) && !path.startsWith('/api/') && path !== '/api';

/**
 * Serves the dashboard's views rendered on the server: the build's index.html with #root filled and the page state
 * beside it. Pages are kept per address, screen hints and data version (`version()`: any write renders afresh).
 * Null when the build has no server bundle (the page is then rendered in the browser alone).
 */
export async function pageRenderer(
  staticDir: string,
  api: (request: Request) => Response | Promise<Response>,
  version: () => Promise<string>,
): Promise<MiddlewareHandler | null> {
  const bundlePath = join(`${resolve(staticDir)}-ssr`, 'entry-server.js');
  const templatePath = join(staticDir, 'index.html');
  if (!existsSync(bundlePath) || !existsSync(templatePath)) return null;
  const template = readFileSync(templatePath, 'utf8');
  if (!template.includes(EMPTY_ROOT)) return null;
  const bundle = (await import(pathToFileURL(bundlePath).href)) as ServerBundle;
  bundle.sendApiRequestsTo(async (request) => api(request));
  const cache = new Map<string, { body: string; status: number }>();

  return async (c, next) => {
    if (!isPagePath(c.req.path)) return next();
    const url = new URL(c.req.url);
    c.header('Vary', 'Cookie, User-Agent, Accept-Language');
    // A page's language is in its address: a reader whose language is not English (chosen before, or the browser's)
    // is sent to the address that names it, so that a link they share shows what they saw.
    const locale = negotiateLocale({
      param: url.searchParams.get(LANG_PARAM),
      cookie: c.req.header('cookie'),
      acceptLanguage: acceptedLanguages(c.req.header('accept-language')),
    });
    const localised = addressWithLocale(url, locale);
    if (localised) {
      c.header('Cache-Control', 'no-store');
      return c.redirect(localised, 302);
    }
    const address = `${url.pathname}${url.search}`;
    const hints = renderHintsFor(c.req.header('user-agent'), c.req.header('cookie'));
    const key = `${await version()} ${hints.plotWidth} ${hints.phone} ${address}`;
    let page = cache.get(key);
    if (!page) {
      const rendered = await bundle.renderPage(address, hints).catch((error: unknown) => {
        console.error(`Server render of ${address} failed; the browser renders it`, error);
        return null;
      });
      if (!rendered) return next();
      const body = pageWithState(template, rendered.html, rendered.stateJson, localeOfSearch(url.search));
      page = { body, status: rendered.status };
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, page);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(page.body, page.status === 404 ? 404 : 200);
  };
}
