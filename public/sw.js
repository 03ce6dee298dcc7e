// The offline worker: after the first visit it keeps every file of this version of the app in one
// cache, so a classroom can reopen it without a connection. Its file list and version come from the
// build (precache.js, written by scripts/offline.mjs). It answers only for those files, our own; any
// other request goes to the network as if the worker were not there.
//
// Updating never mixes versions: a new worker waits (no skipWaiting) until no page of the old version
// is open; only then does it take over and delete the old version's cache.
/* global self, importScripts, caches, fetch, Request, URL */
importScripts('./precache.js');

const { version, files } = self.EMAIL_JOURNEY_PRECACHE;
const PREFIX = 'email-journey-';
const CACHE = `${PREFIX}${version}`;
const urls = files.map((file) => new URL(file, self.registration.scope).href);
const ours = new Set(urls);

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so the new version's files are the server's current ones.
  const fresh = urls.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)));
});

self.addEventListener('activate', (event) => {
  const old = (key) => key.startsWith(PREFIX) && key !== CACHE;
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter(old).map((key) => caches.delete(key)))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  // A page's query (?scenario=…) and fragment choose the lesson, not the file.
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (!ours.has(url.href)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.href))
      .then((cached) => cached ?? fetch(request)),
  );
});
