import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, waitForCharts, waitForClaims, clickMark, panelFor, apiClaims, apiGet } from './support/browser';

const REAL = process.env.REAL_BASE_URL ?? 'http://127.0.0.1:8787';
const TOKEN = process.env.REAL_TOKEN ?? '';

/** Signs in as the e2e analyst through the dashboard's own control. */
async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Analyst sign-in' }).click();
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('against the real server (SQLite)', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  test('draws what the server holds, with no mock in the build', async () => {
    const page = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
    await page.goto(REAL);
    await waitForCharts(page);
    const total = await page.evaluate(
      async () => ((await (await fetch('/api/claims')).json()) as { claims: unknown[] }).claims.length,
    );
    assert.equal(await page.locator('[data-claim-id]').count(), total);
    const worker = await page.evaluate(
      async () => (await fetch('/mockServiceWorker.js')).headers.get('content-type') ?? '',
    );
    assert.doesNotMatch(worker, /javascript/, 'the real-API build ships no mock service worker');
  });

  test('sign in, change a claim’s state with a rationale, reload: the state and the history are there', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(REAL);
    await waitForClaims(page);
    await signIn(page);
    await page.getByText(/Signed in as e2e \(analyst\)/).waitFor();

    const target = await page.evaluate(async () => {
      const { claims } = (await (await fetch('/api/claims?state=single_source')).json()) as {
        claims: { id: string; claimedOn: string | null }[];
      };
      return claims.find((c) => c.claimedOn)?.id ?? '';
    });
    assert.ok(target);
    const rationale = `E2E: two independent outlets now report it (${Date.now()})`;
    await clickMark(page, target);
    const dialog = panelFor(page, target);
    await dialog.getByLabel('New state').selectOption('corroborated');
    await dialog.getByLabel(/Why/).fill(rationale);
    await dialog.getByRole('button', { name: 'Record the change' }).click();
    await dialog.getByText('Saved: the change is in the history above.').waitFor();

    await page.reload();
    await waitForClaims(page);
    const label = (await page.locator(`[data-claim-id="${target}"]`).getAttribute('aria-label')) ?? '';
    assert.match(label, /Corroborated/);
    await clickMark(page, target);
    const history = panelFor(page, target).getByRole('region', { name: 'Verification' });
    await history.getByText(rationale).waitFor();
    assert.match((await history.textContent()) ?? '', /Single source → Corroborated/);
    assert.match((await history.textContent()) ?? '', /Recorded by e2e/);
    await context.close();
  });

  test('a briefing saved on the server by an analyst opens in another browser', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${REAL}/?metric=containers_shipped`);
    await waitForClaims(page);
    await signIn(page);
    await page.getByText(/Signed in as e2e/).waitFor();
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByLabel('Slide title').fill('Containers, all sources');
    await page.getByRole('button', { name: 'Save slide' }).click();
    await page.getByRole('link', { name: 'Briefing' }).click();
    await page.getByLabel('Briefing title').fill('Server deck e2e');
    await page.getByRole('button', { name: 'Save this briefing on the server' }).click();
    await page.getByText('Saved “Server deck e2e” on the server').waitFor();
    await context.close();

    const other = await browser.newContext({ reducedMotion: 'reduce' });
    const reader = await other.newPage();
    await reader.goto(`${REAL}/briefing`);
    await reader.getByRole('button', { name: 'Server deck e2e' }).click();
    // Slide titles are editable fields on the Briefing page.
    await reader.getByLabel('Slide 1 title').waitFor();
    assert.equal(await reader.getByLabel('Slide 1 title').inputValue(), 'Containers, all sources');
    assert.equal(await reader.getByLabel('Briefing title').inputValue(), 'Server deck e2e');
    await other.close();
  });

  test('on a 390 px phone a signed-in analyst’s tabs and an open import report never widen the page', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto(REAL);
    await waitForCharts(page);
    await signIn(page);
    await page.getByText(/Signed in as e2e/).waitFor();
    await page.getByRole('link', { name: 'Import' }).waitFor();
    assert.ok((await overflow()) <= 1, `signed in, the page scrolls sideways by ${await overflow()} px`);

    // A dry run only: two claims the server holds, one of them made invalid, so the report has a rejected row with its reasons.
    const claims = await page.evaluate(async () =>
      ((await (await fetch('/api/claims')).json()) as { claims: Record<string, unknown>[] }).claims.slice(0, 2),
    );
    assert.equal(claims.length, 2);
    const rows = [
      claims[0],
      {
        ...claims[1],
        id: 'E2E-PHONE-REJECTED-ROW-WITH-A-LONG-IDENTIFIER',
        metricId: 'Not A Metric Id With Spaces And A Very Long Name',
      },
    ];
    await page.getByRole('link', { name: 'Import' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'phone-check.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(rows)),
    });
    await page.getByRole('button', { name: 'Check again' }).waitFor();
    await page
      .getByText(/rejected/i)
      .first()
      .waitFor();
    assert.ok(
      (await overflow()) <= 1,
      `with the import report open, the page scrolls sideways by ${await overflow()} px`,
    );
    await context.close();
  });

  test('import a CSV with warnings, review them, and find the warned claims', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(REAL);
    await waitForClaims(page);
    await signIn(page);
    await page.getByText(/Signed in as e2e/).waitFor();
    await page.getByRole('link', { name: 'Import' }).click();

    // SYNTHETIC test data, not reporting: invented figures from an invented speaker, ids unique to this run.
    const run = `E2E-IMP-${Date.now()}`;
    const [clean, vague, falling, localeNumber, misspelt] = [
      `${run}-1`,
      `${run}-2`,
      `${run}-3`,
      `${run}-4`,
      `${run}-5`,
    ];
    const columns = [
      'id',
      'metric',
      'topic',
      'kind',
      'value',
      'qualifier',
      'unit',
      'claimed_on',
      'speaker_organisation',
      'speaker_country',
      'speaker_type',
      'outlet',
      'source_url',
      'published_on',
      'verification_state',
      'verification_note',
    ];
    const base = {
      topic: 'munitions',
      kind: 'estimate',
      qualifier: '',
      unit: 'containers',
      speaker_organisation: 'E2E Synthetic Test Desk',
      speaker_country: 'GB',
      speaker_type: 'think_tank',
      outlet: 'E2E synthetic outlet (test data)',
      source_url: 'https://example.org/e2e-synthetic',
      verification_state: 'unverified',
      verification_note: 'Synthetic e2e test row, not reporting',
    };
    const rows: Record<string, string>[] = [
      {
        ...base,
        id: clean,
        metric: 'containers_shipped',
        value: '3000',
        claimed_on: '2025-01-10',
        published_on: '2025-01-10',
      },
      // A qualifier wording Claimwatch does not know: kept, with a warning.
      {
        ...base,
        id: vague,
        metric: 'containers_shipped',
        value: '2500',
        qualifier: 'in the ballpark of',
        claimed_on: '2025-01-12',
        published_on: '2025-01-12',
      },
      // A running total below the earlier ones of the default data (C011: 10,000 in 2024-02): kept, with a warning.
      {
        ...base,
        id: falling,
        metric: 'containers_shipped',
        kind: 'cumulative_total',
        value: '500',
        claimed_on: '2025-01-15',
        published_on: '2025-01-15',
      },
      // "1.500": one thousand five hundred to some, one point five to others: refused.
      {
        ...base,
        id: localeNumber,
        metric: 'containers_shipped',
        value: '1.500',
        claimed_on: '2025-01-16',
        published_on: '2025-01-16',
      },
      // A misspelt metric: refused, with the metric it was probably meant to be.
      {
        ...base,
        id: misspelt,
        metric: 'troops_in_rusia',
        topic: 'troops',
        unit: 'personnel',
        value: '12000',
        claimed_on: '2025-01-17',
        published_on: '2025-01-17',
      },
    ];
    // As Excel writes it: a UTF-8 byte order mark and CRLF line ends. The header is line 1, so row n is line n + 1.
    const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const csv = `\uFEFF${[columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')).join(','))].join('\r\n')}\r\n`;
    await page
      .getByLabel('Choose or drop a .csv or .json file')
      .setInputFiles({ name: 'e2e-synthetic-warnings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

    // The dry run: nothing is written yet.
    const report = page.locator('section.import-report');
    await report.getByRole('heading', { name: 'Check before importing' }).waitFor();
    const reportRow = (id: string) => report.locator('tbody tr').filter({ hasText: id });
    await reportRow(misspelt).waitFor();
    const localeText = (await reportRow(localeNumber).textContent()) ?? '';
    assert.match(localeText, /\(line 5\)/);
    assert.match(localeText, /Refused/);
    assert.match(localeText, /Error value: .*\(number_as_text\)/);
    const misspeltText = (await reportRow(misspelt).textContent()) ?? '';
    assert.match(misspeltText, /\(line 6\)/);
    assert.match(misspeltText, /Error metric: .*did you mean "troops_in_russia".*\(unknown_metric\)/);
    assert.match((await reportRow(clean).textContent()) ?? '', /\(line 2\).*Would create/);

    await report.getByRole('radio', { name: 'With warnings' }).check();
    await report.locator('caption', { hasText: 'with warnings' }).waitFor({ state: 'attached' });
    const warnedRows = await report.locator('tbody tr').allTextContents();
    assert.equal(warnedRows.length, 2, `with warnings, the report lists: ${warnedRows.join(' | ')}`);
    assert.match(
      warnedRows.find((t) => t.includes(vague)) ?? '',
      /\(line 3\).*Would create.*Warning qualifier: .*in the ballpark of.*\(unrecognised_qualifier\)/,
    );
    assert.match(
      warnedRows.find((t) => t.includes(falling)) ?? '',
      /\(line 4\).*Would create.*Warning value: .*\(cumulative_below_earlier\)/,
    );

    const commit = page.getByRole('button', { name: /^Commit import/ });
    assert.equal(await commit.textContent(), 'Commit import (3 new, 0 updated)');
    assert.ok(await commit.isDisabled(), 'all or nothing with refused rows: the commit is disabled');
    await page.getByRole('radio', { name: 'Import the valid rows (per row)' }).check();
    await page.getByRole('button', { name: 'Commit import (3 new, 0 updated)', disabled: false }).click();
    await report.getByRole('heading', { name: 'Imported' }).waitFor();
    assert.match((await report.textContent()) ?? '', /3 created, 0 updated, 0 unchanged, 2 refused, 2 with warnings/);

    // The link to review them: the table, filtered to the warned claims.
    await page.getByRole('link', { name: 'Review the claims with warnings in the table' }).click();
    await page.waitForURL(/[?&]warning=any\b/);
    await page.getByRole('button', { name: `Open ${vague}`, exact: true }).waitFor();
    await page.getByRole('button', { name: `Open ${falling}`, exact: true }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: `Open ${clean}`, exact: true }).count(),
      0,
      'the clean row is not among the warned claims',
    );
    await page
      .getByRole('region', { name: 'Active filters' })
      .getByRole('button', { name: /^Remove filter Import warnings: / })
      .waitFor();
    assert.ok(await page.getByRole('checkbox', { name: 'Any import warning' }).isChecked());

    // The claim panel says what to check.
    await page.getByRole('button', { name: `Open ${vague}`, exact: true }).click();
    const warnings = panelFor(page, vague).locator('section.claim-warnings');
    await warnings.getByRole('heading', { name: 'Import warning: check before relying on this figure' }).waitFor();
    const warningText = (await warnings.textContent()) ?? '';
    assert.match(warningText, /Unrecognised qualifier wording/);
    assert.match(warningText, /Qualifier "in the ballpark of" is not one Claimwatch recognises/);

    // The API agrees: the code filter finds the one claim, and the refused rows were never written.
    const byCode = await apiClaims(page, 'warning=unrecognised_qualifier');
    assert.deepEqual(
      byCode.claims.filter((c) => c.id.startsWith(`${run}-`)).map((c) => c.id),
      [vague],
    );
    assert.ok(
      byCode.claims.every((c) => c.warnings.some((w) => w.code === 'unrecognised_qualifier')),
      'every claim the code filter returns carries that code',
    );
    for (const id of [localeNumber, misspelt])
      assert.equal(
        (await apiGet(page, `/api/claims/${encodeURIComponent(id)}`)).status,
        404,
        `${id} was refused, so it does not exist`,
      );
    await context.close();
  });
});
