import { describe, expect, it } from 'vitest';
import type { Metric } from './metric-schema';
import {
  embedCode,
  embedTitle,
  embedUrl,
  fullViewUrl,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  oembedAnswer,
} from './embed';

const metric = (id: string, group: string, label: string): Metric => ({
  id,
  label,
  unit: 'troops',
  topic: 'troops',
  description: 'x',
  plausibleMax: null,
  chartGroup: { id: group, label },
});
const METRICS = [metric('troops_deployed', 'troops', 'Troops sent to Russia')];
const ORIGIN = 'https://claimwatch.example';

describe('embed addresses', () => {
  it('keep the view’s parameters, name one chart, and lead back to the view without it', () => {
    const url = embedUrl(ORIGIN, new URLSearchParams('state=unverified&asof=2024-11-01&chart=old'), 'troops');
    expect(url).toBe(`${ORIGIN}/embed?state=unverified&asof=2024-11-01&chart=troops`);
    expect(fullViewUrl(new URL(url).searchParams)).toBe('/?state=unverified&asof=2024-11-01');
    expect(embedUrl(ORIGIN, new URLSearchParams(), null)).toBe(`${ORIGIN}/embed`);
    expect(fullViewUrl(new URLSearchParams('chart=troops'))).toBe('/');
  });
});

describe('embedCode', () => {
  it('escapes a hostile title and address, and listens only to its own origin', () => {
    const code = embedCode({
      src: `${ORIGIN}/embed?q="><script>alert(1)</script>`,
      title: `Troops "sent" <img src=x onerror=alert(1)> & 'more'`,
    });
    const frame = code.split('\n')[0] ?? '';
    expect(frame).not.toMatch(/<script|<img/);
    expect(frame).toContain('title="Troops &quot;sent&quot; &lt;img src=x onerror=alert(1)&gt; &amp; &#39;more&#39;"');
    expect(code).toContain(`e.origin!=="${ORIGIN}"`);
    expect(code.match(/<script>/g)).toHaveLength(1);
  });

  it('sizes a frame from its messages in a page, within bounds, and only for the frame that sent them', () => {
    const code = embedCode({ src: `${ORIGIN}/embed`, title: 'T', height: 400 });
    document.body.innerHTML = code.split('\n')[0] ?? '';
    const frame = document.querySelector('iframe');
    const script = /<script>([\s\S]*)<\/script>/.exec(code)?.[1] ?? '';
    new Function(script)();
    const send = (data: unknown, origin = ORIGIN, source = frame?.contentWindow ?? null) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    send({ type: 'claimwatch:embed-height', height: 733.4 });
    expect(frame?.style.height).toBe('733px');
    send({ type: 'claimwatch:embed-height', height: 99999 });
    expect(frame?.style.height).toBe(`${MAX_EMBED_HEIGHT}px`);
    send({ type: 'claimwatch:embed-height', height: 5 });
    expect(frame?.style.height).toBe(`${MIN_EMBED_HEIGHT}px`);
    send({ type: 'claimwatch:embed-height', height: 500 }, 'https://evil.example');
    send({ type: 'claimwatch:embed-height', height: 'x' });
    send({ type: 'claimwatch:embed-height', height: 500 }, ORIGIN, window);
    expect(frame?.style.height).toBe(`${MIN_EMBED_HEIGHT}px`);
  });
});

describe('oembedAnswer', () => {
  const ask = (query: string) => oembedAnswer(new URLSearchParams(query), ORIGIN, METRICS);

  it('answers a chart’s embed with its title and an iframe of the embed address, within maxwidth/maxheight', () => {
    const answer = ask(
      `url=${encodeURIComponent(`${ORIGIN}/?state=corroborated&chart=troops`)}&maxwidth=500&maxheight=300`,
    );
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Claimwatch',
      title: 'Claimwatch: Troops sent to Russia',
      width: 500,
      height: 300,
    });
    expect('html' in answer && answer.html).toContain(`src="${ORIGIN}/embed?state=corroborated&amp;chart=troops"`);
  });

  it.each([
    ['', 400],
    ['url=not-a-url', 400],
    [`url=${encodeURIComponent('https://elsewhere.example/embed')}`, 404],
    [`url=${encodeURIComponent(`${ORIGIN}/table`)}`, 404],
    [`url=${encodeURIComponent(`${ORIGIN}/embed`)}&format=xml`, 501],
  ])('refuses %j with %i', (query, status) => {
    expect(ask(query)).toMatchObject({ status });
  });

  it('names the whole view when no chart is given or the chart is unknown', () => {
    expect(embedTitle(null, METRICS)).toBe('Claimwatch: reported figures');
    expect(embedTitle('nope', METRICS)).toBe('Claimwatch: reported figures');
  });
});
