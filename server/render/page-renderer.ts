import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { EMPTY_ROOT, pageWithState } from '../../src/contract/server-render';
import {
  acceptedLanguages,
  addressWithLocale,
  localeOfSearch,
  negotiateLocale,
  LANG_PARAM,
} from '../../src/contract/locale';
import { acceptsGzip } from '../routes/cached-answer';
import { renderHintsFor } from './render-hints';

const gzipped = promisify(gzip);

/** A page rendered once per data version, and its gzip, made once when a browser first accepts it. */
interface RenderedPage {
  body: string;
  /** The body's length in UTF-8. */
  bytes: number;
  status: number;
  gzip: () => Promise<Buffer>;
}

/** `body` as a page of the cache: its gzip made on libuv's threads, at zlib's default level, on first asking. */
function renderedPage(body: string, status: number): RenderedPage {
  let compressed: Promise<Buffer> | undefined;
  return { body, bytes: Buffer.byteLength(body), status, gzip: () => (compressed ??= gzipped(body)) };
}

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
  const cache = new Map<string, RenderedPage>();

  return async (c, next) => {
    if (!isPagePath(c.req.path)) return next();
    const url = new URL(c.req.url);
    c.header('Vary', 'Cookie, User-Agent, Accept-Language, Accept-Encoding');
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
      page = renderedPage(body, rendered.status);
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, page);
    }
    c.header('Cache-Control', 'no-cache');
    // With its length and its gzip made once: through the compress middleware, a page of 385 KB was gzipped again for
    // every request, and sent without a length.
    const status = page.status === 404 ? 404 : 200;
    const html = 'text/html; charset=UTF-8';
    if (!acceptsGzip(c.req.header('accept-encoding')))
      return c.body(page.body, status, {
        'content-type': html,
        'content-length': String(page.bytes),
      });
    const body = await page.gzip();
    return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), status, {
      'content-type': html,
      'content-encoding': 'gzip',
      'content-length': String(body.length),
    });
  };
}
