/**
 * For scripts that start something and keep it up until Ctrl-C or SIGTERM (`npm run db:pg`, `npm run cluster`): once
 * `starting` is up, `announce` says what runs; a signal, also one during start-up, stops it (once it is up) and says
 * so. A failed start stops what had started and is reported; a failure that a signal caused is the stop asked for.
 */
export async function runUntilSignal<T extends { stop(): Promise<void> }>(
  starting: Promise<T>,
  announce: (running: T) => Promise<string>,
): Promise<void> {
  // Nothing else keeps Node's event loop alive while we wait for a signal.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    clearInterval(keepAlive);
    process.removeListener('SIGINT', shutDown).removeListener('SIGTERM', shutDown);
    return (stopping ??= starting.then(
      (running) => running.stop(),
      () => undefined,
    ));
  };
  const shutDown = () => void stop().then(() => console.log('\nStopped; data deleted.'), reportFailure);
  process.once('SIGINT', shutDown).once('SIGTERM', shutDown);
  try {
    const text = await announce(await starting);
    if (!stopping) console.log(text);
  } catch (error) {
    // Ctrl-C reaches initdb and pg_ctl too (they share our process group): that failure is the stop we asked for.
    if (stopping) return;
    await stop().catch(() => undefined);
    throw error;
  }
}

/** Prints a script's failure without a stack and sets the exit code. */
export function reportFailure(error: unknown): void {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
