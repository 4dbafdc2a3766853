import { memo } from 'react';
import type { ChartLayout } from './chart-layout-types';

/**
 * The direct labels: "about 11,000 · HUR (estimate, one source)", or the footnote number where the
 * text did not fit (the text is then listed beside the chart). Each label starts with its footnote
 * number, hidden on screen and shown in print and exports. Leader lines join labels set apart.
 */
export const LabelLayer = memo(function LabelLayer({ layout }: { layout: ChartLayout }) {
  if (layout.labels.length === 0) return null;
  const leaders = layout.labels
    .map((l) => (l.printOnly ? null : l.leader))
    .filter((l) => l !== null)
    .map((l) => `M${l.x1.toFixed(1)} ${l.y1.toFixed(1)}L${l.x2.toFixed(1)} ${l.y2.toFixed(1)}`)
    .join('');
  return (
    <g className="chart-labels" aria-hidden="true" fontSize={layout.fontSize}>
      {leaders ? <path className="chart-label__leader" d={leaders} /> : null}
      {layout.labels.map((label) => (
        <text
          key={label.id}
          className={
            label.printOnly
              ? 'chart-label--print'
              : label.numberOnly
                ? 'chart-label chart-label--number'
                : 'chart-label'
          }
          data-label-for={label.printOnly ? undefined : label.id}
          data-print-label-for={label.printOnly ? label.id : undefined}
          x={(label.anchor === 'end' ? label.box.x + label.box.width - 2 : label.box.x).toFixed(1)}
          textAnchor={label.anchor}
          y={(label.box.y + label.box.height - 4).toFixed(1)}
        >
          {label.numberOnly ? (
            label.text
          ) : (
            <>
              <tspan className="chart-label__number">[{label.n}] </tspan>
              {label.text}
              {label.tag ? <tspan className="chart-label__tag"> ({label.tag})</tspan> : null}
            </>
          )}
        </text>
      ))}
    </g>
  );
});
