import { z } from 'zod';
import type { Claim } from '../claim-schema';
import type { Issue } from '../issue-schema';
import { issuesFromZod } from '../issues-from-zod';
import { ResearchNoteSchema, type ResearchNote } from './research-note-schema';
import { fromResearchNote } from './from-research-note';
import { withLinks } from './claim-links';
import { noteFieldOf } from './note-fields';

export interface RejectedNote {
  index: number;
  id: string | null;
  issues: Issue[];
}

/** One note's outcome: its claim (with warnings on it), or why it was refused. */
export interface ConvertedNote {
  index: number;
  id: string | null;
  claim: Claim | null;
  issues: Issue[];
}

const inNoteTerms = (issues: Issue[]): Issue[] => issues.map((i) => ({ ...i, field: noteFieldOf(i.field) }));

/**
 * Converts research notes (as parsed JSON) into claims. Each note is checked on its own: a bad
 * one is refused with every reason in the note's own field names, never silently dropped and
 * never fatal to the rest. A wording the conversion does not recognise is kept and warned
 * about on the claim, never a reason to refuse it.
 */
export function convertResearchNotes(input: unknown): {
  claims: Claim[];
  rejected: RejectedNote[];
  results: ConvertedNote[];
} {
  if (!Array.isArray(input)) {
    const rejected = [
      {
        index: -1,
        id: null,
        issues: [{ field: '(file)', code: 'not_an_array', message: 'Expected a JSON array of research notes' }],
      },
    ];
    return { claims: [], rejected, results: [] };
  }
  const results: ConvertedNote[] = [];
  const notes: { index: number; note: ResearchNote }[] = [];
  const seen = new Set<string>();
  input.forEach((raw: unknown, index) => {
    const parsed = ResearchNoteSchema.safeParse(raw);
    const id =
      typeof raw === 'object' && raw !== null && 'claim_id' in raw && typeof raw.claim_id === 'string'
        ? raw.claim_id
        : null;
    if (!parsed.success) return results.push({ index, id, claim: null, issues: issuesFromZod(parsed.error, raw) });
    if (seen.has(parsed.data.claim_id)) {
      return results.push({
        index,
        id,
        claim: null,
        issues: [
          {
            field: 'claim_id',
            code: 'duplicate_id',
            message: `Duplicate id ${parsed.data.claim_id}: an earlier note already has it`,
          },
        ],
      });
    }
    seen.add(parsed.data.claim_id);
    notes.push({ index, note: parsed.data });
  });
  const all = notes.map((n) => n.note);
  const converted: { index: number; claim: Claim }[] = [];
  for (const { index, note } of notes) {
    try {
      converted.push({ index, claim: fromResearchNote(note, all) });
    } catch (error) {
      const issues =
        error instanceof z.ZodError
          ? inNoteTerms(issuesFromZod(error))
          : [{ field: '(note)', code: 'invalid', message: String(error) }];
      results.push({ index, id: note.claim_id, claim: null, issues });
    }
  }
  const linked = withLinks(converted.map((c) => c.claim));
  linked.forEach((claim, i) => results.push({ index: converted[i]?.index ?? -1, id: claim.id, claim, issues: [] }));
  results.sort((a, b) => a.index - b.index);
  return {
    claims: results.flatMap((r) => (r.claim ? [r.claim] : [])),
    rejected: results.flatMap((r) => (r.claim ? [] : [{ index: r.index, id: r.id, issues: r.issues }])),
    results,
  };
}
