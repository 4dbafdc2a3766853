import { expect, test } from './fixtures/test';
import { escapeRegExp, STATE_LABELS } from './support/text';

const isHttp = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

test.describe('claim details', { tag: '@phone' }, () => {
  test('hover shows who said it and through whom; click opens the panel with quote, outlet, source link, chain and history', async ({
    dashboard: page,
    charts,
    api,
  }) => {
    const { claims } = await api.claims();
    // Chosen by data: the first claim with a quote, an http(s) source and a mark on a chart (dated),
    // preferring one whose chain of citation has more than one step so the " → " join is tested.
    const candidates = claims.filter((c) => c.quote !== null && isHttp(c.source.url) && c.claimedOn !== null);
    const claim = candidates.find((c) => c.provenance.length > 1) ?? candidates[0];
    if (!claim?.quote || !isHttp(claim.source.url))
      throw new Error('the API has no dated, quoted claim with an http(s) source');
    const sourceUrl = claim.source.url;

    await expect(charts.mark(claim.id), `${claim.id} is a mark on a chart`).toHaveCount(1);
    await charts.hoverMark(claim.id);
    const tooltip = page.getByRole('tooltip');
    const chain = claim.provenance.length ? claim.provenance.join(' → ') : claim.source.outlet;
    await expect(tooltip, 'the tooltip names the organisation').toContainText('Said by');
    await expect(tooltip).toContainText(claim.speaker.organisation);
    await expect(tooltip, 'the tooltip shows the chain').toContainText('Via');
    await expect(tooltip).toContainText(chain);
    await expect(tooltip, 'the tooltip shows the state').toContainText(STATE_LABELS[claim.verification.state]);

    await charts.clickMark(claim.id);
    const dialog = page.getByRole('dialog');
    await expect(charts.panelFor(claim.id)).toBeVisible();
    await expect(dialog.locator('blockquote')).toBeVisible();
    await expect(dialog, 'the panel shows the quote').toContainText(claim.quote.text);
    await expect(dialog, 'the panel names the outlet').toContainText(claim.source.outlet);

    const links = dialog.locator('a[target="_blank"][rel="noopener noreferrer"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const expected = new URL(sourceUrl).href;
    expect(
      hrefs.some((href) => href === sourceUrl || href === expected),
      `a new-tab link (rel="noopener noreferrer") to ${sourceUrl}; found: ${JSON.stringify(hrefs)}`,
    ).toBe(true);

    const provenance = dialog.getByRole('region', { name: 'Chain of citation' }).getByRole('listitem');
    await expect(provenance, 'the chain of citation lists every step in order').toHaveText(claim.provenance);

    const verification = dialog.getByRole('region', { name: 'Verification' });
    for (const change of claim.verification.history)
      await expect(verification, `the history shows "${change.rationale.slice(0, 60)}…"`).toContainText(
        change.rationale,
      );
  });

  test('a contradicting claim is listed as a button that switches the panel to it', async ({
    dashboard: page,
    charts,
    api,
  }) => {
    const { claims } = await api.claims();
    const ids = new Set(claims.map((c) => c.id));
    const claim = claims.find((c) => c.claimedOn !== null && c.contradictingClaimIds.some((id) => ids.has(id)));
    if (!claim) throw new Error('the API has no dated claim contradicted by another claim it holds');
    const other = claim.contradictingClaimIds.find((id) => ids.has(id)) ?? '';

    await charts.clickMark(claim.id);
    await expect(charts.panelFor(claim.id)).toBeVisible();
    // The button's name starts with the id, then ends or goes on with a separator ("C012 — Denial: …").
    await page
      .getByRole('dialog')
      .getByRole('region', { name: /Contradicting/i })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(other)}(?![\\w-])`) })
      .click();
    await expect(charts.panelFor(other)).toBeVisible();
    await expect(charts.panelFor(claim.id), 'the panel no longer shows the first claim').toHaveCount(0);
  });
});
