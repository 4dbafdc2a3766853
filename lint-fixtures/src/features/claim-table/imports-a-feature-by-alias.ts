// Feature -> another feature, by the @/ alias.
import { agreeingClaims } from '@/features/claim-panel/agreeing-claims';

export const agreeing = agreeingClaims;
