import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeClaim } from '@/testing/make-claim';
import type { Source } from '@/contract/claim-schema';
import { ClaimDetails } from './claim-details';

/* SYNTHETIC captures (archive.example, a made-up hash): not real archives. */
const HASH = 'ab12cd34'.repeat(8);
const source = (patch: Partial<Source>): Source => ({ ...makeClaim().source, ...patch });
const show = (s: Source) => {
  const claim = makeClaim({ source: s });
  return render(<ClaimDetails claim={claim} knownClaims={[claim]} onOpen={() => undefined} />);
};

describe('archived copies in the claim panel', () => {
  it('links each copy as "Archived copy (date)", newest first, with its hash readable in full', async () => {
    show(
      source({
        archives: [
          { url: 'https://archive.example/old', capturedOn: '2024-11-02', sha256: null },
          { url: 'https://archive.example/new', capturedOn: '2025-03-12', sha256: HASH },
        ],
      }),
    );
    const list = screen.getByRole('list', { name: 'Archived copies of this address' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      'https://archive.example/new',
      'https://archive.example/old',
    ]);
    expect(links[0]).toHaveAccessibleName('Archived copy (12 Mar 2025), at archive.example, opens in a new tab');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(list).getByText(`SHA-256 ${HASH}`)).toHaveClass('visually-hidden');
    expect(within(list).getByText('SHA-256 ab12cd34…')).toHaveAttribute('aria-hidden', 'true');
    expect(within(list).getByTitle(`SHA-256 ${HASH}`)).toBeInTheDocument();
    expect(screen.queryByText('No archived copy of this address')).toBeNull();
    // Reachable by keyboard.
    const user = userEvent.setup();
    for (let i = 0; i < 10 && document.activeElement !== links[0]; i += 1) await user.tab();
    expect(links[0]).toHaveFocus();
  });

  it('says plainly when an address has no archived copy, and says nothing when there is no address', () => {
    const { unmount } = show(source({ archives: [] }));
    expect(screen.getByText('No archived copy of this address')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Archived copy/ })).toBeNull();
    unmount();
    show(source({ url: null, archives: [] }));
    expect(screen.queryByText('No archived copy of this address')).toBeNull();
  });

  it('shows an archive address that is not plain http(s) as text, never as a link', () => {
    // The contract refuses such an address; a faulty API might still send one.
    show(
      source({ archives: [{ url: 'https://archive.example@evil.example/x', capturedOn: '2025-03-12', sha256: null }] }),
    );
    expect(screen.queryByRole('link', { name: /Archived copy/ })).toBeNull();
    expect(screen.getByText(/Not linked: this address hides its real host/)).toBeInTheDocument();
    expect(screen.getByText('https://archive.example@evil.example/x')).toBeInTheDocument();
  });
});
