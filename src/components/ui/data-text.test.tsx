import { render, screen } from '@testing-library/react';
import { ComposedText, DataText } from './data-text';

describe('DataText', () => {
  it('renders markup from data as literal text inside <bdi>', () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { container } = render(<DataText text={text} />);
    expect(container.querySelector('bdi')).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(screen.queryByText(/hidden character/)).toBeNull();
  });

  it('counts hidden characters, lists their code points in a title, and leaves the text unchanged', () => {
    const text = 'by \u202Eecruos\u202C and NIS\u200D';
    const { container } = render(<DataText text={text} />);
    expect(container.querySelector('bdi')?.textContent).toBe(text);
    const note = screen.getByText(/contains 3 hidden characters/);
    expect(note).toHaveAttribute('title', 'U+202E U+202C U+200D');
  });

  it('uses the singular for one hidden character', () => {
    render(<DataText text={'soft\u00ADhyphen'} />);
    expect(screen.getByText(/contains 1 hidden character:/)).toHaveAttribute('title', 'U+00AD');
  });
});

describe('DataText options', () => {
  it('carries the language of a quote', () => {
    const { container } = render(<DataText text="병력을 파병했다" lang="ko" />);
    expect(container.querySelector('bdi')).toHaveAttribute('lang', 'ko');
  });

  it('shortens to maxLength at a word with an ellipsis, and counts hidden characters in the whole text', () => {
    const text = `We estimate that about eleven thousand soldiers are in the region ${'\u202E'}now`;
    const { container } = render(<DataText text={text} maxLength={40} />);
    expect(container.querySelector('bdi')?.textContent).toBe('We estimate that about eleven thousand…');
    expect(container.querySelector('bdi')).not.toHaveAttribute('title');
    expect(screen.getByText(/contains 1 hidden character: U\+202E/)).toBeInTheDocument();
  });
});

describe('ComposedText', () => {
  it('shows each isolated part of an SVG string as a <bdi>, with no isolate mark left in the text', () => {
    const { container } = render(<ComposedText text={'\u2068about 11,000\u2069 · \u2068قوات\u2069 · estimate'} />);
    expect([...container.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['about 11,000', 'قوات']);
    expect(container.textContent).toBe('about 11,000 · قوات · estimate');
  });
});
