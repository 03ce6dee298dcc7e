// The end-to-end journey in real Chromium, against the production build: real playback in lesson time,
// the envelope moving mid-journey, and a phone-width layout. Same-domain stepping, the mode toggle and a
// link's bad values are checked in jsdom (test/view/App.test.tsx).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { activeNodes, openApp, recordActiveNodes, screenshot, waitForFinish } from './page';
import { CROSS_DOMAIN_NODES } from '../contract';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the journey in Chromium', () => {
  it('cross-domain: Send with nothing typed travels Alice → MSA → DNS → MX → store → IMAP → Bob', async () => {
    const { page, errors } = await openApp(browser, '?speed=20');
    await recordActiveNodes(page);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await waitForFinish(page);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('delivered');
    // The route in order of first visit; Bob's app then pulls: it asks the IMAP server, the answer comes back.
    const visited = await activeNodes(page);
    // The contract's route, and Alice's Sent copy on her own mailbox store (issue 15).
    expect([...new Set(visited)].filter((n) => n !== 'sender-store')).toEqual([...CROSS_DOMAIN_NODES]);
    expect(visited).toContain('sender-store');
    expect(visited.slice(visited.indexOf('recipient-store') + 1)).toEqual([
      'recipient-imap',
      'recipient-client',
      'recipient-imap',
      'recipient-client',
    ]);
    await expect.poll(() => page.locator('.ej-outcome').textContent()).toContain('Delivered');
    await screenshot(page, 'cross-domain-finished');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mid-journey: one node is active, its edge is highlighted, and the envelope is drawn', async () => {
    // Opened at step 2 (the submission to the MSA), then played: in the middle of the journey without
    // first waiting out step 1's lesson time, and slow enough (speed 1) to look at while it plays.
    const { page, errors } = await openApp(browser, '?speed=1&step=2');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForSelector('[data-node="sender-msa"][data-active="true"]', { timeout: 10_000 });
    expect(await page.locator('[data-active="true"][data-node]').count()).toBe(1);
    expect(await page.locator('[data-edge="sender-client->sender-msa"]').getAttribute('data-active')).toBe('true');
    expect(await page.locator('.ej-envelope').isVisible()).toBe(true);
    expect(await page.locator('.ej').getAttribute('data-status')).toBe('playing');
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.locator('.ej').getAttribute('data-status')).toBe('paused');
    await screenshot(page, 'cross-domain-paused');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a phone-width screen gets the top-to-bottom layout with no sideways scrolling', async () => {
    // Opened at step 3 (Alice's Sent copy) and played on to the hand-off to the MTA: mid-journey,
    // while playing, without first waiting out the steps before it.
    const { page, errors } = await openApp(browser, '?speed=3&step=3', { width: 360, height: 780 });
    await page.waitForSelector('[data-orientation="tall"]');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForSelector('[data-node="sender-mta"][data-active="true"]', { timeout: 15_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-360');
    expect(errors).toEqual([]);
    await page.close();
  });
});
