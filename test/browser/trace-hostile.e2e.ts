// The tracer in Chromium with real providers and hostile input: Microsoft 365 and Yahoo read for what
// they are, a forged right-to-left header shown and flagged, long pastes drawn in bounded DOM, a
// UTF-16 file and an Outlook .msg read, a result kept, and "Copy table" safe for spreadsheets.
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

async function openTracer(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
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

const cells = (page: Page, column: number) =>
  page
    .locator('.ejt-table tbody tr')
    .evaluateAll((rows, c) => rows.map((r) => r.querySelectorAll('th, td')[c]?.textContent ?? ''), column);

const M365 = `Received: from HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com
 (2603:1096:100:18::29) by SLXP216MB0381.KORP216.PROD.OUTLOOK.COM with HTTPS
 via SL2P216CA0019.KORP216.PROD.OUTLOOK.COM; Mon, 21 May 2018 05:08:01 +0000
Received: from HE1EUR01FT042.eop-EUR01.prod.protection.outlook.com
 (10.152.0.60) by HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com
 (10.152.1.254) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.20.776.10; Mon, 21 May
 2018 05:07:58 +0000
Authentication-Results: spf=pass (sender IP is 192.0.2.25)
 smtp.mailfrom=example.com; outlook.com; dkim=pass (signature was verified)
 header.d=example.com;outlook.com; dmarc=pass action=none
 header.from=example.com;
Received: from out1.example.com (192.0.2.25) by
 HE1EUR01FT042.mail.protection.outlook.com (10.152.0.108) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.776.10 via Frontend Transport; Mon, 21 May 2018 05:07:55 +0000
Received: from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
 by out1.example.com (Postfix) with ESMTPSA id 4Xk2Qd0Zz3z9; Mon, 21 May 2018 07:07:53 +0200
Date: Mon, 21 May 2018 07:07:52 +0200
From: Alice <alice@example.com>
Subject: Lunch on Friday?
`;

const YAHOO = `Received: from 127.0.0.1  (EHLO mail.example.com) (192.0.2.55)
  by mta1007.mail.sp2.yahoo.com with SMTPS; Tue, 14 Jan 2025 01:30:09 -0800
Authentication-Results: mta1007.mail.sp2.yahoo.com; dkim=pass header.i=@example.com;
  spf=pass smtp.mailfrom=example.com; dmarc=pass(p=REJECT) header.from=example.com;
Received: from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
  by mail.example.com (Postfix) with ESMTPSA id 4Xk2Qd0Zz3z9; Tue, 14 Jan 2025 10:30:05 +0100
Date: Tue, 14 Jan 2025 10:30:04 +0100
From: Alice <alice@example.com>
Subject: Lunch on Friday?
`;

/** The forged line: a right-to-left override around a reversed name, and one inside `by`. */
const FORGED = `Received: from \u202Emoc.elgoog.liam\u202C (\u202Emoc.elgoog.liam\u202C [192.0.2.9])
\tby example.org\u202E.attacker.example.net\u202C with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000
Received: from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
\tby smtp.example.com (Postfix) with ESMTPSA; Tue, 14 Jan 2025 09:30:01 +0000
`;

describe('real providers, read for what they are', () => {
  it('Microsoft 365: the HTTPS hop is the delivery into the mailbox, the verdicts are the receiver’s, one organisation', async () => {
    const { page, errors } = await tracer();
    await trace(page, M365);
    expect(await cells(page, 2)).toEqual([
      'out1.example.com',
      'HE1EUR01FT042.mail.protection.outlook.com',
      'HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com',
      'SLXP216MB0381.KORP216.PROD.OUTLOOK.COM',
    ]);
    expect(await page.locator('g.ejt-node').evaluateAll((n) => n.map((g) => g.getAttribute('data-role')))).toEqual([
      'origin',
      'submission',
      'border',
      'internal',
      'delivery',
    ]);
    await page.getByRole('button', { name: 'Show hop 4' }).click();
    await expect
      .poll(() => page.locator('.ejt-caption-main').textContent())
      .toContain('delivered the message into the mailbox store (HTTPS)');
    expect(await page.locator('.ejt-caption-main').textContent()).not.toContain('webmail');
    const summary = page.locator('.ejt-summary');
    expect(await summary.textContent()).toContain('Written inside outlook.com');
    expect(await summary.textContent()).not.toContain('cannot vouch');
    expect(
      await page.locator('[data-method]').evaluateAll((l) => l.map((li) => li.getAttribute('data-result'))),
    ).toEqual(['pass', 'pass', 'pass']);
    // One zone for Microsoft's front door, filters and mailbox servers.
    expect(await page.locator('.ejt-zone .ej-zone-label').allTextContents()).toContain('outlook.com');
    await screenshot(page, 'trace-microsoft365');
    expect(errors).toEqual([]);
  });

  it('Yahoo: the EHLO name and the client address, not 127.0.0.1; its MX, not a filter', async () => {
    const { page, errors } = await tracer();
    await trace(page, YAHOO);
    // The sender's own hop lies below Yahoo's border: labelled as the sender's side wrote it.
    expect(await cells(page, 1)).toEqual([
      'dsl-45.example.net [203.0.113.45] could be forged',
      'mail.example.com [192.0.2.55]',
    ]);
    expect(await page.locator('g.ejt-node[data-hop="2"]').getAttribute('data-role')).toBe('border');
    await page.getByRole('button', { name: 'Show hop 2' }).click();
    await expect.poll(() => page.locator('.ejt-caption-main').textContent()).toContain('incoming server (MX)');
    await screenshot(page, 'trace-yahoo');
    expect(errors).toEqual([]);
  });
});

describe('hostile input', () => {
  it('a forged right-to-left header: codes shown in the table, caption and raw line, the hop flagged', async () => {
    const { page, errors } = await tracer();
    await trace(page, FORGED);
    const row = page.locator('.ejt-table tbody tr[data-hop="2"]');
    expect(await row.getAttribute('data-forged')).toBe('true');
    expect(await cells(page, 1)).toContain('<U+202E>moc.elgoog.liam<U+202C> [192.0.2.9]hidden characters: forged?');
    expect(await cells(page, 2)).toContain('example.org<U+202E>.attacker.example.net<U+202C>');
    // Isolated: the cell's text is inside <bdi>, whose direction cannot leak.
    expect(
      await row
        .locator('bdi')
        .first()
        .evaluate((b) => getComputedStyle(b).unicodeBidi),
    ).toBe('isolate');
    await page.getByRole('button', { name: 'Show hop 2' }).click();
    await page.locator('.ejt-forged-warning').waitFor();
    expect(await page.locator('.ejt-raw').textContent()).toContain(
      'from <U+202E>moc.elgoog.liam<U+202C> (<U+202E>moc.elgoog.liam<U+202C> [192.0.2.9])',
    );
    expect(await page.locator('.ejt-caption-main').textContent()).toContain('<U+202E>');
    expect(await page.locator('.ejt-result').textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
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
    expect(await page.locator('.ejt-table tbody tr').count()).toBe(100);
    expect(await page.locator('g.ejt-node').count()).toBeLessThanOrEqual(36);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(errors).toEqual([]);
  });

  it('"Trace this email" after pasting 2,000 lines keeps the result', async () => {
    const { page } = await tracer();
    await paste(page, longChain(2000));
    await page.locator('[data-hops="2000"]').waitFor({ timeout: 30_000 });
    expect(await area(page).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Trace this email' }).click();
    await expect.poll(() => page.locator('[data-phase]').getAttribute('data-phase')).toBe('ready');
    expect(await page.locator('[data-hops="2000"]').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('a UTF-16 .eml file with a byte-order mark (Notepad’s “Unicode”) is read as text', async () => {
    const { page } = await tracer();
    const text = `\ufeff${SAMPLES.greylisted.replace(/\n/g, '\r\n')}`;
    const buffer = Buffer.from(text, 'utf16le');
    await page.locator('input[type=file]').setInputFiles({ name: 'unicode.eml', mimeType: 'message/rfc822', buffer });
    await page.getByText('From the file unicode.eml').waitFor();
    await expect.poll(() => page.locator('.ejt-table tbody tr').count()).toBe(4);
    expect(await page.getByRole('alert').count()).toBe(0);
    // An Outlook .msg on the same page: its reader is fetched only now, and works in the built bundle.
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    const msg = Buffer.from(outlookFile(SAMPLES.greylisted.replace(/\n/g, '\r\n'), 'Hello Bob'));
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'Lunch.msg', mimeType: 'application/vnd.ms-outlook', buffer: msg });
    await page.getByText('From the file Lunch.msg').waitFor();
    await page.getByText(/Read from an Outlook .msg file/).waitFor();
    expect(await page.locator('.ejt-table tbody tr').count()).toBe(4);
    expect(fetched.filter((url) => /\/msg-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('"Copy table" neutralises cells a spreadsheet would run', async () => {
    const { page } = await tracer();
    await trace(
      page,
      `Received: from =HYPERLINK("http://evil.example/?x","click") by @SUM.example.net with +ESMTP; Tue, 14 Jan 2025 09:30:05 +0000
Received: from -2+3.example.com by =IMAGE.example.org with ESMTP; Tue, 14 Jan 2025 09:30:01 +0000
`,
    );
    await page.getByRole('button', { name: 'Copy table' }).click();
    await page.getByText('Copied as tab-separated text.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const rows = copied.split('\n').map((line) => line.split('\t'));
    expect(rows[1]!.slice(1, 4)).toEqual(["'-2+3.example.com", "'=IMAGE.example.org", 'ESMTP']);
    expect(rows[2]![1]).toMatch(/^'=HYPERLINK/);
    expect(rows[2]!.slice(2, 4)).toEqual(["'@SUM.example.net", "'+ESMTP"]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
