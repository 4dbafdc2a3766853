import { safeHttpUrl } from '@/lib/safe-url';

/** A source address: a link only when it is http(s); anything else is shown as text with a warning. */
export function SourceLink({ url }: { url: string | null }) {
  if (url === null) return <span className="muted">No address recorded</span>;
  const safe = safeHttpUrl(url);
  if (safe === null) {
    return (
      <span className="source-link source-link--unsafe">
        <span className="muted">Address not linked (not a web address):</span> <code>{url}</code>
      </span>
    );
  }
  return (
    <a className="source-link" href={safe} target="_blank" rel="noopener noreferrer">
      {new URL(safe).hostname.replace(/^www\./, '')}
      <span className="visually-hidden"> (opens the source in a new tab)</span>
    </a>
  );
}
