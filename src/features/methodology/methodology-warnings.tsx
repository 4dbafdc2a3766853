import { ONE_ORIGIN_WARNING } from '@/contract/origins/origin-rules';
import { warningLabel } from '@/lib/labels';
import { VocabularyTerm } from './vocabulary-term';

/** The warnings raised when claims disagree (src/contract/import-checks/cross-claim-checks.ts, origins/with-origins.ts). */
const DISAGREEMENT_WARNINGS: readonly { code: string; meaning: string }[] = [
  {
    code: ONE_ORIGIN_WARNING,
    meaning:
      'Marked corroborated, but every supporting claim repeats its own origin or organisation and no independent ' +
      'origin supports it. Worked out afresh whenever claims are read, so it is never stale.',
  },
  {
    code: 'same_speaker_different_figure',
    meaning: 'The same speaker gave another figure for the same metric on the same day.',
  },
  {
    code: 'cumulative_below_earlier',
    meaning:
      'A cumulative total below an earlier cumulative total of the same metric: a running total should not fall.',
  },
  {
    code: 'jump_over_earlier',
    meaning: 'A figure more than ten times the largest earlier figure of the same metric.',
  },
  {
    code: 'rate_as_cumulative',
    meaning: 'A cumulative total worded as a rate (“per week”, “in the last month”).',
  },
];

/** Disagreements flagged on a claim: warnings, never reasons to refuse it. */
export function MethodologyWarnings() {
  return (
    <>
      <h3>Warnings when claims disagree</h3>
      <p>
        Some disagreements are flagged on the claim as warnings, never as reasons to refuse it. The claim panel shows
        them, and the import warnings filter finds them. The default dataset is given these checks too.
      </p>
      <dl className="methodology__terms">
        {DISAGREEMENT_WARNINGS.map(({ code, meaning }) => (
          <VocabularyTerm key={code} label={warningLabel(code)} value={code}>
            {meaning}
          </VocabularyTerm>
        ))}
      </dl>
    </>
  );
}
