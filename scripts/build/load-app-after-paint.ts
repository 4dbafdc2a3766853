import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The one script index.html names: it loads the app once the page is painted. Not hashed, never cached as such. */
export const APP_LOADER = 'app-loader.js';

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * A server-rendered page is complete without its script, so its first paint must not wait for the app: the
 * module script and its preloads leave index.html, and a small deferred script (no inline script: the CSP) adds
 * them once the browser has painted the page, so the app's code does not share the network with the page's HTML
 * and CSS before then. The byte budget reads the loader to count the app's code as initial (scripts/bench/bundle.ts).
 */
export function loadAppAfterPaint(): Plugin {
  let config: ResolvedConfig;
  let loader: string | null = null;
  return {
    name: 'claimwatch:load-app-after-paint',
    apply: (userConfig, { command }) => command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = MODULE_SCRIPT.exec(html)?.[1];
        if (!entry) return html;
        const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? '');
        loader = loaderSource(entry, preloads);
        return html
          .replace(MODULE_SCRIPT, `\n    <script defer src="${config.base}${APP_LOADER}"></script>`)
          .replace(MODULE_PRELOAD, '');
      },
    },
    writeBundle() {
      if (loader) writeFileSync(join(resolve(config.root, config.build.outDir), APP_LOADER), loader);
    },
  };
}

function loaderSource(entry: string, preloads: string[]): string {
  return `// Claimwatch: the page is complete without a script. Its app loads once the browser has painted it.
(function () {
  var entry = ${JSON.stringify(entry)};
  var preloads = ${JSON.stringify(preloads)};
  function add(element) {
    element.crossOrigin = 'anonymous';
    document.head.appendChild(element);
  }
  function load() {
    preloads.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      add(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    add(script);
  }
  // After the first contentful paint (the page is on screen, so the app's work no longer delays it), in a task of
  // its own. Where the paint timing is not observable, or the tab is hidden and will not paint, after a frame or
  // at most two seconds.
  var loaded = false;
  function loadOnce() {
    if (loaded) return;
    loaded = true;
    setTimeout(load, 0);
  }
  var observed = false;
  try {
    if (PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0) {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length) {
          observer.disconnect();
          loadOnce();
        }
      }).observe({ type: 'paint', buffered: true });
      observed = true;
    }
  } catch (error) {
    observed = false;
  }
  if (!observed) requestAnimationFrame(loadOnce);
  setTimeout(loadOnce, 2000);
})();
`;
}
