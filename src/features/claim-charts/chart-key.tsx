import { metricColourClass } from '@/components/charts/encoding';
import { memo } from 'react';
import { ClaimMarker } from '@/components/charts/claim-marker';
import { KEY_GLYPH, type KeyEntry } from './layout-key';
import type { ChartLayout } from './chart-layout-types';
import { useT } from '@/i18n/translate';

const MARK_PATHS = {
  range: 'M0 -6V6M-4 -6H4M-4 6H4',
  span: 'M-7 0H7M-7 -4V4M7 -4V4',
  bound: 'M0 6V-6M-3.5 -2.5L0 -6L3.5 -2.5',
  'source-line': 'M-8 4L-2 -2L3 1L8 -5',
  'origin-link': 'M-8 5Q-7 -5 8 -5',
} as const;

function Glyph({ entry }: { entry: KeyEntry }) {
  switch (entry.type) {
    case 'heading':
      return null;
    case 'state':
      return <ClaimMarker state={entry.state} kind="estimate" colour="var(--text)" size={5} />;
    case 'kind':
      return <ClaimMarker state="unverified" kind={entry.kind} colour="var(--text)" size={5} />;
    case 'metric':
      return (
        <g className={metricColourClass(entry.colour)}>
          <path d="M-8 0H8" stroke="currentColor" strokeWidth={3} />
          <circle r={3.5} fill="currentColor" />
        </g>
      );
    case 'mark':
      return entry.mark === 'fold' ? (
        <g>
          <g transform="translate(3,-3)" opacity={0.55}>
            <ClaimMarker state="officially_confirmed" kind="estimate" colour="var(--text)" size={4.5} />
          </g>
          <ClaimMarker state="officially_confirmed" kind="estimate" colour="var(--text)" size={4.5} />
        </g>
      ) : (
        <path
          d={MARK_PATHS[entry.mark]}
          fill="none"
          stroke={entry.mark === 'origin-link' ? 'var(--text-muted)' : 'var(--text)'}
          strokeWidth={entry.mark === 'origin-link' ? 1.25 : 1.5}
          strokeDasharray={entry.mark === 'origin-link' ? '4 3' : undefined}
        />
      );
  }
}

/**
 * The chart's key, inside its own svg: only the states, kinds, metrics and marks this chart uses.
 * Being part of the drawing, it travels with every export and printed page.
 */
export const ChartKey = memo(function ChartKey({ layout }: { layout: ChartLayout }) {
  const t = useT();
  const { key } = layout;
  if (key.rows === 0) return null;
  return (
    <g
      className="chart-key"
      transform={`translate(4,${key.top})`}
      fontSize={key.fontSize}
      role="list"
      aria-label={t('charts.key')}
    >
      {key.entries.map(({ entry, x, row }, i) => {
        const y = row * key.rowHeight + key.rowHeight / 2;
        const heading = entry.type === 'heading';
        return (
          <g
            key={i}
            className={heading ? 'chart-key__heading' : 'chart-key__item'}
            transform={`translate(${x},${y})`}
            role="listitem"
          >
            {heading ? null : (
              <g transform={`translate(${KEY_GLYPH / 2},0)`} aria-hidden="true">
                <Glyph entry={entry} />
              </g>
            )}
            <text x={heading ? 0 : KEY_GLYPH + 4} y={key.fontSize * 0.36}>
              {entry.text}
            </text>
          </g>
        );
      })}
    </g>
  );
});
