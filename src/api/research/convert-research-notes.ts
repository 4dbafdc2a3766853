import { z } from 'zod';
import type { Claim } from '../claim-schema';
import { ResearchNoteSchema, type ResearchNote } from './research-note-schema';
import { fromResearchNote } from './from-research-note';
import { withLinks } from './claim-links';

export interface RejectedNote {
  index: number;
  id: string | null;
  issues: { path: string; message: string }[];
}

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.') || '(note)', message: i.message }));

/**
 * Converts research notes (as parsed JSON) into claims. Each note is checked on its own: a bad
 * one is rejected with every reason, never silently dropped and never fatal to the rest.
 */
export function convertResearchNotes(input: unknown): { claims: Claim[]; rejected: RejectedNote[] } {
  if (!Array.isArray(input)) return { claims: [], rejected: [{ index: -1, id: null, issues: [{ path: '(file)', message: 'Expected a JSON array of research notes' }] }] };
  const rejected: RejectedNote[] = [];
  const notes: { index: number; note: ResearchNote }[] = [];
  const seen = new Set<string>();
  input.forEach((raw: unknown, index) => {
    const parsed = ResearchNoteSchema.safeParse(raw);
    const id = typeof raw === 'object' && raw !== null && 'claim_id' in raw && typeof raw.claim_id === 'string' ? raw.claim_id : null;
    if (!parsed.success) return rejected.push({ index, id, issues: issuesOf(parsed.error) });
    if (seen.has(parsed.data.claim_id)) return rejected.push({ index, id, issues: [{ path: 'claim_id', message: `Duplicate id ${parsed.data.claim_id}: an earlier note already has it` }] });
    seen.add(parsed.data.claim_id);
    notes.push({ index, note: parsed.data });
  });
  const all = notes.map((n) => n.note);
  const claims: Claim[] = [];
  for (const { index, note } of notes) {
    try {
      claims.push(fromResearchNote(note, all));
    } catch (error) {
      const issues = error instanceof z.ZodError ? issuesOf(error) : [{ path: '(note)', message: String(error) }];
      rejected.push({ index, id: note.claim_id, issues });
    }
  }
  return { claims: withLinks(claims), rejected: rejected.sort((a, b) => a.index - b.index) };
}
