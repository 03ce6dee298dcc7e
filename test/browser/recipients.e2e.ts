// Several recipients in Chromium: each result shown once its branch has decided it, Bcc in the envelope
// only, the compose form's Cc, Bcc and options, and the cc and bcc keys through the element and the
// iframe. What each journey's final picture shows (the branches, the results, webmail, forwarding, the
// spoof) is checked by picture.e2e.ts, at the end of its step-by-step walk.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { eventLog, openHost, otherSite } from './host';
import { journeyFrame, jumpToEnd } from './page';
import { finish } from './picture';
import { journey } from '../journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const THREE = journey('three-recipients').query;

/** Opens the page on a journey: the spoof's picture has no Alice, so any node will do. */
async function open(query: string, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/${query}`);
  await page.waitForSelector('[data-node]');
  return { page, errors };
}

describe('three recipients in two domains and one local', () => {
  it('at the submission, Bcc is in the envelope and not in the letter, and no result is shown before its branch decided it', async () => {
    // Opened at step 2, the submission, where all three are spoken.
    const { page, errors } = await open(`?${THREE}&lang=en&motion=reduce&step=2`);
    expect(await page.locator('[data-recipient]').count()).toBe(0);
    await page.check('input[name="ej-depth"][value="expert"]');
    await page.getByRole('tab', { name: 'Envelope and letter' }).click();
    const envelope = await page.locator('[data-envelope="rcpt"]').innerText();
    const letter = await page.locator('[data-letter="recipients"]').innerText();
    expect(envelope).toContain('RCPT TO:<dave@example.net>');
    expect(envelope).toContain('RCPT TO:<bob@example.org>');
    expect(letter).toContain('bob@example.org');
    expect(letter).not.toContain('dave@example.net');
    // The step keys belong to the page, not to the tab list that has focus now.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await finish(page);
    expect(await page.locator('[data-recipient]').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the compose form', () => {
  it('keeps Cc, Bcc and the choices behind one button on the To row, and names the bad address', async () => {
    const { page } = await open('?lang=en', { width: 1280, height: 800 });
    const toggle = page.getByRole('button', { name: 'Cc, Bcc and options' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('Cc', { exact: true }).fill('carol@example.com, dave example.net');
    await expect.poll(() => page.locator('[data-field="cc"] .ej-error').innerText()).toContain('dave example.net');
    expect(await page.getByLabel('Cc', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Cc', { exact: true }).fill('carol@example.com');
    await page.getByRole('radio', { name: 'Webmail in the browser' }).check();
    expect(await page.locator('[data-node="sender-webmail"]').count()).toBe(1);
    // With webmail no app submits, so the port choice goes; with POP3, "leave a copy" appears.
    expect(await page.locator('[data-control="submission"]').count()).toBe(0);
    await page.check('input[name="ej-retrieval"][value="pop3"]');
    expect(await page.getByRole('checkbox', { name: 'POP3: leave a copy on the server' }).count()).toBe(1);
    await page.close();
  });

  it('opens with the disclosure shown when a link sets Bcc', async () => {
    const { page } = await open(`?${THREE}&lang=de`, { width: 390, height: 844 });
    expect(await page.getByRole('button', { name: 'Cc, Bcc und Optionen' }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Bcc', { exact: true }).inputValue()).toBe('dave@example.net');
    await page.close();
  });
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
