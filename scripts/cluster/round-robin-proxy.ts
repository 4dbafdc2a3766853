import { Agent, createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  /** `http://127.0.0.1:PORT`, where the proxy listens. */
  url: string;
  /** Stops listening, drops open connections (a browser's keep-alive would hold `close` open) and idle upstream ones. */
  close(): Promise<void>;
}

/** The contract's error shape (ApiErrorBody), so the dashboard shows the message as it shows the API's own errors. */
function badGateway(response: ServerResponse, index: number, target: string, error: Error): void {
  // Headers already gone (the server died mid-answer): all that is left to say is that the answer broke off.
  if (response.headersSent) {
    response.destroy(error);
    return;
  }
  const message = `The app server ${target} (upstream ${index}) did not answer: ${error.message}`;
  response.writeHead(502, { 'content-type': 'application/json', 'x-claimwatch-upstream': String(index) });
  response.end(JSON.stringify({ error: { field: '(request)', code: 'bad_gateway', message } }));
}

/**
 * A reverse proxy on 127.0.0.1 that sends each request to the next target in turn, the way nginx or HAProxy spread
 * requests over app servers: a demo of N servers behind a proxy (`npm run cluster`), not a product. Requests and
 * answers are streamed through unchanged, but for `X-Forwarded-For` (the client's address, appended as nginx does)
 * and `X-Claimwatch-Upstream: <index>` on the answer, which tells whoever looks which server answered. A target that
 * cannot be reached gets a 502 in the API's error shape; the proxy itself never falls over.
 */
export function startRoundRobinProxy(targets: string[], port = 0): Promise<RoundRobinProxy> {
  if (targets.length === 0) return Promise.reject(new Error('a round-robin proxy needs at least one target'));
  const upstreams = targets.map((target, index) => ({ index, url: new URL(target) }));
  // Connections to the app servers are kept and reused, as a production proxy does.
  const agent = new Agent({ keepAlive: true });
  let turn = 0;
  const server = createServer((incoming, outgoing) => {
    const upstream = upstreams[turn];
    turn = (turn + 1) % upstreams.length;
    // Never undefined (turn stays below the length), but the type cannot know that.
    if (!upstream) return void outgoing.destroy();
    const { index, url: target } = upstream;
    const client = incoming.socket.remoteAddress ?? '';
    const forwardedFor = [incoming.headers['x-forwarded-for'], client].filter(Boolean).join(', ');
    const forward = request(
      {
        agent,
        hostname: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': forwardedFor },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-claimwatch-upstream': String(index) });
        answer.pipe(outgoing);
        answer.once('error', (error) => outgoing.destroy(error));
      },
    );
    forward.once('error', (error) => badGateway(outgoing, index, target.origin, error));
    // A client that goes away takes its upstream request with it.
    incoming.once('error', () => forward.destroy());
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) forward.destroy();
    });
    incoming.pipe(forward);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: listening } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${listening}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
            agent.destroy();
          }),
      });
    });
  });
}
