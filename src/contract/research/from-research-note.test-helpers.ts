import { z } from 'zod';
import { ResearchNoteSchema, type ResearchNote } from './research-note-schema';
import { fromResearchNote } from './from-research-note';

/**
 * The research notes for the conversion tests, from the text of data/research/reported-claims.json (the tests read the
 * file: src/contract loads no Node modules): as parsed JSON objects, as notes, one note by id, and one note converted.
 */
export function researchNotesFrom(json: string) {
  const rawNotes = z.array(z.record(z.string(), z.unknown())).parse(JSON.parse(json));
  const notes = z.array(ResearchNoteSchema).parse(rawNotes);
  const note = (id: string): ResearchNote => {
    const found = notes.find((n) => n.claim_id === id);
    if (!found) throw new Error(`${id} is not in the research notes`);
    return found;
  };
  const convert = (id: string) => fromResearchNote(note(id), notes);
  return { rawNotes, notes, note, convert };
}
