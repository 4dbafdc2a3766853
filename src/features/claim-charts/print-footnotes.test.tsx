import { render, screen } from '@testing-library/react';
import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { PrintFootnotes } from './print-footnotes';
import { toChartModels } from './to-chart-models';

describe('PrintFootnotes: archived copies (SYNTHETIC captures)', () => {
  it('gives each archived copy with its day, its address a link; an address that is not http(s) stays text', () => {
    const archives = [
      { url: 'https://archive.example/a', capturedOn: '2025-03-12', sha256: null },
      { url: 'https://archive.example@evil.example/b', capturedOn: '2025-04-01', sha256: null },
    ];
    const [model] = toChartModels([makeClaim({ source: { ...makeClaim().source, archives } })], [makeMetric()]);
    if (!model) throw new Error('no chart');
    const { container } = render(<PrintFootnotes model={model} />);
    expect(container.textContent).toContain('archived copy (12 Mar 2025): https://archive.example/a');
    expect(screen.getByRole('link', { name: 'https://archive.example/a' })).toHaveAttribute(
      'href',
      'https://archive.example/a',
    );
    expect(container.textContent).toContain('archived copy (1 Apr 2025): https://archive.example@evil.example/b');
    expect(screen.queryByRole('link', { name: /evil/ })).toBeNull();
  });
});
