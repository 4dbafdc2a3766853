// Shared layer -> feature.
import { sortClaims } from '@/features/claim-table/sort-claims';

export const sortForExport = sortClaims;
