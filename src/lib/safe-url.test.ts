import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each(['https://example.org/a?b=1', 'http://example.org', ' HTTPS://EXAMPLE.ORG/x '])('links %s', (url) => {
    expect(safeHttpUrl(url)).toMatch(/^https?:\/\//);
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example', 'ftp://example.org', 'example.org', 'https//missing-colon', ' javascript:https://x'])(
    'refuses %s',
    (url) => {
      expect(safeHttpUrl(url)).toBeNull();
    },
  );
});
