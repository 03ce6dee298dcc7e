// Forwarding in Chromium: the forwarded, mailing-list and spoof presets run to their end in <email-journey>
// and in the iframe (embed.html) and report the right outcome and recipients; a recipient refused at a
// forwarder has its result drawn by that forwarder. What each recipient's result is, and which edges
// are drawn, is checked in jsdom (test/view/Picture.test.tsx); that no line crosses a label in these
// pictures, by picture.e2e.ts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { eventLog, openHost, otherSite, type LoggedEvent } from './host';
import { journeyFrame, jumpToEnd, openApp } from './page';
import { finish } from './picture';
import { journey } from '../journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const FORWARDED = {
  address: 'bob@alumni.example.net',
  field: 'to',
  outcome: 'delivered',
  branch: 'example.org',
  forwardedTo: 'bob@example.org',
};
const PRESETS = {
  forwarded: { outcome: 'delivered', recipients: [FORWARDED] },
  'mailing-list': {
    outcome: 'delivered',
    recipients: [{ ...FORWARDED, address: 'friends@alumni.example.net' }],
  },
  'dmarc-reject': {
    outcome: 'rejected',
    recipients: [{ address: 'bob@example.org', field: 'to', outcome: 'rejected', branch: 'example.org' }],
  },
} as const;
const NAMES = Object.keys(PRESETS) as (keyof typeof PRESETS)[];

describe('the forwarded, mailing-list and spoof presets in the element and the iframe', () => {
  it('<email-journey scenario="…">: each runs to its end and reports its outcome and recipients', async () => {
    const { page, errors } = await openHost(
      browser,
      NAMES.map((n) => `<email-journey id="${n}" scenario="${n}" speed="20" pace="auto"></email-journey>`).join(''),
    );
    for (const n of NAMES) await page.waitForSelector(`#${n} .ej [data-node]`);
    for (const n of NAMES) await page.locator(`#${n}`).evaluate((el) => (el as HTMLElement & { send(): void }).send());
    // To the end with the shortcuts (End, then →, unless it got there on its own): the report is the
    // end's. Each of these journeys is walked step by step, its errors watched, in picture.e2e.ts.
    for (const n of NAMES) await jumpToEnd(page, `#${n}`);
    const ends = async () => (await eventLog(page)).filter((e) => e.type === 'journeyend');
    await expect.poll(async () => (await ends()).length, { timeout: 30_000 }).toBe(NAMES.length);
    const byId = new Map((await ends()).map((e: LoggedEvent) => [e.id, e.detail]));
    for (const n of NAMES) {
      expect(byId.get(n)).toMatchObject({ outcome: PRESETS[n].outcome });
      expect(byId.get(n)?.recipients).toEqual(PRESETS[n].recipients);
      expect(await page.locator(`#${n} .ej`).getAttribute('data-outcome')).toBe(PRESETS[n].outcome);
    }
    // The pictures: the forwarder between Alice's relay and Bob's MX; the spoofer straight to the MX.
    expect(await page.locator('#forwarded [data-edge="forwarder-1->recipient-mx"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#mailing-list [data-edge="sender-mta->forwarder-1"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#dmarc-reject [data-edge="spoofer->recipient-mx"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('embed.html?scenario=…: each frame runs to its end and posts its outcome and recipients', async () => {
    const origin = encodeURIComponent(await otherSite());
    const frames = NAMES.map(
      (n) =>
        `<iframe id="${n}" title="${n}" width="420" height="320" src="${inject('baseUrl')}/embed.html?scenario=${n}&speed=20&pace=auto&autoplay=1&origin=${origin}"></iframe>`,
    );
    // Side by side, all in view: a frame out of view gets no animation frames, so its journey would not play.
    const { page } = await openHost(browser, frames.join(''), { withElement: false });
    // Autoplay has started each journey: from there to the end with the shortcuts (unless it got
    // there on its own), not in lesson time.
    for (const n of NAMES) await jumpToEnd(await journeyFrame(page, `scenario=${n}&`));
    const ends = async () => (await eventLog(page)).filter((e) => e.type === 'message:journeyend');
    await expect.poll(async () => (await ends()).length, { timeout: 30_000 }).toBe(NAMES.length);
    // The frames finish in any order; each preset's report is there exactly once.
    const reports = (await ends()).map((e) => JSON.stringify({ outcome: e.detail.outcome, r: e.detail.recipients }));
    const expected = NAMES.map((n) => JSON.stringify({ outcome: PRESETS[n].outcome, r: PRESETS[n].recipients }));
    expect(reports.sort()).toEqual(expected.sort());
    for (const n of NAMES)
      expect(await page.frameLocator(`#${n}`).locator('.ej').getAttribute('data-outcome')).toBe(PRESETS[n].outcome);
    await page.close();
  });
});

describe('a forwarding address beside other recipients of its domain', () => {
  it('carol@alumni, refused at the forwarder, has her result drawn by forwarder-1, nearer it than any other node', async () => {
    const { page, errors } = await openApp(browser, `?${journey('forwarding-beside-others').query}`);
    // To the last step and past it with the keys, not in lesson time. Each recipient's result, the
    // edges and the outcome are checked in jsdom (test/view/Picture.test.tsx); here only where the
    // drawn mark lands, which takes the real text boxes of its pill.
    await finish(page);
    expect(await page.locator('[data-recipient="carol@alumni.example.net"]').getAttribute('data-result')).toBe(
      'bounced',
    );
    // Carol is told at the forwarder that refused her: of all the nodes, the forwarder is the one her
    // result sits by. Every centre is read in one go, so nothing scrolls between two readings (a node's
    // centre is its circle's, without its labels).
    const nearest = await page.evaluate((who) => {
      const centre = (e: Element) => {
        const box = e.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const result = document.querySelector(`[data-recipient="${who}"]`);
      if (!result) return null;
      const at = centre(result);
      return [...document.querySelectorAll('[data-node]')]
        .map((n) => {
          const c = centre(n.querySelector('circle') ?? n);
          return [n.getAttribute('data-node'), Math.hypot(c.x - at.x, c.y - at.y)] as const;
        })
        .sort((x, y) => x[1] - y[1])[0]?.[0];
    }, 'carol@alumni.example.net');
    expect(nearest).toBe('forwarder-1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
