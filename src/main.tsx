// The standalone page: reads the URL once and mounts one journey into #root.
import { configFromUrl } from './embed/config';
import { mountJourney, pageLanguages } from './embed/mount';
import { rememberDepth } from './embed/preferences';
import './view/theme.css';
import './view/app.css';
import './view/page.css';

const container = document.getElementById('root');
if (container) {
  const { config, notices } = configFromUrl(window.location.search);
  const { store } = mountJourney(container, config, { notices, pageShortcuts: true, languages: pageLanguages() });
  rememberDepth(store);
}
