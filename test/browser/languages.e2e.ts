// Languages in a real browser: Arabic right to left on the page (its chrome mirrored, its picture's
// labels apart at every step, addresses left to right in their own isolates, nothing for axe), and
// a French, a Spanish and an Arabic element side by side on one host page, each in its language and
// direction, its words fetched from the built chunk. (That no English is left at any step in these
// languages is checked in jsdom: test/i18n/noEnglishLeft/.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wholeCatalogue } from '../i18n/catalogues';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { openHost } from './host';
import { lineCrossings } from './lineCrossings';
import { openApp, screenshot } from './page';
import { walkEveryStep } from './picture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LRI = '\u2066';
const PDI = '\u2069';

/** The caption's text, its left-to-right isolates, and whether each reads left to right on screen. */
function captionIsolates(page: Page) {
  return page.evaluate(
    ({ lri, pdi }) => {
      const caption = document.querySelector('.ej-caption')!;
      const text = caption.textContent ?? '';
      const runs = [...text.matchAll(new RegExp(`${lri}([^${pdi}]*)${pdi}`, 'g'))].map((m) => m[1] ?? '');
      // Each run's first character is drawn left of its last: the run kept its own direction.
      const walker = document.createTreeWalker(caption, NodeFilter.SHOW_TEXT);
      const inOrder: boolean[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (const match of value.matchAll(new RegExp(`${lri}([^${pdi}]{2,})${pdi}`, 'g'))) {
          const at = (offset: number) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return range.getBoundingClientRect();
          };
          const start = (match.index ?? 0) + 1;
          const first = at(start);
          const last = at(start + (match[1]?.length ?? 1) - 1);
          inOrder.push(first.top !== last.top || first.left < last.left);
        }
      }
      return { text, runs, inOrder };
    },
    { lri: LRI, pdi: PDI },
  );
}

const pressKey = (page: Page, key: string) =>
  page.evaluate((k) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })), key);

describe('Arabic on the page', () => {
  it('is right to left, keeps addresses in left-to-right isolates, and no label meets another at 1280×800 or 390×844', async () => {
    const { page, errors } = await openApp(browser, '?lang=ar&depth=expert&motion=reduce&step=12', {
      width: 1280,
      height: 800,
    });
    await page.waitForSelector('.ej[data-step="12"] .ej-caption[data-caption]');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
      'rtl',
      'ar',
    ]);
    const root = page.locator('.ej');
    expect([await root.getAttribute('dir'), await root.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    // The chrome mirrors: the playback bar's first button (restart) sits at its right.
    const buttons = page.locator('.ej-playback-buttons button');
    const [first, last] = [await buttons.first().boundingBox(), await buttons.last().boundingBox()];
    expect(first!.x).toBeGreaterThan(last!.x);
    // Step 12's caption names a host, a domain and a DMARC record: each a left-to-right isolate, in
    // the order the sentence gives them, each drawn left to right.
    const { text, runs, inOrder } = await captionIsolates(page);
    expect(runs).toEqual(expect.arrayContaining(['mx1.example.org', 'example.com']));
    expect(text.indexOf('mx1.example.org')).toBeLessThan(text.lastIndexOf('example.com'));
    expect(text).toMatch(/[\u0600-\u06FF]/);
    expect(inOrder.length).toBeGreaterThan(1);
    expect(inOrder.every(Boolean)).toBe(true);
    // The message's summary and the picture's host names stay as written.
    expect(await page.locator('[data-node="recipient-mx"] text.ej-host').textContent()).toBe('mx1.example.org');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'arabic-1280x800');

    await pressKey(page, 'Home');
    const wide = await walkEveryStep(page);
    const wideCrossings = await lineCrossings(page, ['sender-mta']);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector('.ej-graph[data-orientation="tall"]');
    await pressKey(page, 'Home');
    const tall = await walkEveryStep(page);
    const tallCrossings = await lineCrossings(page);
    await screenshot(page, 'arabic-390x844');
    expect({ wide, wideCrossings, tall, tallCrossings }).toEqual({
      wide: [],
      wideCrossings: [],
      tall: [],
      tallCrossings: [],
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a French, a Spanish and an Arabic element, and an Arabic iframe, on one page', () => {
  it('each speak and lay out in their own language, whatever the host page’s direction', async () => {
    const { page, errors } = await openHost(
      browser,
      '<div dir="rtl"><email-journey id="fr" lang="fr"></email-journey></div><email-journey id="ar" lang="ar"></email-journey>' +
        '<email-journey id="es" lang="es"></email-journey>' +
        `<iframe title="Email Journey" src="${inject('baseUrl')}/embed.html?lang=ar" width="800" height="600"></iframe>`,
    );
    const shown = (id: string) =>
      page.locator(`#${id}`).evaluate((element) => {
        const root = element.shadowRoot?.querySelector('.ej');
        return root
          ? {
              lang: root.getAttribute('lang'),
              dir: root.getAttribute('dir'),
              direction: getComputedStyle(root).direction,
              send: root.querySelector('.ej-compose button[type="submit"]')?.textContent,
            }
          : null;
      });
    const fr = wholeCatalogue('fr');
    const ar = wholeCatalogue('ar');
    const es = wholeCatalogue('es');
    await expect
      .poll(() => shown('fr'))
      .toEqual({ lang: 'fr', dir: 'ltr', direction: 'ltr', send: fr['compose.send'] });
    await expect
      .poll(() => shown('ar'))
      .toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl', send: ar['compose.send'] });
    await expect
      .poll(() => shown('es'))
      .toEqual({ lang: 'es', dir: 'ltr', direction: 'ltr', send: es['compose.send'] });
    // The iframe's page is Arabic from its <html> down.
    const frame = () => page.frames().find((f) => f.url().includes('/embed.html'));
    await expect
      .poll(() =>
        frame()?.evaluate(() => [
          document.documentElement.lang,
          document.documentElement.dir,
          document.querySelector('.ej')?.getAttribute('dir'),
        ]),
      )
      .toEqual(['ar', 'rtl', 'rtl']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
