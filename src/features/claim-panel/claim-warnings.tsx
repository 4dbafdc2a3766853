import type { Claim } from '@/contract/claim-schema';
import { ONE_ORIGIN_WARNING } from '@/contract/origins/origin-rules';
import { warningLabel } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';
import { useT } from '@/i18n/translate';

type Warnings = Claim['warnings'];

/**
 * What is suspicious about this claim, shown to whoever reads it: first, on its own, a "corroborated"
 * state that rests on one origin only (derived afresh by the API); then what the import found but kept.
 */
export function ClaimWarnings({ warnings }: { warnings: Warnings }) {
  const t = useT();
  const oneOrigin = warnings.filter((w) => w.code === ONE_ORIGIN_WARNING);
  const imported = warnings.filter((w) => w.code !== ONE_ORIGIN_WARNING);
  return (
    <>
      {oneOrigin.length ? (
        <section className="claim-warnings claim-warnings--origin" aria-labelledby="origin-warning-heading">
          <h3 id="origin-warning-heading">
            <span aria-hidden="true">⚠ </span>
            {t('panel.oneOriginWarning', { warning: warningLabel(ONE_ORIGIN_WARNING) })}
          </h3>
          {oneOrigin.map((w, i) => (
            <p key={i}>
              <DataText text={w.message} />
            </p>
          ))}
        </section>
      ) : null}
      <ImportWarnings warnings={imported} />
    </>
  );
}

function ImportWarnings({ warnings }: { warnings: Warnings }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <section className="claim-warnings" aria-labelledby="claim-warnings-heading">
      <h3 id="claim-warnings-heading">
        <span aria-hidden="true">⚠ </span>
        {t('panel.importWarnings', { count: warnings.length })}
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
