// The tracer in Chromium with hostile input, for what needs a real browser: a forged right-to-left
// header's codes isolated by the stylesheet and its warning accessible, long pastes drawn in bounded
// DOM with the page still answering. (What the learner reads of them, and real providers' headers, a
// UTF-16 file and "Copy table", are checked in test/view/TraceHostile.test.tsx.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLES } from '../../src/model/trace';
import { longChain } from '../../bench/trace/longChain.mjs';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { screenshot } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await (await opened)?.page.close();
  await browser?.close();
});

async function openTracer(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/`, { waitUntil: 'networkidle' });
  await page.getByRole('tab', { name: 'Trace a real email' }).click();
  await area(page).waitFor();
  return { page, errors };
}

const area = (page: Page) => page.getByLabel('Message header (or the whole message)');

let opened: Promise<{ page: Page; errors: string[] }> | undefined;

/**
 * The one tracer page of this file, for a test to trace its own input in, as a learner traces one
 * email after another (opening the app and its tracer is most of what a test here would cost): its
 * errors counted from now, its text area empty, as on a page just opened.
 */
async function tracer(): Promise<{ page: Page; errors: string[] }> {
  const shared = await (opened ??= openTracer());
  shared.errors.length = 0;
  await area(shared.page).fill('');
  return shared;
}

async function trace(page: Page, text: string) {
  await area(page).fill(text);
  await page.getByRole('button', { name: 'Trace this email' }).click();
  await page.locator('.ejt-table tbody tr').first().waitFor();
}

/** What the clipboard API would get: a paste event, as the learner's Ctrl+V delivers it. */
async function paste(page: Page, text: string) {
  await area(page).evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The forged line: a right-to-left override around a reversed name, and one inside `by`. */
const FORGED = `Received: from \u202Emoc.elgoog.liam\u202C (\u202Emoc.elgoog.liam\u202C [192.0.2.9])
\tby example.org\u202E.attacker.example.net\u202C with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000
Received: from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
\tby smtp.example.com (Postfix) with ESMTPSA; Tue, 14 Jan 2025 09:30:01 +0000
`;

describe('hostile input', () => {
  it('a forged right-to-left header: its codes isolated by the stylesheet, the warning accessible', async () => {
    const { page, errors } = await tracer();
    await trace(page, FORGED);
    const row = page.locator('.ejt-table tbody tr[data-hop="2"]');
    // Isolated: the cell's text is inside <bdi>, whose direction the stylesheet keeps from leaking.
    expect(
      await row
        .locator('bdi')
        .first()
        .evaluate((b) => getComputedStyle(b).unicodeBidi),
    ).toBe('isolate');
    await page.getByRole('button', { name: 'Show hop 2' }).click();
    await page.locator('.ejt-forged-warning').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'trace-bidi-forged');
    expect(errors).toEqual([]);
  });

  it('3,000 pasted Received lines: a page of the table and a folded picture, in bounded DOM', async () => {
    const { page, errors } = await tracer();
    await paste(page, longChain(3000));
    await page.locator('[data-hops="3000"] .ejt-table tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.ejt-table tbody tr').count()).toBe(100);
    expect(await page.getByText('Hops 1–100 of 3,000').count()).toBe(1);
    const boxes = await page.locator('g.ejt-node').count();
    expect(boxes).toBeLessThanOrEqual(36);
    expect(await page.locator('g.ejt-node[data-folded]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'trace-3000-lines');
    expect(errors).toEqual([]);
  });

  it('5 MB of pasted Received lines: bounded DOM, the page answers', async () => {
    const { page, errors } = await tracer();
    const received = SAMPLES.webmail
      .split('\n\n')[0]!
      .split('\n')
      .filter((l) => !/^(Date|From|To|Subject):/.test(l));
    const huge = `${received.join('\n')}\n`.repeat(Math.ceil(5e6 / (received.join('\n').length + 1)));
    await paste(page, huge);
    await page.getByText('only its first 1.9 MB were read').waitFor({ timeout: 60_000 });
    // Read directly from the clipboard, not put into the text area (which would freeze the tab).
    expect(await page.getByText(/Pasted \d+(\.\d)? MB of text/).count()).toBe(1);
    expect(await area(page).inputValue()).toBe('');
    expect(await page.locator('.ejt-table tbody tr').count()).toBe(100);
    expect(await page.locator('g.ejt-node').count()).toBeLessThanOrEqual(36);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(errors).toEqual([]);
  });
});
