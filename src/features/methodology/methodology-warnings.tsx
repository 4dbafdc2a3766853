import { ONE_ORIGIN_WARNING } from '@/contract/origins/origin-rules';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';
import { warningLabel } from '@/lib/labels';
import { VocabularyTerm } from './vocabulary-term';

/** The warnings raised when claims disagree (src/contract/import-checks/cross-claim-checks.ts, origins/with-origins.ts). */
const DISAGREEMENT_WARNINGS: readonly { code: string; meaning: MessageKey }[] = [
  { code: ONE_ORIGIN_WARNING, meaning: 'methodology.warnings.oneOrigin' },
  { code: 'same_speaker_different_figure', meaning: 'methodology.warnings.sameSpeaker' },
  { code: 'cumulative_below_earlier', meaning: 'methodology.warnings.cumulativeBelow' },
  { code: 'jump_over_earlier', meaning: 'methodology.warnings.jump' },
  { code: 'rate_as_cumulative', meaning: 'methodology.warnings.rate' },
];

/** Disagreements flagged on a claim: warnings, never reasons to refuse it. */
export function MethodologyWarnings() {
  const t = useT();
  return (
    <>
      <h3>{t('methodology.warnings.heading')}</h3>
      <p>{t('methodology.warnings.intro')}</p>
      <dl className="methodology__terms">
        {DISAGREEMENT_WARNINGS.map(({ code, meaning }) => (
          <VocabularyTerm key={code} label={warningLabel(code)} value={code}>
            {t(meaning)}
          </VocabularyTerm>
        ))}
      </dl>
    </>
  );
}
