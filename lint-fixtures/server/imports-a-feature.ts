// The server -> a feature.
import { sortClaims } from '../src/features/claim-table/sort-claims';

export const sortForServer = sortClaims;
