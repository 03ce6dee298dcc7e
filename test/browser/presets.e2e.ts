// A preset followed in Expert depth in Chromium, and the raw message a delivered journey ends with.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import {
  activeNodes,
  openApp,
  recordActiveNodes,
  recordTranscript,
  screenshot,
  jumpToEnd,
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

describe('a preset in Expert depth, in Chromium', () => {
  // Every preset's outcome and defining line are the model's (test/model/presets.test.ts), and every
  // journey's final picture is walked in picture.e2e.ts; here one bounce is followed in the Expert
  // panels, step by step as a learner would, to Alice's app where the bounce comes back.
  it('unknown-user bounces: the refusal shows in the conversation, the outcome is told, the bounce comes back to Alice', async () => {
    const { page, errors } = await openApp(browser, '?scenario=unknown-user&speed=20&depth=expert');
    await recordActiveNodes(page);
    await recordTranscript(page);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    // The conversation panel loads lazily: it is there before the steps go by.
    await page.waitForSelector('.ej-transcript');
    // Step by step to the end (every step shown in turn, without waiting out its lesson time).
    await stepToEnd(page);
    await waitForFinish(page);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('bounced');
    const seen = await transcriptSeen(page);
    expect(
      seen.some((text) => text.includes('550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown')),
    ).toBe(true);
    expect((await page.locator('.ej-outcome').textContent())?.length).toBeGreaterThan(20);
    expect(await page.locator('.ej-caption').textContent()).not.toBe('');
    expect((await activeNodes(page)).at(-1)).toBe('sender-client');
    await screenshot(page, 'preset-unknown-user');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a delivered journey ends with the raw message: one Received per server, newest on top', async () => {
    const { page, errors } = await openApp(browser, '?speed=20&depth=expert');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await jumpToEnd(page);
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
