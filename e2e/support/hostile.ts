import type { Page } from '@playwright/test';

/** Every Content-Security-Policy violation the page reports, kept on window by an init script. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
}

export const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** What a script from the data would have set, had it run. */
export const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __claimwatchPwned?: string }).__claimwatchPwned ?? null);

/**
 * Every place inside `scope` that shows a hostile data field (right-to-left letters, a bidi control,
 * a zero-width character), and whether it is isolated: in HTML its text sits directly in an element
 * whose computed unicode-bidi isolates it (a <bdi>); in SVG each such character lies inside FSI…PDI.
 */
export function isolationReport(page: Page, scope: string) {
  // No named function inside: the page gets the code as written, without the test's helpers.
  return page.evaluate((selector) => {
    const SUSPECT = /[\u0590-\u08FF\u061C\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/;
    const BIDI = /[\u0590-\u08FF\u061C\u200E\u200F\u202A-\u202E]/;
    const html: string[] = [];
    const svg: string[] = [];
    const problems: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || !SUSPECT.test(text) || parent.closest('svg')) continue;
        html.push(text);
        const bidi = getComputedStyle(parent).unicodeBidi;
        if (!['isolate', 'isolate-override', 'plaintext'].includes(bidi))
          problems.push(`<${parent.localName}> (unicode-bidi: ${bidi}) shows ${JSON.stringify(text.slice(0, 60))}`);
      }
      for (const el of root.querySelectorAll('svg text')) {
        const text = el.textContent ?? '';
        if (!BIDI.test(text)) continue;
        svg.push(text);
        let depth = 0;
        for (const ch of text) {
          if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth += 1;
          else if (ch === '\u2069') depth = Math.max(depth - 1, 0);
          else if (depth === 0 && BIDI.test(ch)) {
            problems.push(
              `svg <text> shows ${JSON.stringify(text.slice(0, 60))} with U+${ch.codePointAt(0)?.toString(16).toUpperCase()} outside FSI…PDI`,
            );
            break;
          }
        }
      }
    }
    return { html, svg, problems };
  }, scope);
}

/** How far the text after a quote (its closing ”) sits right of the quote: negative when the quote's override pulled it inside. */
export function closingMarkGap(page: Page, quote: string) {
  return page.evaluate((selector) => {
    const bdi = document.querySelector(`${selector} bdi`);
    const closing = bdi?.parentElement
      ? [...bdi.parentElement.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('”'))
      : undefined;
    if (!bdi || !closing) return null;
    const range = document.createRange();
    range.selectNodeContents(closing);
    const lines = [...bdi.getClientRects()];
    const last = lines.at(-1);
    const mark = range.getBoundingClientRect();
    // The closing mark follows the quote's last line: on it, right of it (or on the next line).
    return last ? (mark.top >= last.bottom - 1 ? Number.POSITIVE_INFINITY : mark.left - last.right) : null;
  }, quote);
}
