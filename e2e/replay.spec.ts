import { test, expect } from './fixtures/test';
import { waitForCharts } from './support/charts';
import { seriousViolations } from './support/axe';
import { deckPath, FULL_HD, slideFitted, slideGeometry } from './support/briefing';

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

    // Step until a week brings new claims (each step waits for its frame): the text names them and the charts ring
    // the same claims.
    const status = page.locator('.replay__status');
    for (let i = 0; i < 120; i += 1) {
      const said = (await slider.getAttribute('aria-valuetext'))?.replace(/^As known on (.+), week .*$/, '$1') ?? '';
      await expect(status.locator('strong').first()).toHaveText(said);
      await expect(status).not.toContainText('loading');
      if (await page.locator('.replay__change--new').count()) break;
      await page.keyboard.press('ArrowRight');
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

  test.describe('as a slide at 1920×1080', () => {
    test.use({ viewport: FULL_HD });

    test('a slide saved with the replay plays in the presentation, its slider stepping without leaving the slide', async ({
      page,
    }) => {
      const view = '/?metric=troops_in_russia&asof=2024-12-01&replay=2024-10-01..2025-06-30';
      await page.goto(
        deckPath([
          { title: 'How the troop picture became known', view },
          { title: 'Next', view: '/' },
        ]),
      );
      await slideFitted(page);
      await expect(page.getByText('The picture as it was known, Oct 2024 → Jun 2025')).toBeAttached();
      const slider = page.getByRole('slider', { name: /As known on/ });
      await expect(slider).toHaveAttribute('aria-valuetext', /^As known on 26 Nov 2024/);
      await slider.focus();
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', /^As known on 30 Jun 2025/);
      await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveAttribute('aria-valuetext', /^As known on 24 Jun 2025/);
      await expect(page).toHaveURL(/slide=1/);
      await expect(page.locator('.slide .charts__count')).toContainText('as known on 24 Jun 2025');
      // The slide's stamp and filters line follow the frame shown, not the day the slide was saved at.
      await expect(page.locator('.presentation__meta')).toContainText('as of 24 Jun 2025 (past view)');
      await expect(page.locator('.presentation__filters')).toContainText('As known on 24 Jun 2025');
      const g = await slideGeometry(page);
      expect(g.scrollHeight, 'the slide with its replay does not scroll').toBeLessThanOrEqual(g.innerHeight);
      // Off the slider, the arrows move between slides again.
      await page.locator('.presentation').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/slide=2/);
    });
  });
});
