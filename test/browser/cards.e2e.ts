// The cards in Chromium (issue 13), for what only a real browser shows: the keyboard's own Tab order
// reaches Bob's MX and draws its focus ring, and axe finds nothing with a card open in each theme.
// The cards' knobs, the journey they change (mx1 tried, mx2 delivers), undo and the world key in the
// URL are checked in the DOM (test/view/Cards.test.tsx).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { openApp, screenshot, type OpenPage } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Nodes open cards once the planner (which brings the world) is in, right after the first screen:
 * until then a node is no button, so a keyboard or mouse user finds nothing to press yet.
 */
const cardsReady = (page: Page) => page.locator('[data-node][data-card="true"]').first().waitFor();

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * One page serves every test below in turn: opened in the dark theme (only a link sets it), then
 * switched in place as a teacher does, with Lesson settings' projector switch (contrast) and back
 * (light). The theme is the root's data-theme and nothing else, so a switched page is the page a
 * link would open; the page load is most of what each test would cost on its own.
 */
let opened: Promise<OpenPage> | undefined;
const cardPage = () => (opened ??= openApp(browser, '?theme=dark&speed=20'));
afterAll(async () => {
  await (await opened)?.page.close();
});

describe('cards, keyboard only', () => {
  it('Tab reaches Bob’s MX with a visible focus ring; Enter opens its card, Escape brings focus back', async () => {
    const { page, errors } = await cardPage();
    await cardsReady(page);
    await tabTo(page, '[data-node="recipient-mx"] [role="button"]');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).stroke);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('[data-node]')?.getAttribute('data-node'))).toBe(
      'recipient-mx',
    );
    expect(errors).toEqual([]);
  });
});

describe('cards and axe', () => {
  /** The theme switched in place the way Lesson settings switch it (dark is the link's own). */
  async function switchTheme(page: Page, theme: 'dark' | 'contrast' | 'light'): Promise<void> {
    const root = page.locator('.ej');
    if ((await root.getAttribute('data-theme')) === theme) return;
    await page.getByRole('button', { name: 'Lesson settings' }).click();
    const projector = page.getByRole('checkbox', { name: /Projector theme/ });
    if (theme === 'contrast') await projector.check();
    else await projector.uncheck();
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Lesson settings' }).waitFor({ state: 'detached' });
    await expect.poll(() => root.getAttribute('data-theme')).toBe(theme);
  }

  it.each(['dark', 'contrast', 'light'] as const)('axe finds nothing with a card open (%s)', async (theme) => {
    const { page, errors } = await cardPage();
    await switchTheme(page, theme);
    // Each theme starts from the default world, as a page opened with it would.
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).toBe('');
    await page.locator('[data-node="dns"][data-card="true"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('combobox').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /Remove the MX record mx1/ }).click();
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    if (theme === 'light') await screenshot(page, 'card-dns');
    // Back to the default world for the next theme: the card closed, the change reset.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Your changes' }).getByRole('button', { name: 'Reset the world' }).click();
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).toBe('');
    expect(errors).toEqual([]);
  });
});
