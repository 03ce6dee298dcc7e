// The first screen before the later tier is in (README Performance): the page loads its entry (the
// first screen) and every other chunk is held back here, so the moment in between is checked, not
// raced. The default journey's picture is drawn from data worked out at build time, its nodes are
// buttons at once, and whatever the learner does meanwhile happens, or waits, and is never undone.
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { inject } from 'vitest';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The first screen's files: those index.html itself loads (its script, preloads and stylesheet). */
async function entryFiles(): Promise<Set<string>> {
  const html = await (await fetch(`${inject('baseUrl')}/index.html`)).text();
  return new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
}

/** Holding at least this long: the acceptance's slow school laptop, on which the tier takes seconds. */
const HOLD_MS = 4_000;

/**
 * Opens a page with every JS and CSS file but the entry's held back until the test releases them
 * and HOLD_MS have passed; with `offline`, the later tier's file is refused until `online()`.
 */
async function withLaterHeld(query: string, { offline = false } = {}) {
  const entry = await entryFiles();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const held: Route[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const opened = Date.now();
  let refused = 0;
  let refusing = offline;
  await page.route(
    (url) => /\.(js|css)$/.test(url.pathname) && !entry.has(url.pathname),
    async (route) => {
      if (refusing && /\/later-[^/]*\.js$/.test(route.request().url())) {
        refused++;
        return route.abort('internetdisconnected');
      }
      held.push(route);
      await released;
      await new Promise((wait) => setTimeout(wait, Math.max(0, HOLD_MS - (Date.now() - opened))));
      await route.continue();
    },
  );
  // Not until "load": the held files would hold it back too.
  await page.goto(`${inject('baseUrl')}/${query}`, { waitUntil: 'domcontentloaded' });
  return { page, errors, held, release, refused: () => refused, online: () => void (refusing = false) };
}

describe('the first screen before the later tier is in', () => {
  it('the MX node takes focus at once, and Enter opens its card (loading meanwhile) when the tier arrives', async () => {
    const { page, errors, held, release } = await withLaterHeld('');
    const mx = page.locator('[data-node="recipient-mx"] [role="button"]');
    await mx.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('[data-node]')?.getAttribute('data-node'))).toBe(
      'recipient-mx',
    );
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    // A press before the tier is in is never dead: the card says it is coming.
    await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    release();
    await page.getByRole('dialog').locator('[data-card="recipient-mx"]').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Loading…' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Send and a step key pressed before the tier is in run once it is, in the order pressed', async () => {
    const { page, errors, held, release } = await withLaterHeld('');
    await page.waitForSelector('[data-node="recipient-mx"]');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.ej').getAttribute('data-status')).toBe('idle');
    release();
    // As with the plan there: Send starts the first step, → pauses at the second.
    await page.waitForSelector('.ej[data-status="paused"]');
    expect(await page.locator('[data-caption]').getAttribute('data-caption')).toBe('submit');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('nothing the learner did before the tier arrived is undone: a typed message, the chosen tab, a paste', async () => {
    const { page, errors, held, release } = await withLaterHeld('');
    await page.waitForSelector('[data-node="recipient-mx"]');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const body = page.getByLabel('Message', { exact: true });
    await body.fill('Typed while the page was still loading.');
    await page.getByRole('tab', { name: 'Trace a real email' }).click();
    release();
    const header = page.getByLabel('Message header (or the whole message)');
    await header.fill('Received: from a.example by b.example; Tue, 14 Jan 2025 09:30:05 +0000');
    // Everything else that was held arrives meanwhile; the page stays where the learner is.
    await expect.poll(() => page.locator('.ej').getAttribute('data-tool')).toBe('trace');
    await page.getByRole('tab', { name: 'Send an email' }).click();
    expect(await body.inputValue()).toBe('Typed while the page was still loading.');
    await page.getByRole('tab', { name: 'Trace a real email' }).click();
    expect(await header.inputValue()).toContain('Received: from a.example');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link is drawn once the tier (which reads it) is in, at the step it names', async () => {
    const { page, errors, held, release } = await withLaterHeld('?step=5&depth=expert');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    // Not drawn idle first (the compose form, then a jump): nothing until the step can be shown.
    expect(await page.locator('.ej').count()).toBe(0);
    release();
    await page.waitForSelector('.ej[data-status="paused"]');
    expect(await page.locator('[data-caption]').getAttribute('data-caption')).toBe('dns-mx');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when the tier cannot be fetched, the picture stays, the learner is told, and the next Send asks again', async () => {
    const { page, errors, release, refused, online } = await withLaterHeld('', { offline: true });
    release();
    await page.waitForSelector('[data-node="recipient-mx"]');
    await expect.poll(refused).toBeGreaterThan(0);
    const send = page.getByRole('button', { name: 'Send', exact: true });
    const told = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    // Refused again at each need (a Send while a fetch is under way waits for that one): after the
    // second failed fetch it is said in words, not left as a button that does nothing.
    for (let need = 0; need < 4 && !(await told.isVisible()); need++) {
      const before = refused();
      await send.click();
      await expect.poll(refused).toBeGreaterThan(before);
    }
    await told.waitFor();
    expect(await page.locator('.ej').getAttribute('data-status')).toBe('idle');
    online();
    await send.click();
    await page.waitForSelector('.ej[data-status="playing"], .ej[data-status="paused"], .ej[data-status="finished"]');
    expect(await told.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
