// Feature -> another feature, by a relative path.
import { agreeingClaims } from '../claim-panel/agreeing-claims';

export const agreeing = agreeingClaims;
