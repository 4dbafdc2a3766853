import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { en } from '../src/i18n/catalogues/en';
import { reachForThePage } from './support/reach';

/*
 * English, Korean and Ukrainian on the real server: the server renders in the address's language and hydrates
 * without a warning; no English message of the catalogue is left on a Korean or Ukrainian page; nothing overflows a
 * phone; axe is clean. The language is chosen from the browser, switched, remembered, and kept in shared links.
 */

test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

/** English catalogue messages of some length, as they read with no placeholder or tag (whole phrases only). */
const ENGLISH_PHRASES = Object.values(en)
  .flatMap((message): string[] => (typeof message === 'string' ? [message] : Object.values(message)))
  .filter((text) => !/[{<]/.test(text) && text.length >= 14);

/** The page's own words: its text without data text (quotes, names: shown as written) or text marked as another language. */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const skip = (el: Element | null): boolean =>
      el !== null &&
      (el.matches('bdi.data-text, script, style, [hidden]') ||
        (el.hasAttribute('lang') && el.getAttribute('lang') !== pageLang) ||
        skip(el.parentElement));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!skip(node.parentElement)) parts.push(node.textContent ?? '');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      if (!skip(el))
        parts.push(
          ...['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? '').filter(Boolean),
        );
    return parts.join(' \n ');
  });
}

for (const [locale, title] of [
  ['ko', '북한의 러시아 전쟁 지원: 보도된 수치'],
  ['uk', 'Підтримка Північною Кореєю війни Росії: повідомлені цифри'],
] as const) {
  test(`in ${locale}: server-rendered, hydrated without warnings, no English message left, no overflow, axe clean @phone`, async ({
    page,
    api,
    charts,
    seriousViolations,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
    });
    const response = await page.goto(`/?lang=${locale}`);
    expect(await response!.text(), 'the server rendered the page in the language').toContain(title);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await charts.allDrawn();
    expect(logged, 'hydration logged no error or warning').toEqual([]);

    const words = await pageWords(page);
    expect(ENGLISH_PHRASES.filter((phrase) => words.includes(phrase))).toEqual([]);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'nothing overflows sideways').toBeLessThanOrEqual(0);
    expect(await seriousViolations()).toEqual([]);

    // Data text is never translated: a claim's quote shows as written, in its panel, marked with its language.
    const drawn = new Set(await charts.drawnIds());
    const quoted = (await api.claims()).claims.find((c) => c.quote?.language === 'en' && drawn.has(c.id));
    const id = quoted?.id ?? '';
    await charts.clickMark(id);
    const panel = charts.panelFor(id);
    await expect(panel).toBeVisible();
    await expect(panel.locator('blockquote[lang="en"]')).toContainText(quoted?.quote?.text ?? 'a quote');
  });
}

test('the language is chosen from the browser, switched, remembered, and kept in the address', async ({
  browser,
  realApiURL,
}) => {
  const context = await browser.newContext({ locale: 'uk-UA', viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${realApiURL}/?state=corroborated`);
    await expect(page).toHaveURL(/[?&]lang=uk/);
    await expect(page).toHaveURL(/state=corroborated/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await reachForThePage(page);
    await expect(page.locator('html[data-interactive="true"]')).toBeAttached();

    await page.getByLabel('Мова').selectOption('ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('북한의 러시아 전쟁 지원: 보도된 수치');
    await expect(page).toHaveURL(/[?&]lang=ko/);
    await expect(page).toHaveURL(/state=corroborated/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

    // Remembered: the plain address opens in Korean, and names it.
    await page.goto(`${realApiURL}/`);
    await expect(page).toHaveURL(/[?&]lang=ko/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('북한의 러시아 전쟁 지원: 보도된 수치');

    // A shared link keeps its language in a browser that prefers another.
    const reader = await browser.newContext({ locale: 'en-US' });
    const shared = await reader.newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole('heading', { level: 1 })).toHaveText('북한의 러시아 전쟁 지원: 보도된 수치');
    await reader.close();

    // Back to English, by choice.
    await page.getByLabel('언어').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'North Korea’s support to Russia’s war: reported figures',
    );
    await expect(page).toHaveURL(/[?&]lang=en/);
  } finally {
    await context.close();
  }
});

test('the static demo, prerendered in English, opens in the browser’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR', baseURL: `http://127.0.0.1:${process.env.E2E_PORT}` });
  try {
    const page = await context.newPage();
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') logged.push(message.text());
    });
    await page.goto('/');
    await expect(page).toHaveURL(/\/\?lang=ko$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('북한의 러시아 전쟁 지원: 보도된 수치');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('figure.chart').first()).toBeVisible();
    expect(logged).toEqual([]);
  } finally {
    await context.close();
  }
});
