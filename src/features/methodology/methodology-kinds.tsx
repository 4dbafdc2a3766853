import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { CLAIM_KINDS } from '@/contract/vocabulary';
import { CLAIM_KIND_DESCRIPTIONS, CLAIM_KIND_LABELS } from '@/lib/labels';
import { MethodologySection } from './methodology-section';
import { VocabularyTerm } from './vocabulary-term';

/** The kinds of figure (CLAIM_KINDS), with the rules that depend on them. */
export function MethodologyKinds() {
  return (
    <MethodologySection id="kinds">
      <p>
        Every claim is one kind of figure. The kind says what the number is, so that a warning is never read as a count
        and a denial never as a confirmation. On the charts the outline of a marker shows the kind; the key beside each
        chart explains the outlines it uses.
      </p>
      <dl className="methodology__terms">
        {CLAIM_KINDS.map((kind) => (
          <VocabularyTerm
            key={kind}
            marker={<ClaimMarkerIcon state="unverified" kind={kind} />}
            label={CLAIM_KIND_LABELS[kind]}
            value={kind}
          >
            {CLAIM_KIND_DESCRIPTIONS[kind]}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>Rules that follow from the kind</h3>
      <ul>
        <li>
          Only a projection or warning may give a figure for a date after the report that gives it (“up to 12,000 by
          December”).
        </li>
        <li>
          When Claimwatch looks for claims that agree with one another, a projection or warning is compared only with
          other projections or warnings, and any other figure only with figures that are not projections.
        </li>
        <li>
          A claim with no number (a denial, a confirmation, “several hundred”) is drawn in a band above the chart’s
          plot, never at zero.
        </li>
        <li>
          A cumulative total is a running total: one that falls below an earlier cumulative total of the same metric, or
          is worded as a rate (“per week”), is flagged with a warning.
        </li>
      </ul>
    </MethodologySection>
  );
}
