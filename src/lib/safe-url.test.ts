import { classifyAddress, safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each(['https://example.org/a?b=1', 'http://example.org', ' HTTPS://EXAMPLE.ORG/x '])('links %s', (url) => {
    expect(safeHttpUrl(url)).toMatch(/^https?:\/\//);
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
    'ftp://example.org',
    'example.org',
    'https//missing-colon',
    ' javascript:https://x',
  ])('refuses %s', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
});

describe('classifyAddress', () => {
  it.each([
    ['https://www.reuters.com/world/asia', 'www.reuters.com'],
    ['http://example.org/a?b=1#c', 'example.org'],
  ])('links %s', (url, host) => {
    expect(classifyAddress(url)).toMatchObject({ kind: 'link', host });
  });

  it.each([
    ['javascript:alert(1)', /javascript: address/],
    [' JaVaScRiPt:alert(1)', /javascript: address/],
    ['java\tscript:alert(1)', /hidden control characters/],
    ['data:text/html,<script>alert(1)</script>', /data: address/],
    ['vbscript:msgbox(1)', /vbscript: address/],
    ['file:///etc/passwd', /file: address/],
    ['//evil.example/x', /no scheme/],
    ['https:\\\\evil.example', /backslashes/],
    ['https://www.reuters.com@evil.example/article', /hides its real host \(evil\.example\) after "@"/],
    ['https://user:pass@example.org/', /hides its real host/],
    ['https://xn--80ak6aa92e.com/', /internationalised host name/],
    ['https://аррӏе.com/', /internationalised host name/],
    ['https://exa mple.org/', /spaces/],
    ['example.org/page', /not an absolute web address/],
  ])('shows %j as text: %s', (url, reason) => {
    const verdict = classifyAddress(url);
    expect(verdict.kind).toBe('text');
    if (verdict.kind === 'text') expect(verdict.reason).toMatch(reason);
  });

  it('links every source address of the default dataset', async () => {
    const { default: dataset } = await import('../../data/default-dataset.json');
    const urls = (dataset.claims as { source: { url: string | null } }[])
      .map((c) => c.source.url)
      .filter((u): u is string => u !== null);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => classifyAddress(u).kind !== 'link')).toEqual([]);
  });
});
