import { withSourceIds } from './resolve-claim-sources';
import { SOURCE_REGISTRY_SEED } from './source-registry-seed';
import { makeClaim } from '@/testing/make-claim';
import type { Claim } from '../claim-schema';

const claim = (
  id: string,
  organisation: string,
  sourceId: string | null = null,
  country: string | null = 'KR',
): Claim => makeClaim({ id, speaker: { ...makeClaim().speaker, organisation, sourceId, country } });

describe('withSourceIds', () => {
  it('links every claim, growing the registry once per new organisation and warning on each of its claims', () => {
    const registry = [...SOURCE_REGISTRY_SEED];
    const {
      claims,
      registry: grown,
      warnings,
    } = withSourceIds(
      [
        claim('A', 'NIS, per Yonhap'),
        claim('B', 'NIS Korea'),
        claim('C', 'NIS Korea'),
        claim('D', 'Kremlin', null, 'RU'),
      ],
      registry,
    );
    expect(claims.map((c) => c.speaker.sourceId)).toEqual(['kr-nis', 'kr-nis-korea', 'kr-nis-korea', 'ru-kremlin']);
    expect(claims.map((c) => c.speaker.organisation)).toEqual(['NIS, per Yonhap', 'NIS Korea', 'NIS Korea', 'Kremlin']);
    expect(grown.map((e) => e.id)).toEqual([...registry.map((e) => e.id), 'kr-nis-korea']);
    expect(registry).toHaveLength(SOURCE_REGISTRY_SEED.length);
    expect([...warnings.keys()]).toEqual(['B', 'C']);
    expect(warnings.get('B')?.[0]?.code).toBe('similar_source');
  });

  it('keeps a known source id (a merge decided it) and replaces an unknown one, saying so', () => {
    const original = claim('A', 'NIS', 'ua-hur');
    const { claims, warnings } = withSourceIds([original, claim('B', 'NIS', 'gone-source')], [...SOURCE_REGISTRY_SEED]);
    expect(claims[0]).toBe(original);
    expect(claims[1]?.speaker.sourceId).toBe('kr-nis');
    expect(warnings.get('B')).toEqual([expect.objectContaining({ field: 'speaker.sourceId', code: 'unknown_source' })]);
  });
});
