// The control: its own feature, the contract, lib and a package. No rule fires.
import { z } from 'zod/mini';
import { VERIFICATION_STATES } from '@/contract/vocabulary';
import { formatNumber } from '@/lib/format';
import { sortClaims } from './sort-claims';

export const StateSchema = z.enum(VERIFICATION_STATES);
export const cleanParts = { formatNumber, sortClaims };
