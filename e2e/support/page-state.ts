/** The server-rendered page's state (`<script type="application/json" id="claimwatch-page-state">`), parsed. */
export function pageState(html: string): {
  url: string;
  queries: { queries: { queryKey: unknown[]; state: { data: unknown } }[] };
} {
  const match = /<script type="application\/json" id="claimwatch-page-state">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('the page carries no page state');
  return JSON.parse(match[1]) as ReturnType<typeof pageState>;
}

/** The claims list the server rendered the page with (the first claims list query in its state). */
export function claimsInPageState(html: string): unknown[] {
  const list = pageState(html).queries.queries.find(
    (q) =>
      q.queryKey[0] === 'claims' &&
      typeof q.state.data === 'object' &&
      q.state.data !== null &&
      'claims' in q.state.data,
  );
  const claims = (list?.state.data as { claims?: unknown } | undefined)?.claims;
  if (!Array.isArray(claims)) throw new Error('the page state holds no claims list');
  return claims;
}
