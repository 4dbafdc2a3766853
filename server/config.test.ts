import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('CLAIMWATCH_EMBED_ORIGINS', () => {
  it('lets any site frame the embed by default', () => {
    expect(loadConfig({}).CLAIMWATCH_EMBED_ORIGINS).toEqual(['*']);
  });

  it('takes origins separated by spaces or commas', () => {
    expect(
      loadConfig({
        CLAIMWATCH_EMBED_ORIGINS: 'https://news.example, https://*.ministry.example:8443  http://localhost:3000',
      }).CLAIMWATCH_EMBED_ORIGINS,
    ).toEqual(['https://news.example', 'https://*.ministry.example:8443', 'http://localhost:3000']);
  });

  it.each([
    'javascript:alert(1)',
    "https://news.example; script-src 'unsafe-inline'",
    'https://news.example/path',
    ' , ',
  ])('refuses %j with the variable’s name, rather than write it into a policy', (value) => {
    expect(() => loadConfig({ CLAIMWATCH_EMBED_ORIGINS: value })).toThrow(/CLAIMWATCH_EMBED_ORIGINS/);
  });
});
