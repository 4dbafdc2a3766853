// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { EventSchema } from '../event-schema';
import { CONTEXT_EVENTS } from './context-events';

const squash = (text: string) => text.replace(/\s+/g, ' ');
const seed = (prefix: string) => {
  const file = readdirSync('data/seeds').find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed text ${prefix}`);
  return squash(readFileSync(`data/seeds/${file}`, 'utf8'));
};
const notes: unknown = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8'));
const noteById = (id: string): Record<string, unknown> | undefined =>
  (Array.isArray(notes) ? notes : []).find(
    (n: unknown): n is Record<string, unknown> =>
      typeof n === 'object' && n !== null && 'claim_id' in n && n.claim_id === id,
  );
const event = (id: string) => {
  const found = CONTEXT_EVENTS.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('CONTEXT_EVENTS', () => {
  it('are four valid events with unique ids and short chart labels', () => {
    expect(CONTEXT_EVENTS.map((e) => e.id)).toEqual([
      'vostochny-summit',
      'defence-pact',
      'uniform-video',
      'deployment-acknowledged',
    ]);
    for (const e of CONTEXT_EVENTS) {
      expect(EventSchema.safeParse(e).success).toBe(true);
      expect(e.label.length).toBeLessThanOrEqual(28);
    }
  });

  it('keep the precision the sources give', () => {
    expect(CONTEXT_EVENTS.map((e) => e.date)).toEqual(['2023-09', '2024', '2024-10', '2025-04-26']);
    expect(event('defence-pact').dateBasis).toContain('"signed earlier this year"');
    expect(event('uniform-video').dateBasis).toMatch(/^Inferred month:.*C040.*C043.*no release date/);
  });

  it('quote the seed texts verbatim', () => {
    expect(event('vostochny-summit').source).toMatchObject({
      outlet: 'Seed text 000 (analysis, mid-March 2024)',
      url: null,
    });
    expect(seed('000_')).toContain(event('vostochny-summit').source.quote);
    expect(seed('001_')).toContain(event('defence-pact').source.quote);
    expect(seed('001_')).toContain(event('uniform-video').source.quote);
  });

  it('take the acknowledgement’s source and quote from note C065 and link the two confirmations', () => {
    const e = event('deployment-acknowledged');
    const c065 = noteById('C065');
    expect(e.source).toEqual({ outlet: c065?.outlet, url: c065?.source_url, quote: c065?.quote });
    expect(e.claimIds).toEqual(['C065', 'C066']);
    expect(e.claimIds.every((id) => noteById(id)?.date_claimed !== undefined)).toBe(true);
    expect(noteById('C065')?.date_claimed).toBe(e.date);
  });
});
