import { test, expect } from './fixtures/test';
import { waitForCharts } from './support/charts';
import { seriousViolations } from './support/axe';

test.describe('replay over “as known on”', () => {
  test('opens on the present picture, steps week by week with the keyboard, rings what is new, and its link reproduces the frame @phone', async ({
    page,
    newPage,
  }) => {
    await page.goto('/');
    await waitForCharts(page);
    await page.getByRole('button', { name: 'Replay how it became known' }).click();
    const slider = page.getByRole('slider', { name: /As known on/ });
    await expect(slider).toBeVisible();
    // The last frame: every claim made, as on the last day of the span.
    await expect(page).toHaveURL(/[?&]asof=\d{4}-\d{2}-\d{2}/);
    await expect(page).toHaveURL(/[?&]replay=/);

    await slider.focus();
    await page.keyboard.press('Home');
    const first = new URL(page.url()).searchParams.get('asof');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).not.toBe(first);
    const second = new URL(page.url()).searchParams.get('asof') ?? '';
    const days = (Date.parse(second) - Date.parse(first ?? '')) / 86_400_000;
    expect(days, 'a step is a week (or the last, shorter one)').toBeLessThanOrEqual(7);
    expect(days).toBeGreaterThan(0);

    // Step until a week brings new claims: the text names them and the charts ring the same claims.
    const status = page.locator('.replay__status');
    for (let i = 0; i < 120; i += 1) {
      if (await page.locator('.replay__change--new').count()) break;
      await page.keyboard.press('ArrowRight');
      await expect(status).not.toContainText('loading');
    }
    const named = await page.locator('.replay__change--new').count();
    expect(named, 'a week with new claims').toBeGreaterThan(0);
    await expect(status).toContainText(/this week \d+ new/);
    await expect(page.locator('.mark-highlight--new').first()).toBeAttached();
    const ringed = await page
      .locator('.mark-highlight--new')
      .evaluateAll((rings) => rings.map((r) => r.getAttribute('data-highlight-id')));
    const frame = new URL(page.url()).searchParams.get('asof') ?? '';
    // Every ringed claim is drawn, and made by the frame's day.
    for (const id of ringed) await expect(page.locator(`[data-claim-id="${id}"]`).first()).toBeAttached();
    expect(await seriousViolations(page)).toEqual([]);

    // The link reproduces the frame, in another person's browser.
    const other = await newPage();
    await other.goto(page.url());
    await expect(other.getByRole('slider', { name: /As known on/ })).toBeVisible();
    await expect(other.locator('.replay__label')).toContainText(
      await page.locator('.replay__label strong').innerText(),
    );
    expect(new URL(other.url()).searchParams.get('asof')).toBe(frame);
    await expect(other.getByText(`Past view: as known on`)).toBeVisible();

    // Closing returns to the present picture.
    await page.getByRole('button', { name: 'Close replay' }).click();
    await expect(page).not.toHaveURL(/asof=|replay=/);
    await expect(page.getByRole('button', { name: 'Replay how it became known' })).toBeVisible();
  });

  test('plays and pauses', async ({ page }) => {
    await page.goto('/?asof=2024-10-01&replay=2024-10-01..2024-11-05');
    await waitForCharts(page);
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asof'), { timeout: 15_000 }).not.toBe('2024-10-01');
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = new URL(page.url()).searchParams.get('asof');
    await page.waitForTimeout(2_500);
    expect(new URL(page.url()).searchParams.get('asof'), 'a paused replay stays on its frame').toBe(paused);
  });
});
