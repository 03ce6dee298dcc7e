// The standalone page: reads the URL once and mounts one journey into #root.
import { configFromUrl } from './embed/config';
import { mountJourney, pageLanguages } from './embed/mount';
import { rememberDepth } from './embed/preferences';
import { LESSON_KEYS, lessonQuery } from './view/lesson/lessonLink';
import './view/theme.css';
import './view/app.css';
import './view/page.css';

const container = document.getElementById('root');
if (container) {
  const { config, notices } = configFromUrl(window.location.search);
  const { store } = mountJourney(container, config, { notices, pageShortcuts: true, languages: pageLanguages() });
  rememberDepth(store);
  // Issue 16: the teacher's lesson settings show in the page's address, so a reload or a bookmark keeps them.
  store.subscribe((now, before) => {
    if (LESSON_KEYS.every((key) => now[key] === before[key])) return;
    const query = lessonQuery(window.location.search, now);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  });
}
