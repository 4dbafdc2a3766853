// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import type { ClaimStore } from '../store/claim-store';
import type { Claim } from '../../src/contract/claim-schema';
import { withAdded, withEdited, withStateChanged } from '../../src/contract/origins/origin-answers';
import { createClaimListCache, type ClaimView } from './claim-list-cache';
import { forgetWarmUpWriteAnswers, warmUpWriteAnswers } from './warm-up-write-answers';

/*
 * The write answers a server derives with its first view (warmUpWriteAnswers) are dropped: the view must serve, and
 * answer every edit, state change and new claim, exactly as it did before them. The shipped dataset, on SQLite.
 */

const served = (view: ClaimView) => ({ claims: [...view.claims], raw: [...view.raw], origins: view.origins });

/** Every claim's answer to an edit of its note, to a state change and to a copy posted anew, from `view`. */
const answers = (view: ClaimView) =>
  [...view.raw].map((claim: Claim) => [
    withEdited(view, { ...claim, verification: { ...claim.verification, note: `Edited ${claim.id}` } }),
    withStateChanged(view, { ...claim, verification: { ...claim.verification, state: 'disputed_denied' } }),
    withAdded(view, { ...claim, id: `${claim.id}-posted` }),
  ]);

describe('the write answers’ warm-up', () => {
  let store: ClaimStore;
  let dataDir = '';
  beforeAll(async () => {
    store = await openStore({ CLAIMWATCH_DATA_DIR: (dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-warm-up-'))) });
    await seedIfEmpty(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('derives answers and leaves the view, and every answer from it, as they were', async () => {
    const view = await createClaimListCache(store, undefined, { afterReading: () => undefined }).view();
    const before = { view: structuredClone(served(view)), answers: structuredClone(answers(view)) };
    forgetWarmUpWriteAnswers();
    expect(warmUpWriteAnswers(view)).toBeGreaterThan(0);
    expect(served(view)).toEqual(before.view);
    expect(answers(view)).toEqual(before.answers);
    // Once a process: the next view is not warmed again.
    expect(warmUpWriteAnswers(view)).toBe(0);
  });
});
