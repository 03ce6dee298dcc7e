// Host pages for embedding tests: a lesson page on another site and path that loads the built
// email-journey.js (or frames embed.html), with every journey event the page hears logged in order.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Another site: a small server on its own port, reached as `localhost` (another origin than the
 * app's 127.0.0.1, and one Vite's preview server accepts module requests from). A real server, not
 * an intercepted request, so Chromium treats both as the same local network.
 */
const pages = new Map<string, string>();
let site: Promise<string> | null = null;

export function otherSite(): Promise<string> {
  site ??= new Promise((resolve) => {
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/favicon.ico') return response.writeHead(204).end();
      const html = pages.get(path);
      response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html ?? 'Not found');
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => resolve(`http://localhost:${(server.address() as AddressInfo).port}`));
  });
  return site;
}

export interface HostPage {
  page: Page;
  errors: string[];
  warnings: string[];
  /** URLs the page fetched from the app's server, in order. */
  fetched: string[];
}

export interface LoggedEvent {
  type: string;
  id?: string;
  detail: Record<string, unknown>;
}

const EVENTS = ['journeystart', 'journeystep', 'journeyend', 'checkpoint'];

/**
 * Logs every journey event the page hears, in order, as `window.__log`. In a host page it logs the
 * frames' events too; in a frame (only with `logFrames`) the commands the frame is sent.
 */
function logEvents(types: string[]): void {
  const log: { type: string; id?: string; detail: unknown }[] = [];
  (window as unknown as { __log: typeof log }).__log = log;
  for (const type of types)
    document.addEventListener(type, (e) =>
      log.push({ type, id: (e.target as Element).id || undefined, detail: (e as CustomEvent).detail }),
    );
  window.addEventListener('message', (e) => {
    const data = e.data as { source?: string; type?: string; command?: string; detail?: unknown };
    if (data?.source !== 'email-journey') return;
    if (data.type) log.push({ type: `message:${data.type}`, detail: data.detail });
    if (data.command) log.push({ type: `command:${data.command}`, detail: {} });
  });
}

/**
 * Opens `path` on `site` as a page with `body`; `withElement` adds the module script from the
 * app's server (its real URL, so its chunks must resolve against it, not against this page), `head`
 * puts other markup in its place; `before` runs on the page before it loads (to route requests).
 * The logger is the host page's first script, so the page can be lent again to the next test (an
 * init script would cost a new tab each time); `logFrames` adds it to every frame as well, as an
 * init script.
 */
let served = 0;

export async function openHost(
  browser: Browser,
  body: string,
  {
    path = '/lessons/unit-3/email.html',
    withElement = true,
    head,
    before = async () => {},
    waitUntil = 'load',
    logFrames = false,
  }: {
    path?: string;
    withElement?: boolean;
    head?: string;
    before?: (page: Page) => Promise<unknown>;
    /** 'domcontentloaded' when `before` holds back a script the load event would wait for. */
    waitUntil?: 'load' | 'domcontentloaded';
    logFrames?: boolean;
  } = {},
): Promise<HostPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const warnings: string[] = [];
  const fetched: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  page.on('request', (r) => r.url().startsWith(inject('baseUrl')) && fetched.push(r.url()));
  const module = withElement ? `<script type="module" src="${inject('baseUrl')}/email-journey.js"></script>` : '';
  const script = head ?? module;
  const logger = `<script>(${logEvents.toString()})(${JSON.stringify(EVENTS)})</script>`;
  served += 1;
  const unique = `${path.replace(/\.html$/, '')}-${served}.html`;
  pages.set(
    unique,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title>${logger}${script}</head><body>${body}</body></html>`,
  );
  if (logFrames) await page.addInitScript(logEvents, EVENTS);
  await before(page);
  await page.goto(`${await otherSite()}${unique}`, { waitUntil });
  return { page, errors, warnings, fetched };
}

export const eventLog = (page: Page): Promise<LoggedEvent[]> =>
  page.evaluate(() => (window as unknown as { __log: LoggedEvent[] }).__log);

/** Holds back every request matching `pattern` until the returned function is called. */
export async function holdBack(page: Page, pattern: string | RegExp): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** A journey element's state, read through its store. */
export function stateOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const s = (el as HTMLElement & { journey: { getState(): Record<string, unknown> } | null }).journey?.getState();
    return s
      ? {
          status: s.status,
          cursor: s.cursor,
          lang: s.lang,
          mode: (s.scenario as { mode?: string } | null)?.mode,
          theme: s.theme,
          speed: s.speed,
        }
      : null;
  });
}
