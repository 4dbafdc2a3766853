import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer } from '../../server/testing/spawn-server';
import { formatSection, type BenchSection } from './bench-section';
import { LOAD_COLUMNS, loadCells, loadRun, type LoadRow } from './load-run';

const TOKEN = 'load-test-analyst-token-00000001';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

/**
 * `npm run load`: the real server (SQLite, default dataset) on loopback under autocannon, bounded
 * in time: each read endpoint, then a mixed load of reads and authenticated writes (new claims
 * with unique ids and state changes). Every run must end with zero errors and no unexpected status.
 */
export async function benchServerLoad(seconds = 5): Promise<{ section: BenchSection; failures: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-load-'));
  const server = await spawnServer({
    CLAIMWATCH_DATA_DIR: dataDir,
    CLAIMWATCH_TOKENS: `load:analyst:${TOKEN}`,
    // One client measuring throughput: the per-client limits would measure themselves.
    CLAIMWATCH_READS_PER_MINUTE: '0',
    CLAIMWATCH_WRITES_PER_MINUTE: '0',
  });
  try {
    const template = (await (await fetch(`${server.url}/api/claims/C040`)).json()) as Record<string, unknown> & {
      verification: { state: string };
    };
    const { verification, ...rest } = template;
    const newClaim = (id: string) =>
      JSON.stringify({
        ...rest,
        id,
        relatedClaimIds: [],
        contradictingClaimIds: [],
        verification: { state: verification.state, note: null, contestedBy: [], laterDevelopments: null },
        rationale: `Load test write ${id}`,
      });
    let serial = 0;
    const rows: LoadRow[] = [];
    const reads: [string, string][] = [
      ['GET /api/claims (all)', '/api/claims'],
      [
        'GET /api/claims?state=…&from=…',
        '/api/claims?state=corroborated&state=single_source&from=2024-10-01&to=2024-12-31',
      ],
      ['GET /api/claims/C040', '/api/claims/C040'],
      ['GET /api/metrics', '/api/metrics'],
      ['GET /api/sources', '/api/sources'],
      ['GET /api/events', '/api/events'],
    ];
    for (const [name, path] of reads)
      rows.push(await loadRun(name, { url: `${server.url}${path}`, duration: seconds }));
    rows.push(
      await loadRun('mixed: 4 reads, 1 create, 1 state change', {
        url: server.url,
        duration: seconds,
        requests: [
          { method: 'GET', path: '/api/claims' },
          { method: 'GET', path: '/api/claims?kind=projection_warning' },
          { method: 'GET', path: '/api/claims/C043' },
          { method: 'GET', path: '/api/sources' },
          {
            method: 'POST',
            path: '/api/claims',
            headers: auth,
            setupRequest: (request, context) => {
              serial += 1;
              context.id = `LOAD-${serial}`;
              return { ...request, body: newClaim(`LOAD-${serial}`) };
            },
          },
          {
            method: 'POST',
            headers: auth,
            setupRequest: (request, context) => ({
              ...request,
              path: `/api/claims/${String(context.id)}/verification`,
              body: JSON.stringify({ to: 'corroborated', rationale: 'Load test state change' }),
            }),
          },
        ],
      }),
    );
    const failures = rows
      .filter((r) => r.errors > 0 || r.non2xx > 0)
      .map((r) => `${r.name}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
    return {
      failures,
      section: {
        title: 'Server under load (real API, SQLite, default dataset, 10 connections)',
        columns: LOAD_COLUMNS,
        rows: rows.map(loadCells),
        notes: [
          `autocannon on loopback, ${seconds} s per run, server and load generator on the same 2-core machine. Writes are authenticated analyst requests: ${serial} claims created in the mixed run.`,
        ],
      },
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.slice(10) ?? 5);
  const { section, failures } = await benchServerLoad(seconds);
  console.log(formatSection(section));
  for (const failure of failures) console.log(`FAILED: ${failure}`);
  console.log(failures.length === 0 ? 'load: zero errors' : `load: ${failures.length} run(s) with errors`);
  process.exit(failures.length === 0 ? 0 : 1);
}
