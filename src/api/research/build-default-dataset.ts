import type { Dataset } from '../dataset-schema';
import { convertResearchNotes, type RejectedNote } from './convert-research-notes';
import { metricsFor } from './metric-catalogue';
import { CONTEXT_EVENTS } from './context-events';

export const DATASET_DESCRIPTION =
  'Converted from the 64 research notes in data/research/reported-claims.json and the seed texts in data/seeds/ by scripts/build-dataset.ts. No figure was added: every claim keeps its outlet, address, dates, quote and verification as the notes give them.';

/** The default dataset from research notes (as parsed JSON): claims, their metrics, context events. */
export function buildDefaultDataset(notes: unknown): { dataset: Dataset; rejected: RejectedNote[] } {
  const { claims, rejected } = convertResearchNotes(notes);
  return { dataset: { description: DATASET_DESCRIPTION, claims, metrics: metricsFor(claims), events: CONTEXT_EVENTS }, rejected };
}
