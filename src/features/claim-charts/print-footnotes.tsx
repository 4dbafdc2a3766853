import { footnoteText } from './chart-footnote';
import type { ChartModel } from './to-chart-models';

/** On paper only: every claim of the chart with its source, numbered as in the exports. */
export function PrintFootnotes({ model }: { model: ChartModel }) {
  if (model.aggregate) {
    return (
      <div className="print-only chart__footnotes">
        <p className="chart__footnotes-title">Sources for this chart</p>
        <p>
          {model.claimCount} claims from {model.sources.length} sources, drawn as groups: too many to list here. Narrow the dates or filter, or export the table
          as CSV for every claim with its source.
        </p>
      </div>
    );
  }
  const ordered = [...model.plotted, ...model.unquantified].sort((a, b) => a.mid - b.mid || a.claim.id.localeCompare(b.claim.id)).map((p) => p.claim);
  return (
    <div className="print-only chart__footnotes">
      <p className="chart__footnotes-title">Sources for this chart</p>
      <ol>
        {ordered.map((claim, i) => (
          <li key={claim.id}>{footnoteText(i + 1, claim).replace(/^\[\d+\] /, '')}</li>
        ))}
        {model.undated.map(({ claim }) => (
          <li key={claim.id}>Undated (not on the time axis): {footnoteText(0, claim).replace(/^\[0\] /, '')}</li>
        ))}
      </ol>
    </div>
  );
}
