import { SourceReliabilitySchema, type InformationCredibility, type SourceReliability } from '@/contract/vocabulary';
import { MethodologySection } from './methodology-section';
import { VocabularyTerm } from './vocabulary-term';

/**
 * The conventional meanings of the Admiralty (NATO) scales. Claimwatch stores only the letter and the digit;
 * the Records make the compiler insist on one meaning for every value the contract allows.
 */
const RELIABILITY: Record<SourceReliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};
const CREDIBILITY: Record<InformationCredibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** Admiralty grades (SourceReliabilitySchema, InformationCredibilitySchema) and how Claimwatch uses them. */
export function MethodologyGrades() {
  return (
    <MethodologySection id="grades">
      <p>
        A claim may carry an Admiralty (NATO) grade: the reliability of the source, a letter from A to F, and the
        credibility of the information, a digit from 1 to 6. The two are kept apart, and either may be missing. A grade
        reads as letter then digit (“B2”); a claim without one reads “Not graded”.
      </p>
      <p>
        The conventional meanings of the two scales are below. Claimwatch stores only the letter and the digit: it does
        not check how they were assigned, and it never derives a grade from a verification state or a state from a
        grade.
      </p>
      <h3>Source reliability</h3>
      <dl className="methodology__terms methodology__terms--compact">
        {SourceReliabilitySchema.options.map((letter) => (
          <VocabularyTerm key={letter} label={letter}>
            {RELIABILITY[letter]}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>Information credibility</h3>
      <dl className="methodology__terms methodology__terms--compact">
        {Object.entries(CREDIBILITY).map(([digit, meaning]) => (
          <VocabularyTerm key={digit} label={digit}>
            {meaning}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>Where grades come from</h3>
      <ul>
        <li>
          The research notes give no grade and none is invented, so every claim of the default dataset is not graded.
        </li>
        <li>
          A grade can come with claims imported as JSON or CSV (columns <code>grade_reliability</code> and{' '}
          <code>grade_credibility</code>) or written through the server’s API; the claim form keeps a claim’s grade as
          it is.
        </li>
        <li>
          The grade filter narrows by letter, by digit or both (“B” and “2” keep claims graded B2); “Not graded” keeps
          claims with no grade.
        </li>
      </ul>
    </MethodologySection>
  );
}
