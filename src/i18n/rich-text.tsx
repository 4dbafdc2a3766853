import { Fragment, type ReactNode } from 'react';

/**
 * A translated message whose parts are elements: `<link>API contract</link>` in the text becomes what `tags.link`
 * makes of "API contract". The text around tags is plain text; a tag the caller did not give stays as written.
 */
export function RichText({
  text,
  tags,
}: {
  text: string;
  tags: Readonly<Record<string, (inner: string) => ReactNode>>;
}) {
  const parts: ReactNode[] = [];
  const pattern = /<([a-z][a-zA-Z0-9]*)>(.*?)<\/\1>/gs;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, name = '', inner = ''] = match;
    const make = tags[name];
    if (!make) continue;
    parts.push(text.slice(last, match.index), <Fragment key={match.index}>{make(inner)}</Fragment>);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
