import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * npm start: builds the dashboard for the real API (vite build into dist-api) and serves it on the SQLite
 * server (server/main.ts), which seeds an empty database and, on the very first start, prints a sign-in link.
 * The build says only what needs attention (warnings and errors), so the last lines on screen are the server's.
 */
const started = Date.now();
console.log('Building the dashboard (vite build into dist-api)…');
// The same build as `npm run build:api`, without its type check: that is for developers (npm test), and it tripled
// the wait of someone who only wants to run the product.
const build = spawnSync(
  process.execPath,
  [
    fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url)),
    'build',
    '--outDir',
    'dist-api',
    '--logLevel',
    'warn',
  ],
  {
    stdio: 'inherit',
    // Vite warns that a future major may load vite.config.ts natively, where its extensionless import of
    // src/contract/content-security-policy would fail: a note for whoever upgrades Vite, not for someone starting the app.
    env: { ...process.env, VITE_API_MOCKING: 'disabled', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.\n`);
process.env.CLAIMWATCH_STATIC_DIR = 'dist-api';
await import('../main');
