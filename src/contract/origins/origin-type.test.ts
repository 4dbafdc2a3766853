import { originTypeOf } from './origin-type';

describe('originTypeOf', () => {
  it.each([
    ['NIS closed-door briefing', 'intelligence_service', 'intelligence_briefing'],
    ['ROK MND briefing', 'government', 'official_statement'],
    ['NATO press conference after ROK intelligence briefing', 'multilateral_body', 'official_statement'],
    ['satellite imagery analysis', 'think_tank', 'imagery_video'],
    ['Kremlin video', 'government', 'imagery_video'],
    ['Zelensky interview (Lex Fridman podcast)', 'government', 'interview'],
    ['MSMT first report', 'multilateral_body', 'document'],
    ['State Department fact sheet', 'government', 'document'],
    ['Kim Yo Jong statement', 'state_media', 'official_statement'],
    ['국정원 비공개 브리핑', null, 'intelligence_briefing'],
    ['국방부 기자회견', 'government', 'official_statement'],
    ['Budanov', 'intelligence_service', 'unknown'],
  ] as const)('%s → %s', (head, owner, expected) => {
    expect(originTypeOf(head, owner)).toBe(expected);
  });
});
