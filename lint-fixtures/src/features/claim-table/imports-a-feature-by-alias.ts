// Feature -> another feature, by the @/ alias.
import { mergeCandidates } from '@/features/claim-panel/merge-candidates';

export const candidates = mergeCandidates;
