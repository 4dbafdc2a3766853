import { QUALIFIER_BOUNDS, SPEAKER_TYPES, TOPICS, type QualifierBound } from '@/contract/vocabulary';
import { SPEAKER_TYPE_LABELS } from '@/lib/labels';
import { MethodologySection } from './methodology-section';

/** What a qualifier makes of a number, in words (the contract's QUALIFIER_BOUNDS). */
const BOUND_WORDS: Record<QualifierBound, string> = {
  exact: 'exact (the number as stated)',
  approximate: 'approximate',
  at_least: 'at least (a floor)',
  at_most: 'at most (a ceiling)',
  range: 'a range',
};

/** Every field a claim carries, in plain words (src/contract/claim-schema.ts). */
export function MethodologyRecords() {
  return (
    <MethodologySection id="records">
      <p>Every claim keeps, beside its figure, who said it, whom they cite, when, and where it was read.</p>
      <dl className="methodology__terms">
        <div>
          <dt>Who said it</dt>
          <dd>
            The speaker’s name and role where given; the organisation exactly as the report attributes the claim (“NIS,
            per Yonhap”); the speaker’s country; and the type of source:{' '}
            {SPEAKER_TYPES.map((type) => SPEAKER_TYPE_LABELS[type].toLowerCase()).join(', ')}. The organisation is also
            matched to one entry of the source registry, whatever spelling the report used.
          </dd>
        </div>
        <div>
          <dt>Whom they cite</dt>
          <dd>The chain of citation as the source states it, outermost last.</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            The date the claim was made, to the day, month or year the sources give and never padded with a made-up day,
            with how that date was established; and, where different, the date the figure refers to. No date may lie in
            the future.
          </dd>
        </div>
        <div>
          <dt>Where it was read</dt>
          <dd>The outlet, the page’s address, date and language, and a short verbatim quote where one was taken.</dd>
        </div>
        <div>
          <dt>The figure</dt>
          <dd>
            A single number, a range (both ends given, the low end not above the high), or words only (“several
            hundred”); the unit as worded; and the qualifier exactly as worded (“more than”, “up to”), with what it
            makes of the number: {QUALIFIER_BOUNDS.map((bound) => BOUND_WORDS[bound]).join(', ')}.
          </dd>
        </div>
        <div>
          <dt>What it is about</dt>
          <dd>
            A topic ({TOPICS.join(' or ')}) and a metric, the thing counted, which decides the chart the claim appears
            on.
          </dd>
        </div>
        <div>
          <dt>How to read it</dt>
          <dd>Its kind of figure, its verification state with its history, and its grade, each described below.</dd>
        </div>
        <div>
          <dt>Links and notes</dt>
          <dd>Related claims, contradicting claims, notes, and any warnings an import raised about it.</dd>
        </div>
      </dl>
    </MethodologySection>
  );
}
