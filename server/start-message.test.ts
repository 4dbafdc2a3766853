// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataLocation } from './start-message';

describe('where the start message says the data is', () => {
  it('names the SQLite folder, or the PostgreSQL server and database without the password', () => {
    expect(dataLocation('./.data', undefined)).toBe('./.data');
    const said = dataLocation('./.data', 'postgres://claimwatch:s3cret-pass@db.internal:5433/claimwatch');
    expect(said).toBe('PostgreSQL at db.internal:5433/claimwatch');
    expect(said).not.toContain('s3cret');
  });
});
