import { memo } from 'react';
import { ClaimMarker } from '@/components/charts/claim-marker';
import type { ClaimKind, VerificationState } from '@/contract/vocabulary';

/** The id of the shared glyph for one state and kind at one size, inside one chart. */
export const symbolId = (prefix: string, state: VerificationState, kind: ClaimKind | null, size: number) =>
  `${prefix}-${state}-${kind ?? 'mixed'}-${size}`;

export interface SymbolSpec {
  state: VerificationState;
  kind: ClaimKind | null;
  size: number;
}

/**
 * Every glyph the chart uses, drawn once in <defs> and placed with <use>: a mark costs a few DOM
 * nodes, not a dozen. Colours come from `color` on each mark (currentColor), so one glyph serves
 * every metric. The defs live inside the chart's own svg, so an exported file is self-contained.
 */
export const MarkerSymbols = memo(function MarkerSymbols({ prefix, specs }: { prefix: string; specs: SymbolSpec[] }) {
  return (
    <defs>
      {specs.map(({ state, kind, size }) => (
        <g key={symbolId(prefix, state, kind, size)} id={symbolId(prefix, state, kind, size)}>
          <ClaimMarker state={state} kind={kind ?? 'estimate'} colour="currentColor" size={size} />
        </g>
      ))}
    </defs>
  );
});

/** The distinct glyphs a list of marks needs. */
export function symbolSpecs(items: { state: VerificationState; kind: ClaimKind | null; size: number }[]): SymbolSpec[] {
  const seen = new Map<string, SymbolSpec>();
  for (const item of items) seen.set(`${item.state}|${item.kind}|${item.size}`, item);
  return [...seen.values()];
}
