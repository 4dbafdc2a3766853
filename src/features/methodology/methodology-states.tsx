import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { VERIFICATION_STATES } from '@/contract/vocabulary';
import { VERIFICATION_STATE_DESCRIPTIONS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { MethodologySection } from './methodology-section';
import { VocabularyTerm } from './vocabulary-term';

/** The verification states (VERIFICATION_STATES, strongest first) and how a state is recorded and changed. */
export function MethodologyStates() {
  return (
    <MethodologySection id="states">
      <p>
        Every claim has one verification state, listed here from the strongest standing to the weakest. On the charts
        the state is the shape and fill of the marker, readable in greyscale; colour only tells metrics apart.
      </p>
      <dl className="methodology__terms">
        {VERIFICATION_STATES.map((state) => (
          <VocabularyTerm
            key={state}
            marker={<ClaimMarkerIcon state={state} kind="estimate" />}
            label={VERIFICATION_STATE_LABELS[state]}
            value={state}
          >
            {VERIFICATION_STATE_DESCRIPTIONS[state]}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>How a state is recorded</h3>
      <p>
        A state is recorded, not inferred from the figures. Each claim keeps the history of its states: every change
        with its date, the state before and after, the reason given and who recorded it. The first entry is the state
        the claim was first reported with.
      </p>
      <ul>
        <li>
          States change only on the project’s server, by a signed-in analyst or administrator: through a state change,
          which needs a reason of at least three characters, or through an import that overwrites the claim, which
          records its own reason. Either way the change is added to the history. Editing what a claim says never changes
          its state. The demo is read-only.
        </li>
        <li>Removing a claim is a retraction: its state becomes Retracted, and the record and its history stay.</li>
        <li>A research note cannot be reported as retracted: that state only ever comes later.</li>
        <li>
          Who contested a claim, and how its standing changed later, are kept in words beside the state (“later
          developments”); those words do not change the state themselves.
        </li>
        <li>
          Corroborated is the state as recorded. Whether the supporting reports are in fact independent is checked
          separately: see <a href="#contradictions">Contradictions and agreement</a>.
        </li>
      </ul>
    </MethodologySection>
  );
}
