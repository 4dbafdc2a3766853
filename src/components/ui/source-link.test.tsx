import { render, screen } from '@testing-library/react';
import { SourceLink } from './source-link';

describe('SourceLink', () => {
  it('links an https address by its host name, opening safely in a new tab', () => {
    render(<SourceLink url="https://www.reuters.com/world/asia" />);
    const link = screen.getByRole('link', { name: /^reuters\.com/ });
    expect(link).toHaveAttribute('href', 'https://www.reuters.com/world/asia');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each([
    ['javascript:alert(1)', /javascript: address/],
    ['data:text/html,<script>alert(1)</script>', /data: address/],
    ['//evil.example/x', /no scheme/],
    ['https://www.reuters.com@evil.example/', /hides its real host \(evil\.example\) after "@"/],
    ['https://xn--80ak6aa92e.com/', /internationalised host name .* may imitate another/],
  ])('shows %s as text with the specific reason', (url, reason) => {
    const { container } = render(<SourceLink url={url} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(reason);
    expect(screen.getByText(url)).toBeInTheDocument();
    expect(container.querySelectorAll('script, a')).toHaveLength(0);
  });

  it('says when no address was recorded', () => {
    render(<SourceLink url={null} />);
    expect(screen.getByText('No address recorded')).toBeInTheDocument();
  });
});
