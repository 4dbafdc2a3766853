import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { screen } from '@testing-library/react';
import type { SourceSummary } from '@/contract/responses';
import type { SourceMerge } from '@/contract/source-schema';

// A small registry (test data, not reporting).
const NIS: SourceSummary = {
  id: 'kr-nis',
  name: 'National Intelligence Service (NIS)',
  aliases: ['South Korean intelligence', 'NIS, per Yonhap'],
  type: 'intelligence_service',
  country: 'KR',
  claimCount: 12,
};
const NIS_COPY: SourceSummary = {
  id: 'kr-nis-korea',
  name: 'NIS Korea',
  aliases: [],
  type: 'intelligence_service',
  country: 'KR',
  claimCount: 2,
};
export const KREMLIN: SourceSummary = {
  id: 'kremlin',
  name: 'Kremlin',
  aliases: [],
  type: 'government',
  country: 'RU',
  claimCount: 3,
};
export const MERGE: SourceMerge = {
  from: 'ua-gur',
  fromName: 'GUR',
  into: 'ua-hur',
  rationale: 'Two transliterations of one agency',
  by: 'ana',
  at: '2025-02-03T10:00:00Z',
};

/** The registry's API on the tests' mock server (passed in: this module may not import the mock API itself). */
export function mockRegistry(server: SetupServer) {
  return function registry(options: { analyst?: boolean; merges?: SourceMerge[] | 501 } = {}) {
    let sources = [NIS, NIS_COPY, KREMLIN];
    server.use(
      http.get('*/api/sources', () => HttpResponse.json({ sources })),
      http.get('*/api/sources/merges', () =>
        options.merges === 501
          ? HttpResponse.json(
              { error: { field: '', code: 'not_implemented', message: 'Merging sources needs the real server' } },
              { status: 501 },
            )
          : HttpResponse.json({ merges: options.merges ?? [] }),
      ),
      http.get('*/api/session', () =>
        HttpResponse.json(
          options.analyst ? { writes: true, user: { name: 'ana', role: 'analyst' } } : { writes: false, user: null },
        ),
      ),
    );
    return {
      /** The server's answer to a merge: 501 like the mock API, or the record (and the merged registry). */
      mergeAnswers(status: 200 | 501) {
        server.use(
          http.post('*/api/sources/merge', () => {
            if (status === 501)
              return HttpResponse.json(
                { error: { field: '', code: 'not_implemented', message: 'Merging sources needs the real server' } },
                { status: 501 },
              );
            sources = [{ ...NIS, aliases: [...NIS.aliases, 'NIS Korea'], claimCount: 14 }, KREMLIN];
            return HttpResponse.json({
              from: 'kr-nis-korea',
              fromName: 'NIS Korea',
              into: 'kr-nis',
              rationale: 'Same agency',
              by: 'ana',
              at: '2025-03-01T09:00:00Z',
            } satisfies SourceMerge);
          }),
        );
      },
    };
  };
}

// The page's code loads on demand: the first look waits longer than the default second.
export const table = () =>
  screen.findByRole('table', { name: /^\d+ sources? and (their|its) other spellings$/ }, { timeout: 5000 });
