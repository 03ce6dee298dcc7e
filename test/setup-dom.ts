// Component-test setup: jest-dom matchers, a clean DOM after each test, and every lazily loaded
// part already fetched, so no test waits on a module load and no load outlives its test file.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Warming the module cache only: the later tier, its on-demand parts and German still take their
// asynchronous path (React.lazy, loadLanguage), but it resolves from memory instead of asking Vite for
// a file (which fails once the file's environment is torn down, and is slow on a busy machine).
await Promise.all([
  import('../src/embed/later'),
  import('../src/embed/expert'),
  import('../src/view/trace/TraceMode'),
  import('../src/i18n/de'),
]);

// The app fetches its later parts when the browser is idle (jsdom has no requestIdleCallback, and
// the app's fallback is a timer that would fire after the test). Here "idle" is the end of each
// test, so that fetch happens inside the test that caused it.
const idle = new Map<number, IdleRequestCallback>();
let handles = 0;
globalThis.requestIdleCallback = (callback) => {
  idle.set(++handles, callback);
  return handles;
};
globalThis.cancelIdleCallback = (handle) => void idle.delete(handle);

// findBy*/waitFor wait for a state; on a loaded machine that state can take more than a second.
configure({ asyncUtilTimeout: 10_000 });

afterEach(async () => {
  const due = [...idle.values()];
  idle.clear();
  for (const callback of due) callback({ didTimeout: false, timeRemaining: () => 50 });
  // One turn of the event loop: the (cached) imports those callbacks started have settled.
  await new Promise((settled) => setTimeout(settled, 0));
  cleanup();
});
