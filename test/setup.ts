// Test setup for both projects: the catalogues every test may read, then the DOM part where there is a DOM.
import { loadJourneyText } from '../src/i18n';
import { loadPlanner } from '../src/store/planner';

// The app fetches the step captions right after its first screen; tests start with them in place.
await loadJourneyText();
// The planner loads right after the first screen in the app (src/store/planner.ts); tests plan at once.
await loadPlanner();

// `*.test.tsx` files (and any file that asks for jsdom) render: they get the DOM setup too.
if (typeof document !== 'undefined') await import('./setup-dom');
