// Several recipients in Chromium: the cc and bcc keys through the element in a real host page and
// through a cross-site iframe. Bcc in the envelope only, each result shown once its branch has decided
// it, and the compose form's Cc, Bcc and options are checked in jsdom (test/view/recipientLabels.test.tsx).
// What each journey's final picture shows (the branches, the results, webmail, forwarding, the spoof)
// is checked by picture.e2e.ts, at the end of its step-by-step walk.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { eventLog, openHost, otherSite } from './host';
import { journeyFrame, jumpToEnd } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the element and the iframe take the new keys', () => {
  it('<email-journey cc="…"> sends to the Cc recipient and reports every recipient in journeyend', async () => {
    const { page, errors } = await openHost(
      browser,
      '<email-journey id="j" cc="carol@example.com" bcc="dave@example.net" speed="20" pace="auto"></email-journey>',
    );
    await page.waitForSelector('#j .ej [data-node="sender-client"]');
    await page.locator('#j').evaluate((el) => (el as HTMLElement & { send(): void }).send());
    // To the end with the shortcuts (End, then →, unless it got there on its own), not in lesson
    // time: the report is the end's.
    await jumpToEnd(page, '#j');
    await expect
      .poll(async () => (await eventLog(page)).some((e) => e.type === 'journeyend'), { timeout: 30_000 })
      .toBe(true);
    const end = (await eventLog(page)).find((e) => e.type === 'journeyend')!;
    expect(end.detail.recipients).toEqual([
      { address: 'bob@example.org', field: 'to', outcome: 'delivered', branch: 'example.org' },
      { address: 'carol@example.com', field: 'cc', outcome: 'delivered', branch: null },
      { address: 'dave@example.net', field: 'bcc', outcome: 'bounced', branch: 'example.net' },
    ]);
    expect(await page.locator('#j [data-recipient="carol@example.com"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('embed.html?bcc=… sends to the Bcc recipient and posts the results to the page', async () => {
    const origin = await otherSite();
    const { page } = await openHost(
      browser,
      `<iframe id="f" title="Journey" width="1200" height="860" src="${inject('baseUrl')}/embed.html?bcc=dave@example.net&speed=20&autoplay=1&origin=${encodeURIComponent(origin)}"></iframe>`,
      { withElement: false },
    );
    // Autoplay has started the journey: from there to the end with the shortcuts (unless it got
    // there on its own), not in lesson time.
    await expect
      .poll(async () => (await eventLog(page)).some((e) => e.type === 'message:journeystart'), { timeout: 30_000 })
      .toBe(true);
    await jumpToEnd(await journeyFrame(page, '/embed.html'));
    await expect
      .poll(async () => (await eventLog(page)).some((e) => e.type === 'message:journeyend'), { timeout: 30_000 })
      .toBe(true);
    const end = (await eventLog(page)).find((e) => e.type === 'message:journeyend')!;
    expect(end.detail.recipients).toEqual([
      { address: 'bob@example.org', field: 'to', outcome: 'delivered', branch: 'example.org' },
      { address: 'dave@example.net', field: 'bcc', outcome: 'bounced', branch: 'example.net' },
    ]);
    await page.close();
  });
});
