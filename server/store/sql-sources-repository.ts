import { SourceEntitySchema, type SourceMerge, type SourceMergeRequest } from '../../src/contract/source-schema';
import { sourceIdOf } from '../../src/contract/sources/resolve-source';
import { SourceMergeError, type ClaimContent, type ClaimStore, type SourceRepository } from './claim-store';
import { toMerge, type MergeRow } from './store-rows';
import { SQL } from './store-sql';
import type { SqlDriver } from './sql-driver';
import { indexedClaim, now, type ClaimRow } from './sql-claim-rows';
import { bodies, type BodyRow, type StoreSessionContext } from './sql-session';

const listSources = async (d: SqlDriver) => bodies(await d.all<BodyRow>(SQL.sources), SourceEntitySchema.parse);

const saveSource = (d: SqlDriver, entity: unknown) => {
  const parsed = SourceEntitySchema.parse(entity);
  return d.run(SQL.saveSource, [parsed.id, JSON.stringify(parsed)]);
};

/** Every claim of `from` moved to `into`, `into` given `from`'s names, `from` deleted and the merge recorded: in `d`. */
async function mergeIn(d: SqlDriver, { from, into, rationale }: SourceMergeRequest, by: string): Promise<SourceMerge> {
  const registry = await listSources(d);
  const source = registry.find((e) => e.id === from);
  if (!source) throw new SourceMergeError('unknown_source', 'from', `No source has the id "${from}".`);
  const target = registry.find((e) => e.id === into);
  if (!target) throw new SourceMergeError('unknown_source', 'into', `No source has the id "${into}".`);
  for (const row of await d.all<ClaimRow>(SQL.allClaims)) {
    const content = JSON.parse(row.body) as ClaimContent;
    // Claims stored before sources existed have no id yet: they belong where their organisation resolves.
    if (sourceIdOf(content, registry) !== from) continue;
    // Not validated here: checked when a list next validates it.
    await d.run(SQL.updateClaim, [
      JSON.stringify({ ...content, speaker: { ...content.speaker, sourceId: into } }),
      null,
      now(),
      row.id,
    ]);
    await indexedClaim(d, row.id);
  }
  const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter((a) => a !== target.name);
  await saveSource(d, { ...target, aliases });
  await d.run(SQL.deleteSource, [from]);
  const done: SourceMerge = { from, fromName: source.name, into, rationale, by, at: now() };
  await d.run(SQL.insertMerge, [done.from, done.fromName, done.into, done.rationale, done.by, done.at]);
  return done;
}

/** The sources of a session of the store, on either engine. */
export function sqlSourceRepository(
  { driver, writes, writing }: StoreSessionContext,
  /** The store's own transaction, for a merge asked outside one. */
  transaction: ClaimStore['transaction'],
): SourceRepository {
  return {
    list: () => listSources(driver),
    save: (entity) => writing((d) => saveSource(d, entity)),
    merge: async ({ from, into, rationale }, by) => {
      if (from === into)
        throw new SourceMergeError(
          'same_source',
          'into',
          `A source cannot be merged into itself ("${from}"); choose two different sources.`,
        );
      if (!writes) return transaction((tx) => tx.sources.merge({ from, into, rationale }, by), 'sources');
      writes.any = true;
      return mergeIn(driver, { from, into, rationale }, by);
    },
    listMerges: async () => (await driver.all<MergeRow>(SQL.merges)).map(toMerge),
  };
}
