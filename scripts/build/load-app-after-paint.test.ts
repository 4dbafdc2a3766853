import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { loadAppAfterPaint } from './load-app-after-paint';

/** index.html as vite builds it: the module script and its preloads in the head. */
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Claimwatch</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-dom-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

function transform(html: string): string {
  const plugin = loadAppAfterPaint();
  const configResolved = plugin.configResolved as (config: ResolvedConfig) => void;
  configResolved({ base: '/', root: process.cwd(), build: { outDir: 'dist' } } as ResolvedConfig);
  const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
  return hook.handler(html);
}

describe('the build names the app loader, not the app', () => {
  it('drops the module script and its preloads and puts the deferred loader last in the body', () => {
    const page = transform(BUILT);
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).not.toContain('<script');
    const loader = page.indexOf('<script defer src="/app-loader.js"></script>');
    expect(loader).toBeGreaterThan(page.indexOf('<div id="root"></div>'));
    expect(page.slice(loader)).toMatch(/^<script defer src="\/app-loader\.js"><\/script>\s*<\/body>/);
  });

  it('leaves a page without a module script as it is', () => {
    const plain = '<!doctype html><html><head></head><body><p>Static</p></body></html>';
    expect(transform(plain)).toBe(plain);
  });

  it('refuses a page it cannot put the loader in', () => {
    expect(() => transform('<head><script type="module" crossorigin src="/a.js"></script></head>')).toThrow('</body>');
  });
});
