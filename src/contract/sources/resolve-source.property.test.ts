import fc from 'fast-check';
import { resolveSource, resolveSourceParam } from './resolve-source';
import { SOURCE_REGISTRY_SEED } from './source-registry-seed';
import { SourceIdSchema } from '../source-schema';
import { SPEAKER_TYPES } from '../vocabulary';
import { hostileString, PROPERTY_RUNS } from '@/testing/arbitraries';

const aliasOf = fc.constantFrom(
  ...SOURCE_REGISTRY_SEED.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ entity, name }))),
);
const outlet = fc.constantFrom(
  'Yonhap',
  'Reuters',
  'AP',
  'the Financial Times',
  'lawmakers',
  'officials',
  'Kang Dae-sik',
  'outlets',
);
const tail = fc
  .tuple(
    fc.constantFrom(', per ', ' (per ', ' (citing ', '; ', ' via ', ' according to ', ' as reported by ', ' - ', ' — '),
    outlet,
  )
  .map(([lead, who]) => `${lead}${who}${lead.includes('(') ? ')' : ''}`);

describe('resolveSource (fast-check)', () => {
  it('resolves any alias with any reporting tail to the same entity', () => {
    fc.assert(
      fc.property(aliasOf, tail, ({ entity, name }, suffix) => {
        const { entity: found, isNew } = resolveSource(
          { organisation: `${name}${suffix}`, country: entity.country, type: entity.type },
          SOURCE_REGISTRY_SEED,
        );
        expect([found.id, isNew]).toEqual([entity.id, false]);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('never throws for arbitrary strings, and always answers a valid id', () => {
    const country = fc.oneof(fc.constant(null), fc.constantFrom('KR', 'UA', 'US', 'KP'), hostileString);
    fc.assert(
      fc.property(hostileString, country, fc.constantFrom(...SPEAKER_TYPES), (organisation, c, type) => {
        const { entity } = resolveSource({ organisation, country: c, type }, SOURCE_REGISTRY_SEED);
        expect(SourceIdSchema.safeParse(entity.id).success).toBe(true);
        expect(typeof resolveSourceParam(organisation, SOURCE_REGISTRY_SEED)).toBe('string');
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
