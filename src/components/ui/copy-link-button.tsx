import { useState } from 'react';

/** Copies the page address, which holds the whole view, to share it. */
export function CopyLinkButton() {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        Copy link to this view
      </button>
      <span role="status" className="copy-link__status">
        {copied === 'copied' ? 'Link copied' : copied === 'failed' ? 'Copy failed: copy the address bar instead' : ''}
      </span>
    </span>
  );
}
