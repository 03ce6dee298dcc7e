// The standalone page: reads the URL once, creates this page's store and clock, and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configFromUrl } from './embed/config';
import { rememberDepth, savedDepth } from './embed/preferences';
import { startClock } from './store/clock';
import { createJourneyStore } from './store/journeyStore';
import { App } from './view/App';
import { StoreProvider } from './view/StoreContext';
import './view/theme.css';
import './view/app.css';

const { config, notices } = configFromUrl(window.location.search);
const store = createJourneyStore({ ...config, depth: config.depth ?? savedDepth() ?? 'beginner' });
startClock(store);
rememberDepth(store);
if (config.step !== null) store.getState().actions.jumpTo(config.step - 1);
else if (config.autoplay) store.getState().actions.send();

const container = document.getElementById('root');
if (container)
  createRoot(container).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App notices={notices} />
      </StoreProvider>
    </StrictMode>,
  );
