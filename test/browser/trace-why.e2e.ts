// "Why did it land there?" in Chromium: a Microsoft 365 Junk message shows its decoded verdicts at
// the Microsoft hop, a hidden-address private link restores the trace with none of the originals
// in the link or the page, and opening it sends nothing anywhere.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

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
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('baseUrl')}/?trace=1`, { waitUntil: 'networkidle' });
    const area = page.getByLabel('Message header (or the whole message)');
    await area.fill(M365_JUNK);
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
    const tracer = await shared.getByRole('tabpanel', { name: 'Trace a real email' }).textContent();
    for (const o of ORIGINALS) expect(tracer).not.toContain(o);
    // The fragment never reaches a server: no request carries it.
    expect(requests.filter((r) => r.includes('ejtrace'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
    await shared.close();
  });
});
