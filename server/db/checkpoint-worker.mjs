// A SQLite store's WAL checkpoints, on a thread of their own (sqlite-checkpoints.ts): told of each commit, it copies
// the WAL's pages into the database file at most once every `everyMs`, on a connection of its own.
import { clearTimeout, setTimeout } from 'node:timers';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, everyMs } = workerData;
const db = new Database(file, { fileMustExist: true });
let last = 0;
let timer = null;

const checkpoint = () => {
  timer = null;
  last = Date.now();
  // PASSIVE: as many pages as no reader still needs, without waiting for readers or writers.
  db.pragma('wal_checkpoint(PASSIVE)');
};

parentPort.on('message', (message) => {
  if (message === 'close') {
    clearTimeout(timer);
    db.close();
    parentPort.close();
    return;
  }
  timer ??= setTimeout(checkpoint, Math.max(0, last + everyMs - Date.now()));
});
