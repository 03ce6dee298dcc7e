// The cards in Chromium (issue 13): keyboard only, take mx1 offline, Send, and the journey visibly
// tries mx1 then delivers via mx2; undo restores the default; the URL carries the edits; axe is clean.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { openApp, recordActiveNodes, activeNodes, screenshot, stepToEnd, waitForFinish } from './page';
import { markers } from './picture';

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

/** Presses Tab until the focused element matches (a selector, or a button's exact text), as a keyboard user would. */
async function tabTo(page: Page, test: string | { text: string }, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(
      (t) =>
        typeof t === 'string'
          ? (document.activeElement?.matches(t) ?? false)
          : document.activeElement?.textContent === t.text,
      test,
    );
    if (here) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(test)}`);
}

describe('cards, keyboard only', () => {
  it('open the MX card, take mx1 offline, Send: mx1 is tried, mx2 delivers; undo restores the default', async () => {
    const { page, errors } = await openApp(browser, '?speed=20');
    await cardsReady(page);
    await tabTo(page, '[data-node="recipient-mx"] [role="button"]');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).stroke);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await tabTo(page, '[role=dialog] select');
    // "No answer (the connection times out)" is the next choice after "Yes, it answers".
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).toBe('r_mx1.example.org_t');
    await expect.poll(() => dialog.textContent()).toContain('mx1.example.org does not answer');
    await screenshot(page, 'card-mx1-offline');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-node]')?.getAttribute('data-node'))).toBe(
      'recipient-mx',
    );
    expect(await page.locator('[data-node="recipient-mx"]').getAttribute('data-changed')).toBe('offline');

    await recordActiveNodes(page);
    await tabTo(page, { text: 'Send' });
    await page.keyboard.press('Enter');
    // On to the end with the → shortcut, one step at a time (each step drawn), not in lesson time.
    await stepToEnd(page);
    await waitForFinish(page);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('delivered');
    const visited = await activeNodes(page);
    expect(visited.indexOf('recipient-mx')).toBeGreaterThan(-1);
    expect(visited.indexOf('recipient-mx2')).toBeGreaterThan(visited.indexOf('recipient-mx'));
    const seen = await markers(page);
    const tried = seen.attempts.filter((a) => a.includes('->recipient-mx'));
    expect(tried).toEqual(['no-answer sender-mta->recipient-mx', 'accepted sender-mta->recipient-mx2']);

    await tabTo(page, 'button[aria-label^="Undo: mx1.example.org"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).toBe('');
    expect(await page.locator('[data-node="recipient-mx2"]').count()).toBe(0);
    expect(await page.locator('[data-node="recipient-mx"]').getAttribute('data-changed')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the URL round-trips the edits: the world key opens the same world', async () => {
    const { page, errors } = await openApp(browser, '?world=r_mx1.example.org_t');
    expect(await page.locator('.ej').getAttribute('data-world')).toBe('r_mx1.example.org_t');
    await expect
      .poll(() => page.getByRole('region', { name: 'Your changes' }).textContent())
      .toContain('mx1.example.org does not answer');
    expect(await page.locator('[data-node="recipient-mx"]').getAttribute('data-changed')).toBe('offline');
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string };
      navigator.clipboard.writeText = async (text: string) => {
        w.__copied = text;
      };
    });
    await page.getByRole('button', { name: 'Copy link to this step' }).click();
    await page.getByText('Link copied.').waitFor();
    const copied = await page.evaluate(() => (window as unknown as { __copied: string }).__copied);
    expect(new URL(copied).searchParams.get('world')).toBe('r_mx1.example.org_t');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark', 'contrast'])('axe finds nothing with a card open (%s)', async (theme) => {
    const { page, errors } = await openApp(browser, `?theme=${theme}`);
    await page.locator('[data-node="dns"][data-card="true"]').click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('dialog').getByRole('combobox').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Remove the MX record mx1/ })
      .click();
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    if (theme === 'light') await screenshot(page, 'card-dns');
    expect(errors).toEqual([]);
    await page.close();
  });
});
