import { MethodologySection } from './methodology-section';

/** What the research-note conversion does (ADR 004, src/contract/research/). */
export function MethodologyConversion() {
  return (
    <MethodologySection id="conversion">
      <p>
        The default dataset, which the demo shows and a new server starts with, is made from the 64 research notes on
        public reporting (2023–2025) in <code>data/research/reported-claims.json</code> and the two seed texts in{' '}
        <code>data/seeds/</code>. The command <code>npm run data:build</code> converts them into{' '}
        <code>data/default-dataset.json</code>, and a test fails whenever that file differs from what the conversion
        makes now. Research notes imported later on the server go through the same conversion. It is faithful: no figure
        is added.
      </p>
      <dl className="methodology__terms">
        <div>
          <dt>Each note on its own</dt>
          <dd>
            Every note is checked against the notes’ format. A note that does not fit, or repeats an id, is refused with
            every reason in the note’s own field names; it is never silently dropped, and the build writes nothing while
            any note is refused.
          </dd>
        </div>
        <div>
          <dt>Field for field</dt>
          <dd>
            Each note becomes one claim, with its speaker, outlet, address, dates, chain of citation, quote and
            verification as the note gives them.
          </dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>
            The claim date is the note’s exact date, else its approximate date at the precision it gives (a month stays
            a month). A note with neither stays undated: it is listed beside the chart, with the page’s own date shown
            but never used as the claim date.
          </dd>
        </div>
        <div>
          <dt>Qualifiers</dt>
          <dd>
            The wording is kept exactly as written, and what it makes of the number is read from its words. A wording
            Claimwatch does not recognise reads as approximate, never as more certain, and is flagged with a warning.
          </dd>
        </div>
        <div>
          <dt>Verification</dt>
          <dd>
            The first history entry is the state at report, dated when the claim was made, with the note’s reasoning.
            One change is derived: a denial contradicted by a confirmation from its own side becomes Retracted (see{' '}
            <a href="#contradictions">Contradictions and agreement</a>). Every other claim keeps the state it was
            reported with, and how its standing changed later stays in words: an acknowledgement of a deployment does
            not confirm anyone’s number.
          </dd>
        </div>
        <div>
          <dt>Links</dt>
          <dd>
            Related links are made two-way where both claims exist. Ids the dataset does not hold are kept and shown as
            not in this dataset. Contradictions come from the two rules described above.
          </dd>
        </div>
        <div>
          <dt>Grades</dt>
          <dd>The notes give none, so none is invented.</dd>
        </div>
        <div>
          <dt>Then, as for any import</dt>
          <dd>
            Each organisation is matched to the source registry, the warnings described above are added, and origins and
            support are worked out.
          </dd>
        </div>
        <div>
          <dt>Presentation, not claims</dt>
          <dd>
            Metric labels, units, chart groups and plausibility ceilings come from a catalogue in the code. The dated
            context events drawn on the charts each quote a seed text or a note verbatim; where these give no exact day,
            the event keeps the precision they give.
          </dd>
        </div>
      </dl>
    </MethodologySection>
  );
}
