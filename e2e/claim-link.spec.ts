import { expect, test } from './fixtures/test';
import { panelFor } from './support/charts';

/*
 * A link that names a claim (`?claim=`, what an embed opens) shows that claim's panel on arrival, on the real server's
 * rendered page, where charts below the fold hydrate only when they come near. Its panel once waited for one of those
 * charts in 7 of 160 loads (src/lib/on-demand.tsx): the test loads the link several times, touching nothing.
 */

test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

const LOADS = 6;

test('a link that names a claim opens its panel on arrival, while charts below the fold wait to hydrate', async ({
  page,
  request,
  realApiURL,
}) => {
  const { claims } = (await (await request.get(`${realApiURL}/api/claims?limit=1&state=unverified`)).json()) as {
    claims: { id: string }[];
  };
  const id = claims[0]?.id ?? '';
  expect(id, 'an unverified claim to link to').not.toBe('');
  for (let load = 0; load < LOADS; load += 1) {
    await page.goto(`/?state=unverified&claim=${id}`);
    await expect(panelFor(page, id), `load ${load + 1}: the panel shows the linked claim`).toBeVisible();
    await expect(page.locator('.claim-panel__heading')).toContainText(id);
    expect(new URL(page.url()).searchParams.get('claim'), 'the address drops the claim once opened').toBeNull();
    // What made it wait: a chart below the fold still holding the server's drawing while the panel opened.
    if (load === 0) {
      const waiting = await page.locator('figure.chart:not([data-width="measured"])').count();
      expect(waiting, 'a chart below the fold still waits to hydrate (the case under test)').toBeGreaterThan(0);
    }
  }
});
