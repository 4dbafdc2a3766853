// A SQLite store's WAL checkpoints at quiet moments, on a thread of their own (sqlite-checkpoints.ts): told of each
// commit, it copies the WAL's pages into the database file once `quietMs` have passed with no commit, on a connection
// of its own.
import { clearTimeout, setTimeout } from 'node:timers';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, quietMs } = workerData;
const db = new Database(file, { fileMustExist: true });
let timer = null;

// PASSIVE: as many pages as no reader still needs, without waiting for readers or writers.
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');

parentPort.on('message', (message) => {
  clearTimeout(timer);
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  timer = setTimeout(checkpoint, quietMs);
});
