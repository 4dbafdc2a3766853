import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

/**
 * Takes the README screenshots of a running dashboard: `node --import tsx scripts/screenshots.ts [baseUrl] [outDir]`.
 */
const base = process.argv[2] ?? 'http://localhost:5173';
const outDir = process.argv[3] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  for (const [name, width, height] of [
    ['dashboard-1440', 1440, 900],
    ['dashboard-390', 390, 844],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
    await page.goto(base);
    await page.locator('[data-claim-id]').first().waitFor();
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: process.argv.includes('--full') });
    const mark = page.locator('g[data-claim-id]').nth(6);
    await mark.hover();
    await page.screenshot({ path: `${outDir}/${name}-tooltip.png` });
    await mark.click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: `${outDir}/${name}-panel.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots written to ${outDir}`);
