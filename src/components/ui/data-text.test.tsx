import { render, screen } from '@testing-library/react';
import { DataText } from './data-text';

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
