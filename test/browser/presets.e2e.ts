// The failure library in Chromium: each preset's outcome, defining line and closing caption.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import {
  activeNodes,
  openApp,
  recordActiveNodes,
  recordTranscript,
  screenshot,
  stepToEnd,
  transcriptSeen,
  waitForFinish,
} from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PRESETS = [
  ['unknown-user', 'bounced', '550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown'],
  ['no-such-domain', 'bounced', ';; ->>HEADER<<- status: NXDOMAIN (RCODE 3), ANSWER: 0'],
  ['null-mx', 'bounced', 'Diagnostic-Code: X-Postfix; 556 5.1.10 Recipient address has null MX'],
  ['no-mx', 'delivered', ';; ->>HEADER<<- status: NOERROR, ANSWER: 0'],
  ['primary-mx-down', 'delivered', '220 mx2.example.org ESMTP ready'],
  ['all-mx-down', 'deferred', '(connect to mx2.example.org:25: Connection timed out)'],
  ['greylisted', 'delivered', '451 4.7.1 Greylisted, try again later'],
  ['auth-failed', 'rejected', '535 5.7.8 Authentication credentials invalid'],
  // Issue 15: a spoof, refused at the MX; the refusal goes back to the spoofer and Alice gets no bounce.
  ['dmarc-reject', 'rejected', '550 5.7.1 Email rejected per DMARC policy for example.com'],
  ['spam', 'quarantined', 'a2 SELECT Junk'],
  ['mailbox-full', 'bounced', '552 5.2.2 Mailbox full'],
  ['too-large', 'rejected', '552 5.3.4 Message size exceeds fixed maximum message size'],
  ['relay-denied', 'bounced', '554 5.7.1 <erin@example.net>: Relay access denied'],
] as const;

describe('the failure library in Chromium', () => {
  it.each(PRESETS)('%s ends %s and shows “%s”', async (preset, outcome, line) => {
    const { page, errors } = await openApp(browser, `?scenario=${preset}&speed=20&depth=expert`);
    await recordActiveNodes(page);
    await recordTranscript(page);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    // The conversation panel loads lazily: it is there before the steps go by.
    await page.waitForSelector('.ej-transcript');
    // Step by step to the end (every step shown in turn, without waiting out its lesson time).
    await stepToEnd(page);
    await waitForFinish(page);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe(outcome);
    const seen = await transcriptSeen(page);
    expect(seen.some((text) => text.includes(line))).toBe(true);
    expect((await page.locator('.ej-outcome').textContent())?.length).toBeGreaterThan(20);
    expect(await page.locator('.ej-caption').textContent()).not.toBe('');
    const nodes = await activeNodes(page);
    if (preset === 'dmarc-reject') expect(nodes.at(-1)).toBe('spoofer');
    else if (outcome === 'bounced' || outcome === 'rejected') expect(nodes.at(-1)).toBe('sender-client');
    if (preset === 'unknown-user' || preset === 'greylisted') await screenshot(page, `preset-${preset}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a delivered journey ends with the raw message: one Received per server, newest on top', async () => {
    const { page, errors } = await openApp(browser, '?speed=20&depth=expert');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await stepToEnd(page);
    await waitForFinish(page);
    await page.getByRole('tab', { name: 'Message header' }).click();
    await page.getByRole('button', { name: 'Show original' }).click();
    const raw = (await page.locator('.ej-raw').textContent()) ?? '';
    const by = [...raw.matchAll(/\tby (\S+)/g)].map((m) => m[1]);
    expect(by).toEqual([
      'store.example.org',
      'filter.example.org',
      'mx1.example.org',
      'out1.example.com',
      'smtp.example.com',
    ]);
    expect(raw.startsWith('Return-Path: <alice@example.com>')).toBe(true);
    await screenshot(page, 'show-original');
    expect(errors).toEqual([]);
    await page.close();
  });
});
