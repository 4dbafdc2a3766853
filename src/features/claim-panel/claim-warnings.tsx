import type { Claim } from '@/contract/claim-schema';
import { warningLabel } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';

/** What the import found suspicious about this claim but kept: shown to whoever reads it, until an analyst deals with it. */
export function ClaimWarnings({ warnings }: { warnings: Claim['warnings'] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="claim-warnings" aria-labelledby="claim-warnings-heading">
      <h3 id="claim-warnings-heading">
        <span aria-hidden="true">⚠ </span>
        {warnings.length === 1 ? 'Import warning' : `${warnings.length} import warnings`}: check before relying on this
        figure
      </h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>
            <strong>{warningLabel(w.code)}</strong> (<code>{w.field}</code>): <DataText text={w.message} />
          </li>
        ))}
      </ul>
    </section>
  );
}
