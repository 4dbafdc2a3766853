import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  apiClaims,
  closePages,
  escapeRegExp,
  launchBrowser,
  newPage,
  STATE_LABELS,
  waitForCharts,
  clickMark,
  markCentre,
  panelFor,
} from './support/browser';

const isHttp = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

describe('claim details', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('hover shows who said it and through whom; click opens the panel with quote, outlet, source link, chain and history', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const { claims } = await apiClaims(page);
    // Chosen by data: the first claim with a quote, an http(s) source and a mark on a chart (dated),
    // preferring one whose chain of citation has more than one step so the " → " join is tested.
    const candidates = claims.filter((c) => c.quote !== null && isHttp(c.source.url) && c.claimedOn !== null);
    const claim = candidates.find((c) => c.provenance.length > 1) ?? candidates[0];
    assert.ok(claim?.quote && isHttp(claim.source.url), 'the API has a dated, quoted claim with an http(s) source');
    const sourceUrl = claim.source.url;

    const mark = page.locator(`g[data-claim-id="${claim.id}"][role="button"]`);
    assert.equal(await mark.count(), 1, `${claim.id} is a mark on a chart`);
    const centre = await markCentre(page, claim.id);
    await page.mouse.move(centre.x, centre.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    const tip = (await tooltip.textContent()) ?? '';
    assert.ok(
      tip.includes('Said by') && tip.includes(claim.speaker.organisation),
      `tooltip names the organisation "${claim.speaker.organisation}": ${tip}`,
    );
    const chain = claim.provenance.length ? claim.provenance.join(' → ') : claim.source.outlet;
    assert.ok(tip.includes('Via') && tip.includes(chain), `tooltip shows the chain "${chain}": ${tip}`);
    assert.ok(tip.includes(STATE_LABELS[claim.verification.state]), `tooltip shows the state: ${tip}`);

    await clickMark(page, claim.id);
    const dialog = page.getByRole('dialog');
    await panelFor(page, claim.id).waitFor();
    await dialog.locator('blockquote').waitFor();
    const text = (await dialog.textContent()) ?? '';
    assert.ok(text.includes(claim.quote.text), 'the panel shows the quote');
    assert.ok(text.includes(claim.source.outlet), `the panel names the outlet "${claim.source.outlet}"`);

    const links = dialog.locator('a[target="_blank"][rel="noopener noreferrer"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const expected = new URL(sourceUrl).href;
    assert.ok(
      hrefs.some((href) => href === sourceUrl || href === expected),
      `a new-tab link (rel="noopener noreferrer") to ${sourceUrl}; found: ${JSON.stringify(hrefs)}`,
    );

    const provenance = dialog.getByRole('region', { name: 'Chain of citation' });
    const steps = (await provenance.getByRole('listitem').allTextContents()).map((s) => s.trim());
    assert.deepEqual(steps, claim.provenance, 'the chain of citation lists every step in order');

    const verification = dialog.getByRole('region', { name: 'Verification' });
    const history = (await verification.textContent()) ?? '';
    for (const change of claim.verification.history) {
      assert.ok(history.includes(change.rationale), `the history shows "${change.rationale.slice(0, 60)}…"`);
    }
  });

  test('a contradicting claim is listed as a button that switches the panel to it', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const { claims } = await apiClaims(page);
    const ids = new Set(claims.map((c) => c.id));
    const claim = claims.find((c) => c.claimedOn !== null && c.contradictingClaimIds.some((id) => ids.has(id)));
    assert.ok(claim, 'the API has a dated claim contradicted by another claim it holds');
    const other = claim.contradictingClaimIds.find((id) => ids.has(id)) ?? '';

    await clickMark(page, claim.id);
    const dialog = page.getByRole('dialog');
    await panelFor(page, claim.id).waitFor();
    // The button's name starts with the id, then ends or goes on with a separator ("C012 — Denial: …").
    const button = dialog
      .getByRole('region', { name: /Contradicting/i })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(other)}(?![\\w-])`) });
    await button.click();
    await panelFor(page, other).waitFor();
    assert.equal(await panelFor(page, claim.id).count(), 0, 'the panel no longer shows the first claim');
  });
});
