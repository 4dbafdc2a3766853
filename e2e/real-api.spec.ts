import { expect, test } from './fixtures/test';
import { waitForClaims } from './support/charts';
import { claimsInPageState } from './support/page-state';
import { MOCK_WORKER_FILES } from '../src/config/mock-worker-files';

/** The app built for the real API, served by the real server (SQLite) with the analyst's token. */
test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

test.describe('against the real server (SQLite)', () => {
  test('draws what the server holds, with no mock in the build', async ({ page, charts }) => {
    // The server renders the page with the list it holds and sends that list in the page (other journeys may write
    // to the server meanwhile): the page asks the API for none of it again.
    const listRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/claims') listRequests.push(r.url());
    });
    const response = await page.goto('/');
    const claims = claimsInPageState(await response!.text());
    await charts.drawn();
    await expect(page.locator('[data-claim-id]')).toHaveCount(claims.length);
    expect(listRequests, 'the claims came with the page').toEqual([]);
    for (const file of MOCK_WORKER_FILES) {
      const worker = await page.request.get(`/${file}`);
      expect(worker.headers()['content-type'] ?? '', `the real-API build ships no mock worker (${file})`).not.toMatch(
        /javascript/,
      );
    }
  });

  test('sign in, change a claim’s state with a rationale, reload: the state and the history are there', async ({
    analystPage: page,
    charts,
    api,
  }, testInfo) => {
    // The two projects share the server: the desktop run changes the first dated single-source claim, the phone run
    // the last, so they never change the same one (each run changes one, so "first" and "last" never meet).
    const dated = (await api.claims('state=single_source')).claims.filter((c) => c.claimedOn);
    expect(dated.length, 'two dated single-source claims on the server').toBeGreaterThanOrEqual(2);
    const target = (testInfo.project.name === 'phone' ? dated.at(-1) : dated[0])?.id ?? '';
    const rationale = `E2E: two independent outlets now report it (${testInfo.project.name} ${Date.now()})`;
    await charts.clickMark(target);
    const panel = charts.panelFor(target);
    await panel.getByLabel('New state').selectOption('corroborated');
    await panel.getByLabel('Why (required').fill(rationale);
    await panel.getByRole('button', { name: 'Record the change' }).click();
    await expect(panel.getByText('Saved: the change is in the history above.')).toBeVisible();

    await page.reload();
    await waitForClaims(page);
    await expect(page.locator(`[data-claim-id="${target}"]`)).toHaveAttribute('aria-label', /Corroborated/);
    await charts.clickMark(target);
    const history = charts.panelFor(target).getByRole('region', { name: 'Verification' });
    await expect(history.getByText(rationale)).toBeVisible();
    await expect(history).toContainText(/Single source → Corroborated/);
    await expect(history).toContainText(/Recorded by e2e/);
  });

  test('a briefing saved on the server by an analyst opens in another browser', async ({
    page,
    signIn,
    newPage,
  }, testInfo) => {
    const title = `Server deck e2e (${testInfo.project.name})`;
    await page.goto('/?metric=containers_shipped');
    await waitForClaims(page);
    await signIn();
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByLabel('Slide title').fill('Containers, all sources');
    await page.getByRole('button', { name: 'Save slide' }).click();
    await page.getByRole('link', { name: 'Briefing' }).click();
    await page.getByLabel('Briefing title').fill(title);
    await page.getByRole('button', { name: 'Save this briefing on the server' }).click();
    await expect(page.getByText(`Saved “${title}” on the server`)).toBeVisible();

    const reader = await newPage();
    await reader.goto('/briefing');
    await reader.getByRole('button', { name: title }).click();
    // Slide titles are editable fields on the Briefing page.
    await expect(reader.getByLabel('Slide 1 title')).toHaveValue('Containers, all sources');
    await expect(reader.getByLabel('Briefing title')).toHaveValue(title);
  });

  // A phone of its own (touch, 390 px): runs in the desktop project, which runs every test.
  test.describe('on a 390 px phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('a signed-in analyst’s tabs and an open import report never widen the page', async ({
      page,
      charts,
      signIn,
      api,
    }) => {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.goto('/');
      await charts.drawn();
      await signIn();
      await expect(page.getByRole('link', { name: 'Import' })).toBeVisible();
      expect(await overflow(), 'signed in, the page does not scroll sideways').toBeLessThanOrEqual(1);

      // A dry run only: two claims the server holds, one of them made invalid, so the report has a rejected row with its reasons.
      const [one, two] = (await api.claims()).claims;
      expect(two, 'the server holds two claims').toBeDefined();
      const rows = [
        one,
        {
          ...two,
          id: 'E2E-PHONE-REJECTED-ROW-WITH-A-LONG-IDENTIFIER',
          metricId: 'Not A Metric Id With Spaces And A Very Long Name',
        },
      ];
      await page.getByRole('link', { name: 'Import' }).click();
      await page.locator('input[type="file"]').setInputFiles({
        name: 'phone-check.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(rows)),
      });
      await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible();
      await expect(page.getByText(/rejected/i).first()).toBeVisible();
      expect(await overflow(), 'with the import report open, the page does not scroll sideways').toBeLessThanOrEqual(1);
    });
  });
});
