import { expect, test } from './fixtures/test';
import { OUR_DISABLED_FEATURES } from './support/chromium';

/** Every feature list a `--disable-features` switch names on a command line, in order. */
function disabledFeatureLists(commandLine: string): string[][] {
  return [...commandLine.matchAll(/--disable-features=(\S*)/g)].map((match) => (match[1] ?? '').split(','));
}

// Plain pages from the browser: the fixtures' page waits for the app after each navigation to a page of HTML.
test.describe('the browser the journeys run in', () => {
  test('keeps every feature Playwright disables disabled, with ours added', async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    await page.close();
    const lists = disabledFeatureLists(commandLine);
    expect(lists.length, `a --disable-features switch in: ${commandLine}`).toBeGreaterThan(0);
    // Chromium keeps the last switch alone: it must name every feature the ones before it (Playwright's) name.
    const kept = new Set(lists.at(-1));
    const lost = lists.slice(0, -1).flatMap((list) => list.filter((feature) => !kept.has(feature)));
    expect(lost, 'features Playwright disables that e2e/support/chromium.ts does not name again').toEqual([]);
    for (const feature of OUR_DISABLED_FEATURES) expect(kept, `${feature} disabled`).toContain(feature);
  });

  test('opens no address-bar popup page beside a context’s page', async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    await session.detach();
    await page.close();
    expect(targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://omnibox-popup'))).toEqual(
      [],
    );
  });
});
