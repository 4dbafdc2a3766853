import { SourceEntitySchema } from '../source-schema';
import { SOURCE_REGISTRY_SEED } from './source-registry-seed';
import { normaliseName } from './source-names';

describe('the seed registry', () => {
  it('holds valid entities with unique ids', () => {
    for (const entity of SOURCE_REGISTRY_SEED) expect(SourceEntitySchema.parse(entity)).toEqual(entity);
    expect(new Set(SOURCE_REGISTRY_SEED.map((e) => e.id)).size).toBe(SOURCE_REGISTRY_SEED.length);
  });

  it('never gives two entities the same name or alias', () => {
    const owners = new Map<string, string>();
    for (const entity of SOURCE_REGISTRY_SEED) {
      for (const name of [entity.name, ...entity.aliases]) {
        const key = normaliseName(name);
        expect([key, owners.get(key) ?? entity.id]).toEqual([key, entity.id]);
        owners.set(key, entity.id);
      }
    }
  });
});
