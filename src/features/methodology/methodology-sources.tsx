import { MethodologySection } from './methodology-section';
import { MethodologyLicences } from './methodology-licences';

/** Where claims were read and what the repository says of the sources' terms (data/research/README.md). */
export function MethodologySources() {
  return (
    <MethodologySection id="sources">
      <p>
        Every claim names where it was read: the outlet, the page’s address, its date and its language. An address
        becomes a link only when it is a plain http(s) address, and it opens the original page in a new tab. Many pages
        are syndications, mirrors or aggregators of the first report; the chain of citation records who cites whom, as
        the page states it.
      </p>
      <p>
        Quotes are short verbatim excerpts of those pages (the notes’ format describes them as at most 25 words), with
        their language, shown beside the outlet and a link to the original so that each claim can be checked. Not every
        claim has one. The research notes also record how each page was read: the current notes say they were read from
        stored excerpts of the pages, not on the live web. That record stays in the notes and is not carried into the
        claims.
      </p>
      <p>
        The organisations that make claims are kept in a source registry, one entry per organisation with the spellings
        reports use for it, listed on the Sources page. A claim keeps the attribution as the report wrote it.
      </p>
      <p>
        The two seed texts are an analysis written as of mid-March 2024 and an undated news article that cites reports
        of October 2024. The repository gives no author, outlet or address for either; Claimwatch cites them as “Seed
        text 000” and “Seed text 001” and uses them only for dated context events on the charts.
      </p>
      <p>
        The demo’s test scenarios can add synthetic claims: a banner says when a scenario is on, the synthetic claims
        name themselves as synthetic, and they are never part of the dataset.
      </p>
      <MethodologyLicences />
    </MethodologySection>
  );
}
