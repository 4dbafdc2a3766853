import { useLayoutEffect } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Briefing } from '@/contract/briefing-schema';
import { server } from '../../../mocks/node';
import { Presentation } from './presentation';
import { slidePartLayout, slideSourceOf, type RenderSlide, type SlidePart } from './slide-parts';

const deck: Briefing = {
  title: 'Weekly brief',
  slides: [
    {
      id: 'a',
      title: 'Troops in Russia',
      note: 'Stress the spread',
      view: '/?metric=troops_in_russia&state=unverified',
    },
    { id: 'b', title: 'Compared', note: '', view: '/compare?metric=troops_in_russia&window=quarter' },
    { id: 'c', title: 'Everything', note: '', view: '/' },
  ],
};

const renderSlide: RenderSlide = (source) => ({
  body: <p>Body of a {source.kind} slide</p>,
  note: source.kind === 'compare' ? 'Compare view, claims grouped by quarter' : null,
});

/** Presses `key` the moment it is committed to the page: before React runs passive effects (and the browser paints). */
function PressOnMount({ keyName }: { keyName: string }) {
  useLayoutEffect(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true }));
  }, [keyName]);
  return null;
}

function renderDeck(index: number, part: SlidePart = 1, pressOnMount?: string) {
  const moves: [number, SlidePart][] = [];
  const left: string[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <Presentation
        deck={deck}
        index={index}
        part={part}
        onNavigate={(i, p) => moves.push([i, p])}
        onLeave={() => left.push('left')}
        renderSlide={renderSlide}
      />
      {pressOnMount ? <PressOnMount keyName={pressOnMount} /> : null}
    </QueryClientProvider>,
  );
  return { moves, left };
}

describe('Presentation', () => {
  it('heads the slide with its title, place in the deck and what it filters', async () => {
    renderDeck(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Troops in Russia' })).toBeInTheDocument();
    // The deck's title is data, in its own <bdi>: the line is read as a whole.
    expect(screen.getByText((_, el) => el?.classList.contains('presentation__meta') === true)).toHaveTextContent(
      /^Weekly brief · slide 1 of 3 · as of/,
    );
    // The metric reads by its label once the metrics have loaded.
    expect(await screen.findByText('Filtered: Metric: Troops in Russia · State: unverified')).toBeInTheDocument();
    expect(screen.getByText('Body of a charts slide')).toBeInTheDocument();
  });

  it('says that a compare slide shows the compare view', () => {
    renderDeck(1);
    expect(screen.getByText('Body of a compare slide')).toBeInTheDocument();
    expect(screen.getByText(/Compare view, claims grouped by quarter/)).toBeInTheDocument();
  });

  it('has large previous / next buttons, disabled at the ends of the deck', async () => {
    const user = userEvent.setup();
    const first = renderDeck(0);
    expect(screen.getByRole('button', { name: 'Previous slide' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(first.moves).toEqual([[1, 1]]);
  });

  it('goes back to the last part of the previous slide, and stops at the last slide', async () => {
    const user = userEvent.setup();
    const { moves } = renderDeck(2);
    expect(screen.getByRole('button', { name: 'Next slide' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous slide' }));
    expect(moves).toEqual([[1, 'last']]);
  });

  it('keeps the keys: arrows and page keys move, N shows the note, Esc leaves', async () => {
    const user = userEvent.setup();
    const { moves, left } = renderDeck(1);
    await user.keyboard('{ArrowRight}{PageDown}{ArrowLeft}{PageUp}');
    expect(moves).toEqual([
      [2, 1],
      [2, 1],
      [0, 'last'],
      [0, 'last'],
    ]);
    await user.keyboard('{Escape}');
    expect(left).toEqual(['left']);
  });

  it('hears a key pressed as soon as it is in the page, before the browser paints it', () => {
    // A browser handles input before React's scheduled work: a passive effect's listener came too late for it.
    expect(renderDeck(0, 1, 'ArrowRight').moves).toEqual([[1, 1]]);
  });

  it('shows the speaker note on N', async () => {
    const user = userEvent.setup();
    renderDeck(0);
    expect(screen.queryByRole('complementary', { name: 'Speaker note' })).not.toBeInTheDocument();
    await user.keyboard('n');
    expect(screen.getByRole('complementary', { name: 'Speaker note' })).toHaveTextContent('Stress the spread');
  });

  it('moves once when Space presses a focused on-screen button', async () => {
    const user = userEvent.setup();
    const { moves } = renderDeck(0);
    screen.getByRole('button', { name: 'Next slide' }).focus();
    await user.keyboard(' ');
    expect(moves).toEqual([[1, 1]]);
  });
});

describe('Presentation, moving to a slide whose claims are loading', () => {
  it('shows none of the slide before’s sources or "as of" under the new slide’s title', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // Neither view is the whole list: nothing in the cache can be filtered here to stand in for the second.
    const twoViews: Briefing = {
      title: 'Weekly brief',
      slides: [
        { id: 'a', title: 'Troops in Russia', note: '', view: '/?metric=troops_in_russia' },
        { id: 'b', title: 'Casualties', note: '', view: '/?metric=troop_casualties' },
      ],
    };
    const presentation = (index: number) => (
      <QueryClientProvider client={queryClient}>
        <Presentation
          deck={twoViews}
          index={index}
          part={1}
          onNavigate={() => undefined}
          onLeave={() => undefined}
          renderSlide={renderSlide}
        />
      </QueryClientProvider>
    );
    const sources = () => document.querySelector('.presentation__sources')?.textContent ?? '';
    const meta = () => document.querySelector('.presentation__meta')?.textContent ?? '';
    const { rerender } = render(presentation(0));
    await waitFor(() => expect(sources()).toMatch(/^Sources \(\d+\):/));
    const first = { sources: sources(), asOf: /as of (.+)$/.exec(meta())?.[1] ?? '' };
    expect(first.asOf, 'the first slide is dated by its claims').toMatch(/\d{4}/);
    // From now on the claims never come: whatever the next slide shows of them can only be the first slide's.
    server.use(http.get('*/api/claims', () => delay('infinite')));
    rerender(presentation(1));
    expect(screen.getByRole('heading', { level: 1, name: 'Casualties' })).toBeInTheDocument();
    await act(() => delay(50));
    expect(sources(), 'no sources (and no "no claims") until its own claims are there').toBe('');
    expect(meta()).toMatch(/^Weekly brief · slide 2 of 2/);
    expect(meta()).not.toContain(first.asOf);
  });
});

describe('slideSourceOf', () => {
  it.each([
    ['/?metric=troops_in_russia&labels=none&lines=source', 'charts', { metric: 'troops_in_russia' }],
    ['/compare?metric=troops_in_russia&window=quarter', 'compare', { metric: 'troops_in_russia' }],
    ['/table?state=unverified&sort=date', 'table', { state: ['unverified'] }],
  ])('%s is a %s slide', (view, kind, filters) => {
    const source = slideSourceOf(view);
    expect(source.kind).toBe(kind);
    expect(source.filters).toMatchObject(filters);
  });
});

describe('slidePartLayout', () => {
  it.each([
    // count, part, capacity -> parts, current, first, end, columns, rows
    [1, 1, 4, { parts: 1, current: 1, first: 0, end: 1, columns: 1, rows: 1 }],
    [2, 1, 4, { parts: 1, current: 1, first: 0, end: 2, columns: 2, rows: 1 }],
    [3, 1, 4, { parts: 1, current: 1, first: 0, end: 3, columns: 2, rows: 2 }],
    [4, 1, 4, { parts: 1, current: 1, first: 0, end: 4, columns: 2, rows: 2 }],
    [5, 2, 4, { parts: 2, current: 2, first: 3, end: 5, columns: 2, rows: 1 }],
    [9, 'last', 4, { parts: 3, current: 3, first: 6, end: 9, columns: 2, rows: 2 }],
    [9, 'last', 2, { parts: 5, current: 5, first: 8, end: 9, columns: 1, rows: 1 }],
    [9, 7, 2, { parts: 5, current: 5, first: 8, end: 9, columns: 1, rows: 1 }],
    [0, 1, 4, { parts: 1, current: 1, first: 0, end: 0, columns: 1, rows: 1 }],
  ] as const)('%i charts, part %s, %i per screen', (count, part, capacity, expected) => {
    expect(slidePartLayout(count, part, capacity)).toEqual(expected);
  });
});
