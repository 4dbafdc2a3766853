import { classifyAddress } from '@/lib/safe-url';

/** A source address: a link only when it is a plain http(s) address; anything else is shown as text, saying why. */
export function SourceLink({ url }: { url: string | null }) {
  if (url === null) return <span className="muted">No address recorded</span>;
  const verdict = classifyAddress(url);
  if (verdict.kind === 'text') {
    return (
      <span className="source-link source-link--unsafe">
        <span className="source-link__warning" role="note">
          ⚠ Not linked: this address {verdict.reason}.
        </span>{' '}
        <code dir="ltr">{url}</code>
      </span>
    );
  }
  return (
    <a className="source-link" href={verdict.href} target="_blank" rel="noopener noreferrer">
      {verdict.host.replace(/^www\./, '')}
      <span className="visually-hidden"> (opens the source in a new tab)</span>
    </a>
  );
}
