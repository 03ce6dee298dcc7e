// Forging and defending in Chromium (issue 24): the markers the contract promises, on the final
// picture of three journeys, one page that switches journeys by link. What each journey does is the
// model's (test/model/forge.test.ts, presets.test.ts); here: what the real page draws, and that no
// line crosses a label and no label covers another.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { journey } from '../journeys';
import { launchChromium } from './chromium';
import { lineCrossings } from './lineCrossings';
import { finish, markers } from './picture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The final picture of a catalogue journey, in the page already open. */
async function finalPicture(page: Page, name: Parameters<typeof journey>[0]) {
  await page.goto(`${inject('baseUrl')}/?${journey(name).query}&motion=reduce&pace=auto`);
  await page.waitForSelector('[data-node]');
  await finish(page);
  const attributes = await page.evaluate(() => ({
    tls: Object.fromEntries(
      [...document.querySelectorAll('path.ej-edge[data-tls]')].map((e) => [
        e.getAttribute('data-edge'),
        e.getAttribute('data-tls'),
      ]),
    ),
    auth: document.querySelector('[data-auth]')?.getAttribute('data-auth') ?? null,
    taps: [...document.querySelectorAll('[data-tap]')].map((e) => e.getAttribute('data-tap')),
    attackers: [...document.querySelectorAll('[data-node][data-kind="attacker"]')].map((e) =>
      e.getAttribute('data-node'),
    ),
  }));
  return { ...(await markers(page)), ...attributes, crossings: await lineCrossings(page, ['sender-mta']) };
}

describe('forging and defending, as drawn', () => {
  it('STARTTLS stripped, stopped by MTA-STS, and a forgery in Junk: their marks, and nothing covered', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    const stripped = await finalPicture(page, 'starttls-stripped');
    expect(stripped.outcome).toBe('delivered');
    expect(stripped.attackers).toEqual(['mitm']);
    expect(stripped.tls).toMatchObject({ 'sender-msa->sender-mta': 'tls', 'sender-mta->recipient-mx': 'plain' });
    expect(stripped.taps.sort()).toEqual(['copy', 'plain']);
    expect(stripped.auth).toBe('spf=pass;dkim=pass;dmarc=pass');
    expect(stripped.crossings).toEqual([]);

    const enforced = await finalPicture(page, 'mta-sts-enforce');
    expect(enforced.outcome).toBe('deferred');
    expect(Object.values(enforced.tls)).not.toContain('plain');
    expect(enforced.taps).toEqual([]);
    expect(enforced.queues.length).toBe(1);
    expect(enforced.crossings).toEqual([]);

    const junk = await finalPicture(page, 'spoof-quarantine');
    expect(junk.outcome).toBe('quarantined');
    expect(junk.attackers).toEqual(['spoofer']);
    expect(junk.folders).toContain('junk');
    expect(junk.auth).toBe('spf=fail;dkim=fail;dmarc=fail');
    expect(junk.verdicts).toEqual(['ptr:pass spf:fail dkim:fail dmarc:fail']);
    expect(junk.crossings).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
