import { expect, type Page } from '@playwright/test';
import { encodeDeck } from '../../src/lib/deck-link';
import { waitForCharts } from './charts';

export const FULL_HD = { width: 1920, height: 1080 } as const;

/** Opens a view, saves it as a slide with a title and a speaker note, and waits for the confirmation. */
export async function saveSlide(page: Page, path: string, title: string, note: string): Promise<void> {
  await page.goto(path);
  await waitForCharts(page);
  await page.getByRole('button', { name: 'Save view as slide' }).click();
  await page.getByLabel('Slide title').fill(title);
  await page.getByLabel('Speaker note').fill(note);
  await page.getByRole('button', { name: 'Save slide' }).click();
  await expect(page.getByText(`Saved “${title}” to the briefing`)).toBeVisible();
}

export const slideHeading = (page: Page) => page.locator('.presentation__head h1');
export const slideMeta = (page: Page) => page.locator('.presentation__meta');

/** A deck in a link, as "Copy presentation link" makes it. */
export const deckPath = (slides: { title: string; view: string; note?: string }[], slide = 1) =>
  `/present?deck=${encodeDeck({ title: 'Fit deck', slides: slides.map((s, i) => ({ id: `s${i}`, note: '', ...s })) })}&slide=${slide}`;

/** Waits until the slide's charts (if any) are drawn and fitting has settled. */
export async function slideFitted(page: Page, charts = true): Promise<void> {
  if (charts) await waitForCharts(page);
  await expect(page.locator('.presentation__body[data-fit="settled"]')).toBeAttached();
}

/** Where the slide's parts are on screen, and whether anything can scroll. */
export function slideGeometry(page: Page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      innerWidth,
      innerHeight,
      scrollHeight: scroller.scrollHeight,
      scrollWidth: scroller.scrollWidth,
      slide: document.querySelector('.slide')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      body: document.querySelector('.presentation__body')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      content: document.querySelector('.presentation__fit')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      charts: [...document.querySelectorAll('.slide figure.chart')]
        .filter((f) => f.getClientRects().length > 0)
        .map((f) => ({
          bottom: f.getBoundingClientRect().bottom,
          right: f.getBoundingClientRect().right,
          svgHeight: f.querySelector('svg.recharts-surface')?.getBoundingClientRect().height ?? 0,
        })),
    };
  });
}
