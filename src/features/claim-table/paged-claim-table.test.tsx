import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setMockScenario } from '../../../mocks/scenarios';
import { renderApp } from '@/testing/render-app';

describe('the table of a list too long to load whole (SYNTHETIC claims)', () => {
  it('loads page by page in the API’s order, says how many match, and loads more on request', async () => {
    setMockScenario({ name: 'large', claims: 2500 });
    renderApp('/table');
    expect(
      await screen.findByText(/2,500 of 2,500 claims match · 200 loaded, oldest first/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    // Columns do not sort a part of the list: no sort buttons, the order said in the caption.
    expect(within(table).queryAllByRole('button', { name: /^(Claimed|Metric|Figure)/ })).toHaveLength(0);
    expect(table).toHaveAttribute('aria-rowcount', '2501');
    expect(within(table).getByText(/oldest first: 200 of 2,500 loaded/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Load more claims/ }));
    expect(await screen.findByText(/2,500 of 2,500 claims match · 400 loaded/)).toBeInTheDocument();
  });

  it('exports through the API, which makes the file of every matching claim', async () => {
    setMockScenario({ name: 'large', claims: 2500 });
    const created: Blob[] = [];
    // jsdom has no object URLs: the download is caught as the blob it would have saved.
    const saved = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:export';
    };
    URL.revokeObjectURL = () => undefined;
    onTestFinished(() => {
      Object.assign(URL, saved);
    });
    renderApp('/table');
    await screen.findByText(/2,500 of 2,500 claims match/, {}, { timeout: 15_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(screen.getByText('Exported 2,500 claims as CSV')).toBeInTheDocument());
    const csv = await created[0]?.text();
    // The header, the metadata lines and one row per claim: far more rows than the page holds.
    expect(csv?.split('\n').filter((line) => line.startsWith('SYN-')).length).toBe(2500);
  });
});
