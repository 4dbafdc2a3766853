import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../testing/spawn-server';

const run = promisify(execFile);

const INSTALL_HINT = 'PostgreSQL is not installed. As root: apt-get update && apt-get install -y postgresql';
const DEBIAN_ROOT = '/usr/lib/postgresql';
/** Database names we hand out go straight into a URL, so keep them plain. */
const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A PostgreSQL server of its own, in a temporary folder, for tests and local runs; nothing survives `stop()`. */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` (trust authentication, loopback only). */
  url: string;
  port: number;
  /** The temporary folder holding the cluster (`pgdata/`), its socket and its `log`; `stop()` deletes it. */
  dataDir: string;
  /** The server's major version (15 for PostgreSQL 15.x). */
  majorVersion: number;
  /** `pg_ctl stop -m fast`, then deletes the folder (even when the stop failed). Calling it twice is harmless. */
  stop(): Promise<void>;
  /** Creates a database (a fresh `cw_<hex>` name when none is given) and returns its URL. */
  createDatabase(name?: string): Promise<string>;
}

/**
 * Where the PostgreSQL server binaries are: Debian's /usr/lib/postgresql/<highest version>/bin, else what
 * `pg_config --bindir` says. Throws the install hint when neither has `pg_ctl`.
 */
export function postgresBinDir(): string {
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter((name) => /^\d+(\.\d+)?$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const bin = join(DEBIAN_ROOT, version, 'bin');
    if (existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  try {
    const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (existsSync(join(bin.trim(), 'pg_ctl'))) return bin.trim();
  } catch {
    // no pg_config on PATH: fall through to the hint
  }
  throw new Error(INSTALL_HINT);
}

/** Runs one of the server's own tools (initdb, pg_ctl) from its bin folder. */
type Runner = (tool: string, args: string[], cwd: string) => Promise<{ stdout: string; stderr: string }>;

/**
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` user through runuser
 * (and the folder is handed to that user); as anyone else they run directly.
 */
async function serverRunner(bin: string): Promise<{ runServerTool: Runner; owner?: { uid: number; gid: number } }> {
  if (process.getuid?.() !== 0) return { runServerTool: (tool, args, cwd) => run(join(bin, tool), args, { cwd }) };
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  const owner = { uid: await id('-u'), gid: await id('-g') };
  return {
    owner,
    runServerTool: (tool, args, cwd) => run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { cwd }),
  };
}

/** An Error naming the step, with the tool's own output and the end of the server log (when there is one). */
async function failure(step: string, error: unknown, logFile?: string): Promise<Error> {
  const output = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr).trim() : '';
  const log = logFile ? await readFile(logFile, 'utf8').catch(() => '') : '';
  const tail = log.trim().split('\n').slice(-20).join('\n');
  const parts = [`${step} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`];
  if (output) parts.push(output);
  if (tail) parts.push(`--- last lines of ${logFile} ---\n${tail}`);
  return new Error(parts.join('\n'), { cause: error });
}

/**
 * initdb with a UTF-8 locale when the system has C.UTF-8 (Debian does), else the plain C locale: both sort
 * by code point, so results do not depend on the machine.
 */
async function initCluster(runServerTool: Runner, pgdata: string, cwd: string): Promise<void> {
  const base = ['-D', pgdata, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'];
  try {
    await runServerTool('initdb', [...base, '--locale=C.UTF-8'], cwd);
  } catch (utf8Error) {
    await rm(pgdata, { recursive: true, force: true });
    try {
      await runServerTool('initdb', [...base, '--locale=C'], cwd);
    } catch {
      throw await failure('initdb (with --locale=C.UTF-8, then --locale=C)', utf8Error);
    }
  }
}

/**
 * Starts a throwaway cluster on 127.0.0.1 (a free port unless one is given), built for speed over durability:
 * no fsync, no synchronous commit, no full-page writes. On failure the folder is removed before throwing.
 */
export async function startPostgresCluster(options: { port?: number } = {}): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const majorVersion = Number(/\(PostgreSQL\) (\d+)/.exec((await run(join(bin, 'pg_ctl'), ['--version'])).stdout)?.[1]);
  const { runServerTool, owner } = await serverRunner(bin);
  const dataDir = await mkdtemp(join(tmpdir(), 'claimwatch-pg-'));
  const pgdata = join(dataDir, 'pgdata');
  const logFile = join(dataDir, 'log');
  let initialised = false;
  const stopServer = () => runServerTool('pg_ctl', ['stop', '-D', pgdata, '-m', 'fast', '-w'], dataDir);
  try {
    // pg_ctl hands -o to a shell, so the one path in it is quoted and must not contain a quote itself.
    if (dataDir.includes("'")) throw new Error(`the temporary folder ${dataDir} contains a quote`);
    if (owner) await chown(dataDir, owner.uid, owner.gid);
    await initCluster(runServerTool, pgdata, dataDir);
    initialised = true;
    const port = options.port ?? (await freePort());
    const settings = `-p ${port} -k '${dataDir}' -c listen_addresses=127.0.0.1`;
    const speed = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    try {
      await runServerTool(
        'pg_ctl',
        ['start', '-w', '-D', pgdata, '-l', logFile, '-o', `${settings} ${speed}`],
        dataDir,
      );
    } catch (error) {
      throw await failure(`pg_ctl start on port ${port}`, error, logFile);
    }
    const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
    let stopped: Promise<void> | undefined;
    return {
      url: urlFor('postgres'),
      port,
      dataDir,
      majorVersion,
      stop: () =>
        (stopped ??= stopServer()
          .catch(async (error: unknown) => {
            throw await failure('pg_ctl stop', error, logFile);
          })
          .finally(() => rm(dataDir, { recursive: true, force: true }))
          .then(() => undefined)),
      createDatabase: async (name = `cw_${randomBytes(6).toString('hex')}`) => {
        if (!DATABASE_NAME.test(name)) throw new Error(`not a plain database name: ${JSON.stringify(name)}`);
        const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name];
        await run(join(bin, 'createdb'), args).catch(async (error: unknown) => {
          throw await failure(`createdb ${name}`, error, logFile);
        });
        return urlFor(name);
      },
    };
  } catch (error) {
    // A start that timed out may have left a server running: stop it before its folder goes.
    if (initialised) await stopServer().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
