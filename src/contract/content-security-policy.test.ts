import { apiOriginOf, contentSecurityPolicy } from './content-security-policy';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows scripts only from our own origin: no inline script, no eval', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'");
  });

  it('adds a cross-origin API to connect-src only', () => {
    const policy = contentSecurityPolicy({ apiOrigin: apiOriginOf('https://api.example.org/api') });
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://api.example.org");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
  });

  it('forbids framing only in the header (a meta tag cannot)', () => {
    expect(directive(contentSecurityPolicy({ header: true }), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy(), 'frame-ancestors')).toBeUndefined();
  });

  it('lets the sites given frame a page (the embed), and still no inline script', () => {
    const policy = contentSecurityPolicy({ header: true, frameAncestors: ['https://news.example', "'self'"] });
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors https://news.example 'self'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(contentSecurityPolicy({ header: true, frameAncestors: [] }), 'frame-ancestors')).toBe(
      "frame-ancestors 'none'",
    );
  });

  it.each([
    ['/api', null],
    ['https://api.example.org/api/', 'https://api.example.org'],
    ['http://127.0.0.1:8787/api', 'http://127.0.0.1:8787'],
    ['javascript:alert(1)', null],
    [undefined, null],
  ])('apiOriginOf(%s) = %s', (input, expected) => {
    expect(apiOriginOf(input)).toBe(expected);
  });
});
