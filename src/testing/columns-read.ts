import fc from 'fast-check';
import { rememberedColumns } from '@/contract/claim-columns';
import { metricOrdered } from '@/contract/metric-ordered-columns';

/**
 * For the derivations' property tests: whether the summary's columns are read before a write (then the claims near it
 * are found from them; else by reading every claim), and grouped by metric too, as a server's view has them (then only
 * the claims of the written metrics are read).
 */
export type ColumnsRead = 'no' | 'columns' | 'grouped by metric';

export const COLUMNS_READ = fc.constantFrom<ColumnsRead>('no', 'columns', 'grouped by metric');

/** Reads the columns of `claims` as `read` says, for the derivations after a write to find. */
export function readColumns(claims: Parameters<typeof rememberedColumns>[0], read: ColumnsRead): void {
  if (read !== 'no') rememberedColumns(claims);
  if (read === 'grouped by metric') metricOrdered(rememberedColumns(claims));
}
