import type { ClaimKind, VerificationState } from '@/contract/vocabulary';
import { ClaimMarker } from './claim-marker';

/** A claim marker as a small inline icon, for legends and badges. */
export function ClaimMarkerIcon({
  state,
  kind,
  colour = 'currentColor',
}: {
  state: VerificationState;
  kind: ClaimKind;
  colour?: string;
}) {
  return (
    <svg className="marker-icon" width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
      <ClaimMarker state={state} kind={kind} colour={colour} size={6} />
    </svg>
  );
}
