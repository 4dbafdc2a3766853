import type { Claim } from '@/contract/claim-schema';
import { originCountsText } from '@/lib/origin-counts';
import { chartFootnotes, claimSourceParts, foldedNote } from './chart-footnote';
import type { ChartModel } from './chart-model-types';
import { safeHttpUrl } from '@/lib/safe-url';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

/** On paper only: every claim of the chart with its source, numbered as the "[n]" beside its label and as in the exports. */
export function PrintFootnotes({ model }: { model: ChartModel }) {
  const t = useT();
  if (model.aggregate) {
    return (
      <div className="print-only chart__footnotes">
        <p className="chart__footnotes-title">{t('charts.footnotes.title')}</p>
        <p>{originCountsText(model.origins)}.</p>
        <p>{t('charts.footnotes.tooMany', { count: model.claimCount, sources: model.sources.length })}</p>
      </div>
    );
  }
  return (
    <div className="print-only chart__footnotes">
      <p className="chart__footnotes-title">{t('charts.footnotes.title')}</p>
      <p>{originCountsText(model.origins)}.</p>
      <ol className="chart__footnotes-list">
        {chartFootnotes(model).map(({ n, claim, foldedInto }) => (
          <li key={claim.id} value={n} data-footnote={n}>
            <SourceText claim={claim} />
            {foldedNote(foldedInto)}
          </li>
        ))}
      </ol>
      {model.undated.length > 0 ? (
        // Undated claims have no mark and so no number: a list of their own, after the numbered ones.
        <ul className="chart__footnotes-undated">
          {model.undated.map(({ claim }) => (
            <li key={claim.id}>
              <RichText text={t('charts.footnotes.undated')} tags={{ claim: () => <SourceText claim={claim} /> }} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A claim with its source, each field from data in its own <bdi>. */
function SourceText({ claim }: { claim: Claim }) {
  return (
    <>
      {claimSourceParts(claim).map((part, i) =>
        part.data ? (
          <bdi key={i} className="data-text">
            <LinkedText text={part.text} href={part.href} />
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** A part's text, as a link when it has a plain http(s) address to link (an archived copy). */
function LinkedText({ text, href }: { text: string; href: string | undefined }) {
  const safe = href === undefined ? null : safeHttpUrl(href);
  return safe ? <a href={safe}>{text}</a> : text;
}
