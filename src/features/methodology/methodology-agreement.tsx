import { AGREEMENT } from '@/contract/origins/origin-rules';
import { MAX_SUPPORTERS } from '@/contract/origins/supporting-claims';
import { MethodologySection } from './methodology-section';
import { MethodologyOrigins } from './methodology-origins';
import { MethodologyWarnings } from './methodology-warnings';

/** Recorded contradictions, the rule for agreeing figures (AGREEMENT), independence and the warnings. */
export function MethodologyAgreement() {
  return (
    <MethodologySection id="contradictions">
      <h3>Recorded contradictions</h3>
      <p>
        Two claims contradict each other when the data records it: each then lists the other among its contradicting
        claims, and the claim panel and the compare view show the pair. In the default dataset contradictions come from
        two rules and nothing else:
      </p>
      <ol>
        <li>a denial or non-denial related to a confirmation;</li>
        <li>
          a research note that names another claim in a sentence saying they conflict (“contradiction”, “conflicts
          with”, “lower than”, “higher than”, “differs”).
        </li>
      </ol>
      <p>
        A contradiction changes neither claim’s state, with one exception made when the research notes are converted: a
        denial whose related claims include a confirmation by a speaker of the same country (its own side acknowledging
        what it denied) becomes Retracted on the day of that confirmation, and its history says why.
      </p>
      <h3>Agreement</h3>
      <p>Another claim supports a claim’s figure when all of these hold:</p>
      <ul>
        <li>it counts the same metric;</li>
        <li>both are projections or warnings, or neither is;</li>
        <li>
          the dates their figures refer to (the figure’s own date, else the date the claim was made) are at most{' '}
          {AGREEMENT.days} days apart;
        </li>
        <li>
          the figures are within {Math.round(AGREEMENT.tolerance * 100)}% of each other, or their stated ranges overlap;
        </li>
        <li>neither records the other as contradicting it.</li>
      </ul>
      <p>
        A claim without a number or without a date neither gives nor gets support. Each claim keeps at most{' '}
        {MAX_SUPPORTERS} supporting claims, the nearest in time first.
      </p>
      <MethodologyOrigins />
      <MethodologyWarnings />
    </MethodologySection>
  );
}
