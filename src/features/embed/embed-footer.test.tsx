import { render, screen } from '@testing-library/react';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { EmbedFooter } from './embed-footer';

describe('EmbedFooter', () => {
  afterEach(() => {
    activateLocale('en', en);
  });

  it('links to the full view and the methodology, each saying it opens a new tab', () => {
    render(<EmbedFooter fullView="/?topic=troops" methodology="/methodology" />);
    // (jsdom joins the link's text and the hidden span's without the space a browser keeps.)
    expect(
      screen.getByRole('link', { name: /^Open the full view, with every source and quote ?\(opens a new tab\)$/ }),
    ).toHaveAttribute('href', '/?topic=troops');
    expect(screen.getByRole('link', { name: /^How claims are recorded ?\(opens a new tab\)$/ })).toHaveAttribute(
      'target',
      '_blank',
    );
  });

  it('reads in Korean', async () => {
    activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko);
    render(<EmbedFooter fullView="/?lang=ko" methodology="/methodology?lang=ko" />);
    expect(screen.getByText(/모든 점은 누군가가 한 주장이며/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^주장을 기록하는 방법 ?\(새 탭에서 열림\)$/ })).toHaveAttribute(
      'href',
      '/methodology?lang=ko',
    );
  });
});
