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
  import('../src/i18n/de/screen'),
  import('../src/i18n/de/journey'),
  import('../src/i18n/de/detail'),
  import('../src/i18n/de/trace'),
]);

// findBy*/waitFor wait for a state; on a loaded machine that state can take more than a second.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
