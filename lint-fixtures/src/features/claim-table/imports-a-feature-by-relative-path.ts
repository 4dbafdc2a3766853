// Feature -> another feature, by a relative path.
import { mergeCandidates } from '../claim-panel/merge-candidates';

export const candidates = mergeCandidates;
