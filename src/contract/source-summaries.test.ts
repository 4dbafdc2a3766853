import { sourceSummaries } from './source-summaries';
import { SOURCE_REGISTRY_SEED } from './sources/source-registry-seed';
import { makeClaim } from '@/testing/make-claim';

const claim = (id: string, organisation: string, sourceId: string | null = null) =>
  makeClaim({ id, speaker: { ...makeClaim().speaker, organisation, sourceId, country: 'KR' } });

describe('sourceSummaries', () => {
  it('counts claims by entity, whatever the spelling, most first; entities without claims are left out', () => {
    const claims = [
      claim('A', 'National Intelligence Service (NIS)', 'kr-nis'),
      claim('B', 'South Korean intelligence'),
      claim('C', 'NIS, per Yonhap'),
      claim('D', 'Ministry of National Defense'),
      claim('E', 'NIS Korea'),
    ];
    const summaries = sourceSummaries(claims, SOURCE_REGISTRY_SEED);
    expect(summaries.map((s) => [s.id, s.claimCount])).toEqual([
      ['kr-nis', 3],
      ['kr-mnd', 1],
      ['kr-nis-korea', 1],
    ]);
    const nis = SOURCE_REGISTRY_SEED.find((e) => e.id === 'kr-nis');
    expect(summaries[0]).toEqual({
      id: 'kr-nis',
      name: nis?.name,
      aliases: nis?.aliases,
      type: nis?.type,
      country: 'KR',
      claimCount: 3,
    });
  });

  it('counts a claim under its source id even when the registry has lost it, so counts agree with the filter', () => {
    expect(sourceSummaries([claim('A', 'NIS', 'old-id')], SOURCE_REGISTRY_SEED)).toEqual([
      { id: 'old-id', name: 'NIS', aliases: [], type: 'government', country: 'KR', claimCount: 1 },
    ]);
  });
});
