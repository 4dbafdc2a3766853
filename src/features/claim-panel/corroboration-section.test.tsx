import { render, screen, within } from '@testing-library/react';
import { makeClaim } from '@/testing/make-claim';
import { ClaimWarnings } from './claim-warnings';
import { CorroborationSection } from './corroboration-section';

const supporter = (id: string, originId: string, organisation: string) =>
  makeClaim({ id, originId, speaker: { ...makeClaim().speaker, organisation } });

describe('CorroborationSection', () => {
  it('says a claim supported only by its own origin and organisation is not independently corroborated', () => {
    const claim = makeClaim({
      id: 'A',
      originId: 'nis.1',
      corroboration: { independent: [], sameOrigin: ['B'], sameOwner: ['C'], unknownOrigin: ['D'] },
    });
    const known = [claim, supporter('B', 'nis.1', 'NIS'), supporter('C', 'nis.2', 'NIS'), supporter('D', 'x', 'X')];
    render(<CorroborationSection claim={claim} knownClaims={known} onOpen={() => undefined} />);
    const agreeing = screen.getByRole('region', { name: 'Agreeing claims' });
    expect(within(agreeing).getByText('Not independently corroborated')).toBeInTheDocument();
    expect(within(agreeing).getByText('No claim from another origin agrees.')).toBeInTheDocument();
    expect(within(agreeing).queryByRole('button')).not.toBeInTheDocument();
    for (const [name, id] of [
      ['Repeats of the same origin (do not count)', 'B'],
      ['Restatements by the same organisation (do not count)', 'C'],
      ['Agreeing, origin unknown (do not count)', 'D'],
    ] as const) {
      const region = screen.getByRole('region', { name });
      expect(within(region).getByRole('button', { name: new RegExp(`^${id} — `) })).toBeInTheDocument();
    }
  });

  it('counts independent support by origin, not by claim', () => {
    const claim = makeClaim({
      id: 'A',
      originId: 'nis.1',
      corroboration: { independent: ['B', 'C', 'D'], sameOrigin: [], sameOwner: [], unknownOrigin: [] },
    });
    const known = [claim, supporter('B', 'us.1', 'US'), supporter('C', 'us.1', 'US'), supporter('D', 'uk.1', 'UK')];
    render(<CorroborationSection claim={claim} knownClaims={known} onOpen={() => undefined} />);
    const agreeing = screen.getByRole('region', { name: 'Agreeing claims' });
    expect(agreeing).toHaveTextContent('Independently corroborated (by 2 other origins)');
    expect(within(agreeing).getAllByRole('button')).toHaveLength(3);
    expect(screen.queryByRole('region', { name: /do not count/ })).not.toBeInTheDocument();
  });
});

describe('ClaimWarnings', () => {
  it('shows the one-origin warning on its own, apart from the import warnings', () => {
    render(
      <ClaimWarnings
        warnings={[
          {
            field: 'verification.state',
            code: 'corroborated_one_origin',
            message: 'Every supporting claim repeats it.',
          },
          { field: 'figure', code: 'new_metric', message: 'A new metric.' },
        ]}
      />,
    );
    const oneOrigin = screen.getByRole('region', { name: /Corroborated by one origin only/ });
    expect(oneOrigin).toHaveTextContent('not independently corroborated');
    expect(oneOrigin).toHaveTextContent('Every supporting claim repeats it.');
    expect(screen.getByRole('region', { name: /Import warning: check/ })).toHaveTextContent('New metric');
  });
});
