import type { SourceSummary } from '@/contract/responses';
import { canonicalSourceParams } from '@/contract/sources/resolve-source';

/**
 * The `source=` values an old link should be rewritten to, or null when there is nothing to
 * rewrite: every value already an id, a value that names no source (it stays as given), or no
 * registry loaded yet. A summary carries the entity's id, name and aliases, so it serves as the registry.
 */
export function sourceParamRewrite(values: readonly string[], sources: readonly SourceSummary[]): string[] | null {
  if (values.length === 0 || sources.length === 0) return null;
  const canonical = canonicalSourceParams(values, sources);
  return canonical.length === values.length && canonical.every((v, i) => v === values[i]) ? null : canonical;
}
