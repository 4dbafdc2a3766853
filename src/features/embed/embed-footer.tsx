/** Under an embed: what the points are, a link back to the full view, and how claims are recorded. */
export function EmbedFooter({ fullView, methodology }: { fullView: string; methodology: string }) {
  return (
    <footer className="embed__footer">
      <p>
        <strong>Claimwatch</strong> · Every point is a claim someone made, not an established fact. A warning is never a
        count.
      </p>
      <p>
        <a href={fullView} target="_blank" rel="noopener">
          Open the full view, with every source and quote<span className="visually-hidden"> (opens a new tab)</span>
        </a>{' '}
        ·{' '}
        <a href={methodology} target="_blank" rel="noopener">
          How claims are recorded<span className="visually-hidden"> (opens a new tab)</span>
        </a>
      </p>
    </footer>
  );
}
