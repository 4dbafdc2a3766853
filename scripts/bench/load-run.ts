import autocannon, { type AutocannonOptions } from 'autocannon';

export interface LoadRow {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** One bounded autocannon run on loopback, reduced to the numbers we report. */
export async function loadRun(name: string, options: AutocannonOptions): Promise<LoadRow> {
  const result = await autocannon({ connections: 10, duration: 5, timeout: 60, ...options });
  return {
    name,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export const LOAD_COLUMNS = ['run', 'requests', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'errors', 'non-2xx'];
export const loadCells = (r: LoadRow) => [r.name, r.requests, r.rps, r.p50, r.p99, r.errors, r.non2xx];
