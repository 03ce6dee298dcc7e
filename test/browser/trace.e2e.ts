// The tracer in Chromium: paste, drop and open a real header; the picture and the table agree;
// nothing is requested while a header is read or replayed, and an Outlook .msg's reader is fetched
// only when one is opened; a forged right-to-left header's codes isolated by the stylesheet and its
// warning accessible; long pastes drawn in bounded DOM with the page still answering. (What the
// learner reads of bad and hostile input, real providers' headers, a UTF-16 file, "Copy table" and
// why a message landed where it did, shared by a private link, are checked in test/view/Trace.test.tsx,
// TraceHostile.test.tsx and TraceWhy.test.tsx.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLES } from '../../src/model/trace';
import { longChain } from '../../bench/trace/longChain.mjs';
import { outlookFile } from '../model/trace/outlookFile';
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

interface TracerPage {
  page: Page;
  errors: string[];
  requests: string[];
}

/** Opens the app, switches to the tracer, waits until its code is in, then starts counting requests. */
async function openTracer(query = '', viewport = { width: 1280, height: 900 }, bypassCSP = true): Promise<TracerPage> {
  const page = await browser.newPage({ viewport, bypassCSP });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/${query}`, { waitUntil: 'networkidle' });
  await page.getByRole('tab', { name: 'Trace a real email' }).click();
  await page.getByLabel('Message header (or the whole message)').waitFor();
  await page.waitForLoadState('networkidle');
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}

const area = (page: Page) => page.getByLabel('Message header (or the whole message)');

let opened: Promise<TracerPage> | undefined;

/**
 * The one tracer page (at 1280×900, under the tests' CSP) that the tests below share, each reading
 * its own input in it, as a learner reads one email after another (opening the app and its tracer
 * is most of what such a test would cost): errors and requests counted from now, the text area
 * empty, as on a page just opened.
 */
async function tracer(): Promise<TracerPage> {
  const shared = await (opened ??= openTracer());
  shared.errors.length = 0;
  await area(shared.page).fill('');
  shared.requests.length = 0;
  return shared;
}

/** Host labels of the picture's boxes in hop order, and the table's "By" column. */
async function pictureAndTable(page: Page) {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll<SVGGElement>('[data-hop]')].filter((n) => n.tagName === 'g');
    const picture = nodes
      .sort((a, b) => Number(a.dataset.hop) - Number(b.dataset.hop))
      .map((n) => n.querySelector('title')?.textContent?.split(' — ')[0] ?? '');
    const rows = [...document.querySelectorAll('.ejt-table tbody tr')];
    const by = rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? '');
    return { picture, by };
  });
}

async function dropFile(page: Page, name: string, content: string | number[], type = 'message/rfc822') {
  const transfer = await page.evaluateHandle(
    ({ name, content, type }) => {
      const data = new DataTransfer();
      const body = typeof content === 'string' ? content : new Uint8Array(content);
      data.items.add(new File([body], name, { type }));
      return data;
    },
    { name, content, type },
  );
  const zone = page.locator('.ejt-input');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

describe('tracing a real email in Chromium', () => {
  it('a pasted header becomes hops in order, and the picture and the table agree', async () => {
    const { page, errors, requests } = await tracer();
    await area(page).fill(SAMPLES.webmail);
    await page.getByRole('button', { name: 'Trace this email' }).click();
    await page.locator('.ejt-table').waitFor();
    const { picture, by } = await pictureAndTable(page);
    expect(by).toEqual([
      '2001:db8:a05:6a10::1',
      '2001:db8:a05:7a11::2',
      'smtp-out.example.com',
      'AM4PEPF00027A64.mail.protection.example.org',
      'AS8P189CA0041.eurprd04.prod.example.org',
      'DB9PR04MB8412.eurprd04.prod.example.org',
    ]);
    expect(picture).toEqual(['the sender’s app', ...by]);
    // Replay at 4× in equal steps: the active hop walks the route in order and ends.
    await page.getByRole('radio', { name: 'Equal steps' }).check();
    await page.getByLabel('Speed').last().selectOption('4');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __hops: string[] }).__hops = seen;
      new MutationObserver(() => {
        const hop = document.querySelector('g[data-hop][data-active="true"]')?.getAttribute('data-hop');
        if (hop && seen.at(-1) !== hop) seen.push(hop);
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-active'] });
    });
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.getByText('Hop 6 of 6', { exact: true }).first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __hops: string[] }).__hops))
      .toEqual(['1', '2', '3', '4', '5', '6']);
    await screenshot(page, 'trace-webmail');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('choosing a row highlights that hop on the picture', async () => {
    const { page, errors } = await tracer();
    await page.getByLabel('Or try a sample').selectOption('forwarded');
    await expect.poll(() => page.locator('.ejt-table tbody tr').count()).toBe(5);
    await page.getByRole('button', { name: 'Show hop 4' }).click();
    expect(await page.locator('line[data-selected="true"]').getAttribute('data-edge')).toBe('4');
    expect(await page.locator('g[data-hop="4"]').getAttribute('data-selected')).toBe('true');
    await expect.poll(() => page.getByRole('heading', { name: 'Hop 4 of 5' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('reads a dropped .eml file, a file from the file button and an Outlook .msg, its reader fetched only then', async () => {
    const { page, requests, errors } = await tracer();
    await dropFile(page, 'lunch.eml', SAMPLES.forwarded.replace(/\n/g, '\r\n'));
    await page.getByText('From the file lunch.eml').waitFor();
    // The name shows at once; the rows once the file is read (reading yields to the page between slices).
    await expect.poll(() => page.locator('.ejt-table tbody tr').count()).toBe(5);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'invoice.eml', mimeType: 'message/rfc822', buffer: Buffer.from(SAMPLES.greylisted) });
    await page.getByText('From the file invoice.eml').waitFor();
    await expect.poll(() => page.locator('.ejt-table tbody tr').count()).toBe(4);
    expect(requests).toEqual([]);
    // An Outlook .msg: its reader is fetched only now, and works in the built bundle.
    const msg = Buffer.from(outlookFile(SAMPLES.greylisted.replace(/\n/g, '\r\n'), 'Hello Bob'));
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'Lunch.msg', mimeType: 'application/vnd.ms-outlook', buffer: msg });
    await page.getByText('From the file Lunch.msg').waitFor();
    await page.getByText(/Read from an Outlook .msg file/).waitFor();
    expect(await page.locator('.ejt-table tbody tr').count()).toBe(4);
    expect(requests.filter((url) => /\/msg-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('runs under the real CSP with no violation', async () => {
    const { page, errors, requests } = await openTracer('', { width: 1280, height: 900 }, false);
    await page.getByLabel('Or try a sample').selectOption('small-server');
    await page.locator('.ejt-table').waitFor();
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.getByRole('button', { name: 'Copy table' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Copied|select the text/ })
      .waitFor();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['light', 360],
    ['dark', 1280],
    ['contrast', 1280],
  ] as const)('axe-core finds no violation in the %s theme at %i px', async (theme, width) => {
    const { page } = await openTracer(`?trace=greylisted&theme=${theme}`, { width, height: 900 });
    await page.locator('.ejt-table').waitFor();
    await page.getByRole('button', { name: 'Show hop 3' }).click();
    expect(await axeViolations(page)).toEqual([]);
    if (width === 360) await screenshot(page, `trace-${theme}-${width}`);
    await page.close();
  });
});

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
    await area(page).fill(FORGED);
    await page.getByRole('button', { name: 'Trace this email' }).click();
    // The page's earlier result stays until this one is read: the forged row tells them apart.
    const row = page.locator('.ejt-table tbody tr[data-hop="2"][data-forged="true"]');
    await row.waitFor();
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
