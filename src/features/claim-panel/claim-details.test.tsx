import { render, screen } from '@testing-library/react';
import { makeClaim } from '@/testing/make-claim';
import { ClaimDetails } from './claim-details';

const HOSTILE = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror="window.__pwned = 2">',
  svg: '"><svg onload="window.__pwned = 3"></svg>',
  bidi: 'Reported by \u202Eecruos lacol\u202C here',
  zeroWidth: 'NIS\u200B\u200D',
  scripts: '북한군 병력 — войска — قوات',
  long: 'x'.repeat(300),
};

function renderHostile(url: string | null = 'javascript:window.__pwned=4') {
  const claim = makeClaim({
    quote: { text: `${HOSTILE.script} ${HOSTILE.bidi}`, language: null },
    speaker: {
      name: HOSTILE.img,
      role: HOSTILE.svg,
      organisation: HOSTILE.zeroWidth,
      sourceId: null,
      country: null,
      type: 'government',
    },
    source: { outlet: HOSTILE.scripts, url, publishedOn: '2024-10-18', language: null, archives: [] },
    provenance: [HOSTILE.long, HOSTILE.bidi],
    notes: HOSTILE.script,
  });
  return render(<ClaimDetails claim={claim} knownClaims={[claim]} onOpen={() => undefined} />);
}

describe('ClaimDetails with hostile text from data', () => {
  it('shows every hostile string literally and creates no element from it', () => {
    const { container } = renderHostile();
    for (const text of [HOSTILE.img, HOSTILE.scripts, HOSTILE.long]) expect(container.textContent).toContain(text);
    expect(container.textContent).toContain(HOSTILE.script);
    expect(container.querySelectorAll('script, img, svg[onload], [onerror], [onload]')).toHaveLength(0);
  });

  it('isolates data text so a bidi override cannot reorder the page around it', () => {
    const { container } = renderHostile();
    const isolated = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toContain(HOSTILE.bidi);
    expect(isolated.some((t) => t?.includes(HOSTILE.bidi))).toBe(true);
  });

  it('says when text holds hidden characters, without changing it', () => {
    renderHostile();
    expect(screen.getAllByText(/contains 2 hidden characters: U\+200B, U\+200D/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/hidden characters: U\+202E, U\+202C/).length).toBeGreaterThan(0);
    expect(screen.getByText(HOSTILE.zeroWidth)).toBeInTheDocument();
  });

  it.each([
    ['javascript:window.__pwned=4', /javascript: address, not a web address/],
    ['data:text/html,<b>x</b>', /data: address/],
    ['https://www.reuters.com@evil.example/a', /hides its real host \(evil\.example\)/],
    ['https://xn--80ak6aa92e.com/', /internationalised host name/],
  ])('shows %s as text with the reason, never as a link', (url, reason) => {
    const { container } = renderHostile(url);
    expect(screen.getByRole('note')).toHaveTextContent(reason);
    expect(screen.getByText(url)).toBeInTheDocument();
    expect(container.querySelectorAll('a[href]:not([href^="http:"]):not([href^="https:"])')).toHaveLength(0);
    expect(container.querySelector(`a[href="${url}"]`)).toBeNull();
  });

  it('links an ordinary https source, opening safely in a new tab', () => {
    renderHostile('https://www.reuters.com/world/asia');
    const link = screen.getByRole('link', { name: /reuters\.com/ });
    expect(link).toHaveAttribute('href', 'https://www.reuters.com/world/asia');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
