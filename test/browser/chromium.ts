// Launches Debian's Chromium through playwright-core with the flags this workplace needs. Inside the
// browser tests, every file connects to the one Chromium that serve.ts started, instead of each
// starting its own (a new browser per file is seconds of a busy 2-core machine).
import { chromium, type Browser, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error('Chromium not found: run `npm test` (it installs it) or set CHROME_PATH.');
  return found;
}

/** Starts a Chromium that several test files (in several workers) connect to. */
export function startChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/**
 * The shared Chromium when the browser tests run (closing it then only disconnects this file), or a
 * Chromium of its own for scripts outside Vitest (screenshots, experiments).
 */
export async function launchChromium(): Promise<Browser> {
  const endpoint = process.env.VITEST ? (await import('vitest')).inject('chromiumEndpoint') : undefined;
  if (endpoint) return withoutWorkers(await chromium.connect(endpoint));
  return withoutWorkers(
    await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true }),
  );
}

/**
 * Every page and context of `browser` blocks service workers unless its options say
 * `serviceWorkers: 'allow'` (the offline tests): the app registers its worker on every load, and
 * the worker then fetches every file of the app once more, in every new context, which is seconds of
 * a busy machine per test. A blocked page behaves as a browser without the worker (src/main.tsx only
 * adds it after load).
 *
 * And `browser.newPage` lends a page that an earlier test of the file closed, when it was asked for
 * with the same options and left clean (see pagePool below): a new page costs Chromium a new tab and
 * renderer, about 0.4 s of a core and a second of waiting, and most tests open one or more.
 */
function withoutWorkers(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  const blocked = (options: BrowserContextOptions = {}): BrowserContextOptions => ({
    serviceWorkers: 'block',
    ...options,
  });
  const pool = pagePool((options) => newPage(blocked(options)));
  browser.newContext = (options) => newContext(blocked(options));
  browser.newPage = (options) => pool.lend(options);
  return browser;
}

/** Calls after which a page is not as new: it is then really closed instead of lent again. */
const LASTING = [
  'routeFromHAR',
  'routeWebSocket',
  'emulateMedia',
  'setExtraHTTPHeaders',
  'setDefaultTimeout',
  'setDefaultNavigationTimeout',
];

/**
 * Calls of a page that are undone when it is handed back: each returns a Disposable (init scripts,
 * bindings); routes are all taken off at once. A page that had them is as new once they are gone,
 * so the tests that hold files back or watch from the first byte keep a page too.
 */
const UNDONE = ['addInitScript', 'exposeFunction', 'exposeBinding'];

/**
 * Pages handed back by `close()` wait to be lent again to a test asking with the same options. A
 * page goes back only if no test changed it lastingly (emulation, HAR routes, its context touched);
 * before it is lent, what can be undone is undone (init scripts, bindings, routes), its storage is
 * cleared, its listeners removed and its viewport set, so a test sees a page as new: a fresh
 * document on a blank storage.
 */
function pagePool(create: (options?: BrowserContextOptions) => Promise<Page>) {
  const free: { key: string; page: Page }[] = [];
  const keyOf = (options: BrowserContextOptions = {}) => {
    const rest: BrowserContextOptions = { ...options, viewport: options.viewport === null ? null : undefined };
    return rest.serviceWorkers === 'allow' ? null : JSON.stringify(rest);
  };

  async function release(page: Page, key: string, close: () => Promise<void>, undo: (() => Promise<void>)[]) {
    try {
      page.removeAllListeners();
      // A route still holding a request back is dropped with it; the document ends just after.
      for (const step of undo) await step();
      const origins = new Set(
        page
          .frames()
          .map((f) => f.url())
          .filter((u) => u.startsWith('http'))
          .map((u) => new URL(u).origin),
      );
      // Ends the document first (its timers, frames and unload handlers run as on a close, and nothing
      // can write again), then clears what would outlive it: every origin it showed, cookies, permissions.
      await page.goto('about:blank');
      for (const origin of origins) await clearOrigin(page, origin);
      await page.context().clearCookies();
      await page.context().clearPermissions();
      free.push({ key, page });
    } catch {
      await close().catch(() => undefined);
    }
  }

  async function lend(options?: BrowserContextOptions): Promise<Page> {
    const key = keyOf(options);
    const index = key === null ? -1 : free.findIndex((f) => f.key === key);
    const lent = index >= 0 ? free.splice(index, 1)[0]?.page : undefined;
    const page = lent ?? (await create(options));
    // A new page's viewport is the option, or Playwright's 1280×720.
    if (lent && options?.viewport !== null)
      await page.setViewportSize(options?.viewport ?? { width: 1280, height: 720 });
    if (key === null) return page;
    let lasting = false;
    const mark = (target: object, names: readonly string[]) => {
      for (const name of names) {
        const own = (target as Record<string, ((...a: unknown[]) => unknown) | undefined>)[name];
        if (own) Object.assign(target, { [name]: (...a: unknown[]) => ((lasting = true), own.apply(target, a)) });
      }
    };
    mark(page, LASTING);
    mark(page.context(), [...LASTING, ...UNDONE, 'route', 'setOffline', 'setGeolocation', 'setHTTPCredentials']);
    const undo: (() => Promise<void>)[] = [];
    const own = page as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    for (const name of UNDONE) {
      const call = own[name]!.bind(page);
      own[name] = async (...a: unknown[]) => {
        const done = (await call(...a)) as { dispose(): Promise<void> };
        undo.push(() => done.dispose());
        return done;
      };
    }
    const route = own.route!.bind(page);
    let routed = false;
    own.route = (...a: unknown[]) => {
      if (!routed) undo.push(() => page.unrouteAll({ behavior: 'ignoreErrors' }));
      routed = true;
      return route(...a);
    };
    const close = page.close.bind(page);
    page.close = async () => {
      if (lasting || page.isClosed()) return close();
      for (const target of [page, page.context()])
        for (const name of [
          ...LASTING,
          ...UNDONE,
          'route',
          'setOffline',
          'setGeolocation',
          'setHTTPCredentials',
          'close',
        ])
          delete (target as unknown as Record<string, unknown>)[name];
      await release(page, key, close, undo);
    };
    return page;
  }

  return { lend };
}

/**
 * Clears everything one origin stored (local and session storage, IndexedDB, caches, workers) through
 * the DevTools protocol, without opening a page of it (visiting a file of the origin to clear it from
 * inside cost about a tenth of a CPU-second per origin, hundreds of times a run).
 */
async function clearOrigin(page: Page, origin: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  } finally {
    await session.detach();
  }
}
