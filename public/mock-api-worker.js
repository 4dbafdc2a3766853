/**
 * The static demo's mock API worker: msw's own worker (mockServiceWorker.js, which msw writes again on each install:
 * not to be edited), and one message more. A page that an active worker does not control (a hard reload, or a page
 * whose navigation began just before the worker activated and claimed its pages) asks to be taken over, instead of
 * being reloaded by msw after the app has hydrated (mocks/until-controlled-by-worker.ts).
 */
/* global importScripts, self */
importScripts('./mockServiceWorker.js');

self.addEventListener('message', (event) => {
  if (event.data === 'claimwatch:take-over') event.waitUntil(self.clients.claim());
});
