// The tracer in Chromium: paste, drop and open a real header; the picture and the table agree;
// bad input gets a message; nothing is requested while a header is read or replayed; and why a
// message landed where it did, shared by a private link.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLES } from '../../src/model/trace';
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
    const { page } = await openTracer('?trace=forwarded');
    await page.locator('.ejt-table').waitFor();
    await page.getByRole('button', { name: 'Show hop 4' }).click();
    expect(await page.locator('line[data-selected="true"]').getAttribute('data-edge')).toBe('4');
    expect(await page.locator('g[data-hop="4"]').getAttribute('data-selected')).toBe('true');
    await expect.poll(() => page.getByRole('heading', { name: 'Hop 4 of 5' }).count()).toBe(1);
    await page.close();
  });

  it('reads a dropped .eml file and a file from the file button', async () => {
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
    expect(errors).toEqual([]);
  });

  it('answers a photo, JSON, an empty paste and 5 MB of text with a message, never a frozen tab', async () => {
    const { page, errors } = await tracer();
    await dropFile(page, 'holiday.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'image/png');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not an email');
    await area(page).fill('{"from": "alice"}');
    await page.getByRole('button', { name: 'Trace this email' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('JSON');
    await area(page).fill('');
    await page.getByRole('button', { name: 'Trace this email' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('nothing to read');
    const received = SAMPLES.webmail.split('\n').slice(17, 20).join('\n');
    // 5 MB pasted from the clipboard: read directly, not put into the textarea.
    const huge = `${received}\n${'X-Filler: '.padEnd(1000, 'x')}\n`.repeat(5000);
    await area(page).evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, huge);
    await page.getByText('only its first 1.9 MB were read').waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Pasted \d+(\.\d)? MB of text/).count()).toBe(1);
    expect(await area(page).inputValue()).toBe('');
    expect(await page.evaluate(() => 1 + 1)).toBe(2); // the page still answers
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

// "Why did it land there?": a Microsoft 365 Junk message shows its decoded verdicts at the Microsoft
// hop, a hidden-address private link restores the trace with none of the originals in the link or
// the page, and opening it sends nothing anywhere.
const M365_JUNK = [
  'Received: from DM6PR10MB1234.namprd10.prod.outlook.com (2603:10b6:5:1::1) by SN6PR10MB5678.namprd10.prod.outlook.com with HTTPS; Tue, 14 Jan 2025 09:30:09 +0000',
  'Received: from BN8NAM11FT012.eop-nam11.prod.protection.outlook.com (2603:10b6:408:1::2) by DM6PR10MB1234.namprd10.prod.outlook.com (2603:10b6:5:1::1) with Microsoft SMTP Server id 15.20.1; Tue, 14 Jan 2025 09:30:08 +0000',
  'Authentication-Results: spf=softfail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=000',
  'Received: from mail.example.net (203.0.113.9) by BN8NAM11FT012.mail.protection.outlook.com (10.13.1.1) with Microsoft SMTP Server id 15.20.1 via Frontend Transport; Tue, 14 Jan 2025 09:30:06 +0000',
  'Received: from localhost (localhost [127.0.0.1]) by mail.example.net with ESMTP; Tue, 14 Jan 2025 09:30:05 +0000',
  'X-Forefront-Antispam-Report: CIP:203.0.113.9;CTRY:US;LANG:en;SCL:6;SRV:;IPV:NLI;SFV:SPM;H:mail.example.net;PTR:mail.example.net;CAT:SPOOF;DIR:INB;',
  'X-Microsoft-Antispam: BCL:7;',
  'From: Alice <alice@example.com>',
  'To: bob@contoso.example',
  'Subject: Invoice',
  'Date: Tue, 14 Jan 2025 09:30:04 +0000',
].join('\n');

const ORIGINALS = ['alice@example.com', 'bob@contoso.example', '203.0.113.9', '10.13.1.1', '2603:10b6:5:1::1'];

describe('why did it land there', () => {
  it('shows the Junk verdict at the Microsoft hop and shares it privately, addresses hidden', async () => {
    const { page, errors } = await tracer();
    await area(page).fill(M365_JUNK);
    await page.getByRole('button', { name: 'Trace this email' }).click();
    const verdicts = page.getByRole('region', { name: 'Verdicts, where they were made' });
    await expect.poll(() => verdicts.textContent()).toContain('Spam confidence level 6: spam');
    const group = page.locator('.ejt-why-group', { hasText: 'Microsoft 365 spam filter' });
    expect(await group.getAttribute('data-trusted')).toBe('true');
    expect(await group.getAttribute('data-hop')).toBe('2');
    expect(await page.locator('g.ejt-node[data-hop="2"]').getAttribute('data-verdicts')).toBe('trusted');
    expect(await page.locator('g.ejt-node[data-hop="1"]').getAttribute('data-upstream')).toBe('true');

    await page.getByRole('button', { name: 'Make the link' }).click();
    const link = await page.getByLabel('Private link to this trace').inputValue();
    for (const o of ORIGINALS) expect(decodeURIComponent(link)).not.toContain(o);

    const shared = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    shared.on('request', (r) => requests.push(r.url()));
    await shared.goto(link, { waitUntil: 'networkidle' });
    const restored = shared.getByRole('region', { name: 'Verdicts, where they were made' });
    await expect.poll(() => restored.textContent()).toContain('Spam confidence level 6: spam');
    expect(await shared.locator('.ejt-table tbody tr').count()).toBe(4);
    const panel = await shared.getByRole('tabpanel', { name: 'Trace a real email' }).textContent();
    for (const o of ORIGINALS) expect(panel).not.toContain(o);
    // The fragment never reaches a server: no request carries it.
    expect(requests.filter((r) => r.includes('ejtrace'))).toEqual([]);
    expect(errors).toEqual([]);
    await shared.close();
  });
});
