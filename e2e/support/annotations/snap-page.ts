import { expect, type Page } from '@playwright/test';
import type { Claim } from '../../../src/contract/claim-schema';
import { apiClaims } from '../api';
import { waitForChartRendered, waitForCharts } from '../charts';
import { snapChart, type ChartSnap } from './snap-chart';

export type Scheme = 'light' | 'dark';

export interface PageSnap {
  theme: string | undefined;
  /** Top of the first chart's plot with the page scrolled to the top, or why there is none. */
  firstPlotTop: number | string;
  charts: ChartSnap[];
  claims: Claim[];
}

/**
 * Opens `path` in the page's system theme (`first`) and measures it; then the system turns to the other theme,
 * which the page follows without loading again, and measures it again. Loading and drawing the page is most of a
 * measurement's cost; the themes change colours only, and each is measured on its own.
 */
export async function snapPageInBothSchemes(
  page: Page,
  path: string,
  first: Scheme,
): Promise<Record<Scheme, PageSnap>> {
  const other: Scheme = first === 'light' ? 'dark' : 'light';
  await page.goto(path);
  await waitForCharts(page);
  const { claims } = await apiClaims(page);
  const firstSnap = await snapPage(page, claims);
  await page.emulateMedia({ colorScheme: other });
  await expect(page.locator('html'), `the page follows the system's turn to ${other}`).toHaveAttribute(
    'data-theme',
    other,
  );
  const otherSnap = await snapPage(page, claims);
  return { [first]: firstSnap, [other]: otherSnap } as Record<Scheme, PageSnap>;
}

/**
 * Records where the first chart's plot begins with the page at the top, then scrolls to each chart in turn, waits
 * until it has drawn, and measures it.
 */
async function snapPage(page: Page, claims: Claim[]): Promise<PageSnap> {
  const charts = page.locator('figure.chart');
  let firstPlotTop: number | string = 'the first chart did not draw with the page at the top';
  const firstDrawn = await waitForChartRendered(charts.first(), 10_000).then(
    () => true,
    () => false,
  );
  if (firstDrawn) {
    const top = await charts.first().evaluate((fig) => {
      window.scrollTo(0, 0);
      const plot =
        fig.querySelector('.recharts-yAxis .recharts-cartesian-axis-line') ??
        fig.querySelector('.recharts-cartesian-grid');
      return plot ? plot.getBoundingClientRect().top + window.scrollY : null;
    });
    firstPlotTop = top ?? 'the first chart has no y-axis line and no grid';
  }
  const count = await charts.count();
  const snaps: ChartSnap[] = [];
  for (let i = 0; i < count; i += 1) {
    await waitForChartRendered(charts.nth(i));
    snaps.push(await snapChart(charts.nth(i)));
  }
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  return { theme, firstPlotTop, charts: snaps, claims };
}
