/** The address to print for where the server listens: a wildcard address becomes localhost. */
export function originOf(address: string, port: number): string {
  const host =
    address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
}

/** A dashboard link that signs in with `token`: in the fragment, which browsers never send to a server or in Referer. */
export function signInLink(origin: string, token: string): string {
  return `${origin}/#token=${encodeURIComponent(token)}`;
}

/** Where the data lives, for people: the SQLite folder, or the PostgreSQL server and database without credentials. */
export function dataLocation(dataDir: string, databaseUrl: string | undefined): string {
  if (!databaseUrl) return dataDir;
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

export interface StartFacts {
  origin: string;
  /** Whether the server serves the built dashboard (CLAIMWATCH_STATIC_DIR). */
  dashboard: boolean;
  /** Where the data lives (`dataLocation`). */
  dataDir: string;
  seeded: boolean;
  /** The token the first start made, shown only by that start; null on every other. */
  firstToken: string | null;
}

const MAKE_TOKEN = 'npm run token -- <name> analyst';

/** What a start prints: where Claimwatch is, and how to sign in to write (the first start's secret, once). */
export function startMessage({ origin, dashboard, dataDir, seeded, firstToken }: StartFacts): string {
  const where = dashboard ? `Claimwatch is running at ${origin}/` : `The Claimwatch API is running at ${origin}/api`;
  const lines = [`${where} (data in ${dataDir}${seeded ? ', seeded with the default dataset' : ''})`];
  if (firstToken && dashboard)
    lines.push(
      '',
      'First start: an analyst token was made. Open this link to sign in; it is shown only this once:',
      '',
      `    ${signInLink(origin, firstToken)}`,
      '',
      `Later, make a token for each analyst with: ${MAKE_TOKEN}`,
    );
  else if (firstToken)
    lines.push(
      '',
      'First start: an analyst token was made; it is shown only this once (send it as "Authorization: Bearer <token>"):',
      '',
      `    ${firstToken}`,
    );
  else lines.push(`To sign in to edit, make a token with: ${MAKE_TOKEN}`);
  lines.push('', 'Press Ctrl+C to stop.');
  return lines.join('\n');
}
