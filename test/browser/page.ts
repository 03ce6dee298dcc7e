// Helpers for browser tests: open the app, collect console errors, record the active node sequence.
import { mkdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export interface OpenPage {
  page: Page;
  errors: string[];
}

export async function openApp(
  browser: Browser,
  query = '',
  viewport = { width: 1280, height: 900 },
): Promise<OpenPage> {
  // The tests inject axe-core and host styles; the hardening tests check the real CSP on their own pages.
  const page = await browser.newPage({ viewport, bypassCSP: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // Beginner waits after each step (issue 16's pace=step); tests that play a journey through play on.
  const paced = /[?&]pace=/.test(query) ? query : `${query}${query.includes('?') ? '&' : '?'}pace=auto`;
  await page.goto(`${inject('baseUrl')}/${paced}`);
  // Any node: the spoof (dmarc-reject) draws no Alice.
  await page.waitForSelector('[data-node]');
  return { page, errors };
}

/** Starts recording every node that becomes active, in order, from inside the page. */
export async function recordActiveNodes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __activeNodes: string[] }).__activeNodes = seen;
    const record = () => {
      const id = document.querySelector('[data-node][data-active="true"]')?.getAttribute('data-node');
      if (id && seen[seen.length - 1] !== id) seen.push(id);
    };
    new MutationObserver(record).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-active'],
    });
  });
}

export function activeNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __activeNodes: string[] }).__activeNodes);
}

export async function waitForFinish(page: Page): Promise<void> {
  await page.waitForSelector('[data-status="finished"]', { timeout: 30_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results', { recursive: true });
  const path = `test-results/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Collects every protocol line the conversation panel shows while the journey plays. */
export async function recordTranscript(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { __transcript: Set<string> }).__transcript = seen;
    const record = () => document.querySelectorAll('.ej-transcript code').forEach((c) => seen.add(c.textContent ?? ''));
    new MutationObserver(record).observe(document.body, { childList: true, subtree: true, characterData: true });
    record();
  });
}

export function transcriptSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __transcript: Set<string> }).__transcript]);
}

/**
 * Resolves once an iframe has handled every message its parent posted to it so far: a marker posted
 * after them arrives after them (one window's messages are delivered in order), and the app's store
 * updates reach the DOM synchronously through useSyncExternalStore. This is how a test shows that
 * nothing happened, without waiting a fixed time and hoping that was long enough.
 */
export async function messagesHandled(page: Page, frameSelector: string): Promise<void> {
  const frame = await (await page.$(frameSelector))?.contentFrame();
  if (!frame) throw new Error(`no frame at ${frameSelector}`);
  const marker = `handled-${Date.now()}-${Math.random()}`;
  await frame.evaluate((m) => {
    (window as unknown as { __handled: Promise<void> }).__handled = new Promise((resolve) => {
      window.addEventListener('message', function arrived(event) {
        if (event.data !== m) return;
        window.removeEventListener('message', arrived);
        resolve();
      });
    });
  }, marker);
  await page.evaluate(
    ([selector, m]) => (document.querySelector(selector) as HTMLIFrameElement).contentWindow?.postMessage(m, '*'),
    [frameSelector, marker] as const,
  );
  await frame.evaluate(() => (window as unknown as { __handled: Promise<void> }).__handled);
}

/**
 * Steps the journey to its end with the → shortcut, one step at a time, each step drawn before the
 * next (the timeline's current item, drawn just after the rest of the step, has moved on): every
 * step's picture, transcript and events happen as when it plays, without waiting out its lesson
 * time. For tests that are not about playback. Works in a page, an iframe (`embed.html`), or on the
 * `<email-journey>` element that `element` selects.
 */
export function stepToEnd(target: Page | Frame, element?: string): Promise<void> {
  return target.evaluate(async (host) => {
    // The app's root, or an <email-journey> element's, inside its shadow root.
    const scope = host ? document.querySelector(host)?.shadowRoot : document;
    const root = scope?.querySelector<HTMLElement>('.ej');
    if (!root) throw new Error(`no .ej in ${host ?? 'the page'}`);
    const current = () =>
      [...root.querySelectorAll('.ej-timeline li')].findIndex((li) => li.getAttribute('data-state') === 'current');
    const finished = () => root.getAttribute('data-status') === 'finished';
    /** Resolves once `test` holds, checked at every change of the app (15 s to fail, as expect.poll). */
    const until = (test: () => boolean, what: string) =>
      new Promise<void>((resolve, reject) => {
        if (test()) return resolve();
        const fail = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`stepToEnd: ${what} never happened`));
        }, 15_000);
        const observer = new MutationObserver(() => {
          if (!test()) return;
          clearTimeout(fail);
          observer.disconnect();
          resolve();
        });
        observer.observe(root, { attributes: true, childList: true, subtree: true });
      });
    // The timeline is drawn with the plan; a step only counts once it shows there.
    await until(() => root.querySelector('.ej-timeline li') !== null, 'the timeline');
    for (let presses = 0; !finished(); presses++) {
      if (presses > 200) throw new Error('the journey did not finish after 200 steps');
      const before = current();
      root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await until(() => finished() || current() > before, `the step after step ${before + 1}`);
    }
  }, element);
}

/**
 * Jumps to the finished picture with the shortcuts End, then → (as a learner can), in a page, an
 * iframe or on the `<email-journey>` element that `element` selects, unless the journey has finished
 * already: one that plays on its own (autoplay, send()) may get to its end first on a busy machine,
 * and End, → pressed there would finish it, and report its end, a second time. Looked at and pressed
 * in one task of the page, so it cannot finish in between. For tests about the end, not about each
 * step's picture or events (stepToEnd is for those).
 */
export async function jumpToEnd(target: Page | Frame, element?: string): Promise<void> {
  await target.evaluate(async (host) => {
    const scope = host ? document.querySelector(host)?.shadowRoot : document;
    const root = scope?.querySelector<HTMLElement>('.ej');
    if (!root) throw new Error(`no .ej in ${host ?? 'the page'}`);
    const press = (key: string) =>
      root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    // The timeline is drawn with the plan: until then End has no last step to go to.
    while (!root.querySelector('.ej-timeline li')) await new Promise((resolve) => setTimeout(resolve, 20));
    if (root.getAttribute('data-status') === 'finished') return;
    press('End');
    press('ArrowRight');
  }, element);
  const scope = element ? `${element} .ej` : '.ej';
  await target.waitForSelector(`${scope}[data-status="finished"]`, { timeout: 30_000 });
}

/**
 * The frame of `page` whose address contains `address` once it shows the journey. Looked up again
 * until then: a cross-site frame may move to a new Frame object while it loads.
 */
export async function journeyFrame(page: Page, address: string): Promise<Frame> {
  const find = async () => {
    for (const f of page.frames())
      if (
        f.url().includes(address) &&
        (await f
          .locator('.ej')
          .count()
          .catch(() => 0)) > 0
      )
        return f;
    return undefined;
  };
  let frame: Frame | undefined;
  await expect.poll(async () => (frame = await find()) !== undefined).toBe(true);
  return frame!;
}
