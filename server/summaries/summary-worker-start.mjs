// The summary thread's entry (summary-thread.ts): its TypeScript read through tsx, as `npm start` reads the server's.
import { register } from 'tsx/esm/api';

register();
await import('./summary-worker.ts');
