import { readFileSync } from 'node:fs';
import { resolveSource, resolveSourceParam, canonicalSourceParams, sourceIdOf } from './resolve-source';
import { SOURCE_REGISTRY_SEED } from './source-registry-seed';
import { SourceIdSchema } from '../source-schema';
import { makeClaim } from '@/testing/make-claim';
import type { SpeakerType } from '../vocabulary';

interface Note {
  speaker_org: string;
  speaker_country: string | null;
  speaker_type: SpeakerType;
}
const notes = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as Note[];
const resolve = (organisation: string, country: string | null = null, type: SpeakerType = 'intelligence_service') =>
  resolveSource({ organisation, country, type }, SOURCE_REGISTRY_SEED);
const idOf = (organisation: string, country: string | null = null) => resolve(organisation, country).entity.id;

describe('resolveSource on the research notes', () => {
  it.each([...new Set(notes.map((n) => n.speaker_org))])(
    '"%s" resolves to a seed entity, with no warning',
    (organisation) => {
      const note = notes.find((n) => n.speaker_org === organisation);
      if (!note) throw new Error('no note');
      const { isNew, warning, entity } = resolve(note.speaker_org, note.speaker_country, note.speaker_type);
      expect(isNew).toBe(false);
      expect(warning).toBeNull();
      expect(entity.country === null || note.speaker_country === null || entity.country === note.speaker_country).toBe(
        true,
      );
    },
  );

  it("puts the NIS's four labels on one entity, and the Office of the President's two on another", () => {
    const nis = [
      'National Intelligence Service (NIS)',
      'National Intelligence Service (NIS); ROK military officials',
      'South Korean intelligence (NIS, per outlets)',
      'South Korean intelligence',
    ];
    expect(nis.map((o) => idOf(o, 'KR'))).toEqual(['kr-nis', 'kr-nis', 'kr-nis', 'kr-nis']);
    expect(
      [
        'Office of the President of Ukraine',
        'Office of the President of Ukraine (citing HUR and Foreign Intelligence Service)',
      ].map((o) => idOf(o, 'UA')),
    ).toEqual(['ua-president-office', 'ua-president-office']);
  });

  it('keeps the ROK military intelligence report apart from the NIS', () => {
    expect(idOf('ROK military intelligence', 'KR')).toBe('kr-dia');
  });
});

describe('resolveSource on other spellings', () => {
  it.each([
    ['NIS, per Yonhap', null, 'kr-nis'],
    ["South Korea's NIS", null, 'kr-nis'],
    ['South Korea’s National Intelligence Service', null, 'kr-nis'],
    ['  the NIS. ', 'KR', 'kr-nis'],
    ['“NIS”', null, 'kr-nis'],
    ['NIS (per outlets)', null, 'kr-nis'],
    ['NIS according to lawmakers', null, 'kr-nis'],
    ['NIS as reported by AP', 'KR', 'kr-nis'],
    ['NIS - Yonhap', null, 'kr-nis'],
    ['HUR via Reuters', null, 'ua-hur'],
    ['Ukrainian HUR', null, 'ua-hur'],
    ['U.S. State Department', null, 'us-state-department'],
    ['Ministry of National Defense (citing officials)', 'KR', 'kr-mnd'],
    ['Joint Chiefs of Staff (JCS)', 'KR', 'kr-jcs'],
    ['South Korean Joint Chiefs of Staff', null, 'kr-jcs'],
    ['South Korean military intelligence', null, 'kr-dia'],
  ] as const)('"%s" (%s) → %s', (organisation, country, id) => {
    const { entity, isNew } = resolve(organisation, country);
    expect([entity.id, isNew]).toEqual([id, false]);
  });

  it('never takes a candidate from another country', () => {
    expect(resolve('NIS', 'KE').isNew).toBe(true);
    expect(resolve('Joint Chiefs of Staff', 'US').entity.id).toBe('us-joint-chiefs-of-staff');
    expect(resolve('Ministry of National Defense', 'TW').isNew).toBe(true);
  });

  it('does not guess a bare name other countries use when the claim gives no country', () => {
    expect(resolve('Ministry of National Defense').isNew).toBe(true);
  });
});

describe('a new source', () => {
  it('is named after the head, keeps the written form as an alias, and warns when it resembles a known one', () => {
    const { entity, isNew, warning } = resolve('NIS Korea, per Yonhap', 'KR');
    expect(isNew).toBe(true);
    expect(entity).toEqual({
      id: 'kr-nis-korea',
      name: 'NIS Korea',
      country: 'KR',
      type: 'intelligence_service',
      aliases: ['NIS Korea, per Yonhap'],
    });
    expect(warning).toEqual({
      field: 'speaker.organisation',
      code: 'similar_source',
      message:
        '"NIS Korea, per Yonhap" resembles "National Intelligence Service (NIS)" (kr-nis) and was added as a new source; merge them on the Sources page if they are the same.',
    });
  });

  it.each([
    ['Natonal Security Concil of Ukraine', 'a spelling a few letters off a known name', null],
    ['Ukrainian intelligence agency', 'most words in common', 'ua-intelligence-unnamed'],
  ])('warns for "%s" (%s)', (organisation, _why, id) => {
    const known = [
      ...SOURCE_REGISTRY_SEED,
      {
        id: 'ua-nsdc',
        name: 'National Security Council of Ukraine',
        country: 'UA',
        type: 'government' as const,
        aliases: [],
      },
    ];
    const { warning } = resolveSource({ organisation, country: 'UA', type: 'government' }, known);
    expect(warning?.code).toBe('similar_source');
    expect(warning?.message).toContain(`(${id ?? 'ua-nsdc'})`);
  });

  it('gives no warning for a name like no other', () => {
    const { isNew, warning, entity } = resolve('Bundesnachrichtendienst', 'DE');
    expect([isNew, warning, entity.id]).toEqual([true, null, 'de-bundesnachrichtendienst']);
  });

  it('gets a valid, unique id for any name: transliterated, hashed when not Latin, numbered when taken', () => {
    expect(resolve('Служба зовнішньої розвідки', 'UA').entity.id).toBe('ua-sluzhba-zovnishnoyi-rozvidky');
    const hangul = resolve('국군정보사령부', 'KR').entity.id;
    expect(hangul).toMatch(/^kr-source-[a-z0-9]+$/);
    const taken = [
      ...SOURCE_REGISTRY_SEED,
      { id: 'de-bnd', name: 'Something else', country: 'DE', type: 'government' as const, aliases: [] },
    ];
    expect(resolveSource({ organisation: 'BND', country: 'DE', type: 'intelligence_service' }, taken).entity.id).toBe(
      'de-bnd-2',
    );
    expect(SourceIdSchema.safeParse(resolve('x'.repeat(200), 'KR').entity.id).success).toBe(true);
  });
});

describe('source parameters and claims', () => {
  it('turns old name links into ids, keeps ids, and leaves unknown values as given', () => {
    expect(resolveSourceParam('kr-nis', SOURCE_REGISTRY_SEED)).toBe('kr-nis');
    expect(resolveSourceParam('National Intelligence Service (NIS)', SOURCE_REGISTRY_SEED)).toBe('kr-nis');
    expect(resolveSourceParam('Ministry of National Defense', SOURCE_REGISTRY_SEED)).toBe('kr-mnd');
    expect(resolveSourceParam('Nobody at all', SOURCE_REGISTRY_SEED)).toBe('Nobody at all');
    expect(canonicalSourceParams(['South Korean intelligence', 'kr-nis', 'HUR'], SOURCE_REGISTRY_SEED)).toEqual([
      'kr-nis',
      'ua-hur',
    ]);
  });

  it('reads a claim’s source id, else resolves its organisation', () => {
    const speaker = makeClaim().speaker;
    expect(
      sourceIdOf(makeClaim({ speaker: { ...speaker, organisation: 'NIS', sourceId: 'ua-hur' } }), SOURCE_REGISTRY_SEED),
    ).toBe('ua-hur');
    expect(
      sourceIdOf(makeClaim({ speaker: { ...speaker, organisation: 'NIS', sourceId: null } }), SOURCE_REGISTRY_SEED),
    ).toBe('kr-nis');
  });
});
