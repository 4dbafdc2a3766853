import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures/test';
import { saveSlide, slideHeading, slideMeta } from './support/briefing';
import { encodeDeck } from '../src/lib/deck-link';

test.describe('briefings and presentation mode', () => {
  test('build a two-slide briefing, present it, step with the keyboard, leave with Esc', async ({ page, charts }) => {
    await saveSlide(page, '/?metric=troops_in_russia', 'Troops in Russia', 'Stress the spread of figures');
    await saveSlide(page, '/?state=corroborated', 'Corroborated only', '');
    await page.getByRole('link', { name: 'Briefing' }).click();
    await expect(page.locator('.briefing__slides > li')).toHaveCount(2);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.presentation')).toBeVisible();
    await charts.drawn();
    await expect(slideHeading(page)).toHaveText('Troops in Russia');
    const caveats = page.locator('.presentation__caveats');
    await expect(caveats).toContainText(/on a single source or (is|are) unverified/);
    await expect(caveats).toContainText(/Sources \(\d+\): /);
    await expect(
      page.getByRole('button', { name: 'Save view as slide' }),
      'no dashboard controls in presentation mode',
    ).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText('Corroborated only');
    await page.keyboard.press('PageUp');
    await expect(slideHeading(page)).toHaveText('Troops in Russia');
    await page.keyboard.press('h');
    await expect(page.locator('[data-claim-id]:focus'), 'H highlights a claim').toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/briefing$/);
  });

  test('a shared link opens the same deck in a fresh browser, with no serious axe violation', async ({
    page,
    charts,
    seriousViolations,
  }) => {
    const deck = {
      title: 'Shared deck',
      slides: [{ id: 'a', title: 'Munitions: containers', note: '', view: '/?metric=containers_shipped' }],
    };
    await page.goto(`/present?deck=${encodeDeck(deck)}`);
    await expect(page.locator('.presentation')).toBeVisible();
    await charts.drawn();
    await expect(slideHeading(page)).toHaveText('Munitions: containers');
    await expect(slideMeta(page)).toHaveText(/Shared deck · slide 1 of 1 · as of/);
    expect(await seriousViolations()).toEqual([]);
  });

  test('a briefing prints one slide per page, each with its caveats', async ({ page }) => {
    const deck = {
      title: 'Print deck',
      slides: [
        { id: 'a', title: 'First slide: containers', note: '', view: '/?metric=containers_shipped' },
        { id: 'b', title: 'Second slide: missiles', note: '', view: '/?metric=missiles_fired' },
      ],
    };
    await page.goto(`/present?print=1&deck=${encodeDeck(deck)}`);
    await expect(page.locator('.slide figure')).toHaveCount(2);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    mkdirSync('e2e/.artifacts', { recursive: true });
    writeFileSync('e2e/.artifacts/briefing.pdf', pdf);
    const pages = execFileSync('pdftotext', ['-layout', 'e2e/.artifacts/briefing.pdf', '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());
    expect(pages, 'one page per slide').toHaveLength(2);
    expect(
      (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length,
      'and no blank page after the last slide',
    ).toBe(2);
    expect(pages[0]).toMatch(/First slide: containers[\s\S]*Claims,\s+not\s+established\s+facts/);
    expect(pages[1]).toMatch(/Second slide: missiles[\s\S]*Claims,\s+not\s+established\s+facts/);
  });

  test("a saved slide's title and speaker note are edited on the Briefing page and presented as edited", async ({
    page,
  }) => {
    await page.goto('/briefing');
    await page.evaluate((briefing) => localStorage.setItem('claimwatch.briefing', JSON.stringify(briefing)), {
      title: 'Edit deck',
      slides: [{ id: 'a', title: 'Draft title', note: 'Draft note', view: '/?metric=troops_in_russia' }],
    });
    await page.reload();
    await page.getByLabel('Slide 1 title').fill('Troops: the spread of figures');
    await page.getByLabel('Slide 1 speaker note').fill('Start with the NIS figure');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.presentation')).toBeVisible();
    await expect(slideHeading(page)).toHaveText('Troops: the spread of figures');
    await page.keyboard.press('n');
    await expect(page.getByRole('complementary', { name: 'Speaker note' })).toHaveText('Start with the NIS figure');
  });

  test('a damaged deck link says so instead of going blank', async ({ page }) => {
    await page.goto('/present?deck=not-a-deck');
    await expect(page.getByText('This presentation link is damaged')).toBeVisible();
  });
});
