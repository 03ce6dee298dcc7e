// Test setup for both projects: the catalogues every test may read, then the DOM part where there is a DOM.
import '../src/i18n/detail';
import { planWithDetail } from '../src/model/detail';
import * as face from '../src/model/engine';
import { engineIsIn } from '../src/store/whenEngine';

// The app's later tier brings the step captions right after its first screen; tests start with them in place.
// The mount hands the engine in right after the first screen (src/embed/mount.tsx); tests plan at
// once. test/store/beforeEngine.test.ts and the first-picture tests look at the moment before.
engineIsIn({ ...face, loadDetail: () => Promise.resolve(planWithDetail) });

// `*.test.tsx` files (and any file that asks for jsdom) render: they get the DOM setup too.
if (typeof document !== 'undefined') await import('./setup-dom');
