import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';

/** The floor for `GET /api/claims`: a plain server that streams one JSON file for every request. */
const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: json-file-server.ts <file.json> <port>');
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1');
