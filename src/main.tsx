// The standalone page: reads the URL once and mounts one journey into #root.
import { DEFAULT_CONFIG, type ConfigNotice, type JourneyConfig } from './embed/configDefaults';
import { followLanguage, later, mountJourney, pageLanguages } from './embed/mount';
import { rememberDepth } from './embed/preferences';
import { LESSON_KEYS, lessonQuery } from './view/lesson/lessonLink';
import './view/theme.css';
import './view/app.css';
import './view/page.css';

/**
 * Mounts the journey with its configuration; `keepAddress` keeps the teacher's settings in the
 * page's address, so a reload or a bookmark keeps them (issue 16).
 */
function start(container: Element, config: JourneyConfig, notices: readonly ConfigNotice[], keepAddress = true) {
  const { store } = mountJourney(container, config, { notices, pageShortcuts: true, languages: pageLanguages() });
  rememberDepth(store);
  followLanguage(store);
  if (!keepAddress) return;
  store.subscribe((now, before) => {
    if (LESSON_KEYS.every((key) => now[key] === before[key])) return;
    const query = lessonQuery(window.location.search, now);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  });
}

const container = document.getElementById('root');
const search = window.location.search;
// A page without a query string starts from the defaults; a link's query is read by the parser,
// which comes with the later tier (a link is most often mid-journey or changed, and needs the
// engine anyway). A failed fetch is tried once more; if that fails too, the page starts from the
// defaults and leaves the link's address as it is, so a reload can still read it.
if (container && search === '') start(container, DEFAULT_CONFIG, []);
else if (container)
  void later
    .load()
    .catch(() => later.load())
    .then(
      ({ configFromUrl }) => {
        const { config, notices } = configFromUrl(search);
        start(container, config, notices);
      },
      () => start(container, DEFAULT_CONFIG, [], false),
    );

// Offline (public/sw.js): after the first visit every file of the app is kept, so it reopens without
// a connection. Registered once the page has loaded, so it never competes with the first screen.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  window.addEventListener('load', () => {
    // updateViaCache 'none': a new version's file list is never taken from the HTTP cache.
    navigator.serviceWorker.register('./sw.js', { updateViaCache: 'none' }).catch((error: unknown) => {
      console.warn('Email Journey: offline use is not available here.', error);
    });
  });
