import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, useEffect } from 'react';
import { useBriefingActions } from '@/stores/briefing-store';
import { BriefingPage } from './briefing-page';

const KEY = 'claimwatch.briefing';

function Seed() {
  const { briefingReplaced } = useBriefingActions();
  useEffect(() => {
    briefingReplaced({
      title: 'Weekly brief',
      slides: [
        { id: 'a', title: 'Troops in Russia', note: 'Stress the spread', view: '/?metric=troops_in_russia' },
        { id: 'b', title: 'Munitions', note: '', view: '/?metric=containers_shipped' },
      ],
    });
  }, [briefingReplaced]);
  return null;
}

function renderPage() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <Seed />
      <BriefingPage onPresent={() => undefined} onPrint={() => undefined} />
    </QueryClientProvider>,
  );
}

const saved = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as { slides: { title: string; note: string }[] } | null;

describe('BriefingPage: editing saved slides', () => {
  afterEach(() => localStorage.clear());

  it("edits a slide's title and speaker note in place, and keeps them in this browser", async () => {
    const user = userEvent.setup();
    renderPage();
    const title = screen.getByLabelText('Slide 1 title');
    expect(title).toHaveValue('Troops in Russia');
    await user.clear(title);
    await user.type(title, 'Troops sent, by source');
    await user.type(screen.getByLabelText('Slide 2 speaker note'), 'Containers, not shells');
    // What the store keeps is what it writes to this browser's storage.
    expect(saved()?.slides.map((s) => [s.title, s.note])).toEqual([
      ['Troops sent, by source', 'Stress the spread'],
      ['Munitions', 'Containers, not shells'],
    ]);
    // The move and remove buttons name the slide by its new title.
    expect(screen.getByRole('button', { name: 'Remove “Troops sent, by source”' })).toBeInTheDocument();
  });

  it('keeps the last title while the field is empty, says so, and shows it again on leaving', async () => {
    const user = userEvent.setup();
    renderPage();
    const title = screen.getByLabelText('Slide 2 title');
    await user.clear(title);
    expect(title).toHaveValue('');
    expect(title).toHaveAccessibleDescription('A slide needs a title; “Munitions” is kept until you type another.');
    expect(saved()?.slides[1]?.title).toBe('Munitions');
    await act(async () => {
      await user.tab();
    });
    expect(title).toHaveValue('Munitions');
  });
});
