// Embedding in Chromium, on the example lesson page: the element, its events, isolation, the iframe, languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { de } from '../../src/i18n/de';
import { en as enCore } from '../../src/i18n/en';
import { enDetail } from '../../src/i18n/en-detail';

const en = { ...enCore, ...enDetail };
import { launchChromium } from './chromium';
import { messagesHandled, openApp, screenshot } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openLesson(query = ''): Promise<{ page: Page; errors: string[] }> {
  // Like a host page that allows its own inline styles (the host-CSS test adds one).
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/lesson.html${query}`);
  await page.waitForSelector('#bounce .ej [data-node="sender-client"]');
  return { page, errors };
}

/** The iframe demo for developers (issue 16 moved it off the lesson page). */
async function openDemo(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/embed-demo.html`);
  await page.waitForSelector('#framed');
  return { page, errors };
}

const statusOf = (page: Page, id: string) => page.locator(`#${id} .ej`).getAttribute('data-status');

describe('the example lesson page', () => {
  it('holds three independent journeys: sending one leaves the others idle', async () => {
    const { page, errors } = await openLesson();
    await page.locator('#cross').evaluate((el) => (el as HTMLElement & { send(): void }).send());
    await expect.poll(() => statusOf(page, 'cross')).not.toBe('idle');
    expect(await statusOf(page, 'same')).toBe('idle');
    expect(await statusOf(page, 'bounce')).toBe('idle');
    expect(await page.locator('#same [data-node="dns"]').count()).toBe(0);
    expect(await page.locator('#cross [data-node="dns"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends the documented events to the host page, which reacts to journeyend', async () => {
    const { page, errors } = await openLesson();
    await page.evaluate(() => {
      const log: { type: string; detail: Record<string, unknown> }[] = [];
      (window as unknown as { __events: typeof log }).__events = log;
      for (const type of ['journeystart', 'journeystep', 'journeyend'])
        document.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
    });
    await page.locator('#bounce').evaluate((el) => {
      el.setAttribute('speed', '20');
      (el as HTMLElement & { send(): void }).send();
    });
    await page.waitForSelector('#bounce .ej[data-status="finished"]');
    const events = await page.evaluate(
      () => (window as unknown as { __events: { type: string; detail: Record<string, unknown> }[] }).__events,
    );
    expect(events[0]).toMatchObject({
      type: 'journeystart',
      detail: { mode: 'cross-domain', to: 'bbob@example.org', scenario: 'unknown-user' },
    });
    const steps = events.filter((e) => e.type === 'journeystep');
    expect(steps[0]?.detail).toEqual({
      index: 0,
      stepId: 'compose',
      from: 'sender-client',
      to: 'sender-client',
      protocol: 'RFC 5322',
      port: null,
      status: 'playing',
    });
    expect(steps.map((e) => e.detail.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(events.at(-1)).toEqual({ type: 'journeyend', detail: { outcome: 'bounced', steps: 7 } });
    await expect.poll(() => page.locator('#bounce-status').textContent()).toBe('Finished: bounced after 7 steps.');
    expect(await page.locator('#bounce').getAttribute('data-lesson-outcome')).toBe('bounced');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('host CSS cannot restyle the component', async () => {
    const { page } = await openLesson();
    const look = () =>
      page.locator('#cross .ej-caption').evaluate((el) => {
        const style = getComputedStyle(el);
        return { color: style.color, fontSize: style.fontSize, font: style.fontFamily };
      });
    const before = await look();
    await page.addStyleTag({
      content: '* { color: red !important; font-size: 40px !important; font-family: fantasy !important }',
    });
    expect(await look()).toEqual(before);
    expect(before.fontSize).not.toBe('40px');
    await page.close();
  });

  it('attribute changes take effect without a reload, language included', async () => {
    const { page, errors } = await openLesson();
    await page.locator('#cross').evaluate((el) => el.setAttribute('mode', 'same-domain'));
    await expect.poll(() => page.locator('#cross [data-node="dns"]').count()).toBe(0);
    await page.locator('#cross').evaluate((el) => el.setAttribute('lang', 'de'));
    await expect
      .poll(() => page.locator('#cross .ej-caption').textContent())
      .toBe('Drücke „Senden“, um die Reise zu starten.');
    expect(await page.locator('#same .ej-caption').textContent()).toBe('Press Send to start the journey.');
    await page.addStyleTag({ content: '#same { --ej-primary: rgb(120, 0, 160); }' });
    await expect
      .poll(() => page.locator('#same .ej-playback .ej-primary').evaluate((b) => getComputedStyle(b).backgroundColor))
      .toBe('rgb(120, 0, 160)');
    await page.locator('#cross').evaluate((el) => el.setAttribute('theme', 'dark'));
    expect(await page.locator('#cross .ej').getAttribute('data-theme')).toBe('dark');
    await screenshot(page, 'lesson-page');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the iframe', () => {
  const frameStatus = (page: Page) => page.frameLocator('#framed').locator('.ej').getAttribute('data-status');

  it('obeys commands posted by its parent and reports events back', async () => {
    const { page, errors } = await openDemo();
    await page.locator('#framed').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#framed').getAttribute('data-last-event')).toBe('ready');
    await page.getByRole('button', { name: 'Send', exact: true }).last().click();
    await expect.poll(() => frameStatus(page)).toBe('playing');
    await page.getByRole('button', { name: 'Pause', exact: true }).last().click();
    await expect.poll(() => frameStatus(page)).toBe('paused');
    await page.getByRole('button', { name: 'Switch to same domain' }).click();
    await expect.poll(() => page.frameLocator('#framed').locator('[data-node="dns"]').count()).toBe(0);
    expect(await page.locator('#frame-status').textContent()).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores malformed messages', async () => {
    const { page, errors } = await openDemo();
    await expect.poll(() => page.locator('#framed').getAttribute('data-last-event')).toBe('ready');
    await page.evaluate(() => {
      const frame = (document.getElementById('framed') as HTMLIFrameElement).contentWindow;
      for (const message of [
        'send',
        null,
        42,
        { command: 'send' },
        { source: 'other', command: 'send' },
        { source: 'email-journey', command: 'explode' },
        { source: 'email-journey', command: 'set', config: '<script>' },
        { source: 'email-journey', command: 'set', config: { mode: { evil: true } } },
      ])
        frame?.postMessage(message, '*');
    });
    await messagesHandled(page, '#framed');
    expect(await frameStatus(page)).toBe('idle');
    expect(await page.frameLocator('#framed').locator('[data-node="dns"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with origin set, ignores commands from any other origin', async () => {
    const { page } = await openDemo();
    const own = new URL(inject('baseUrl')).origin;
    await page.locator('#framed').scrollIntoViewIfNeeded(); // the frame loads lazily
    for (const [origin, expected] of [
      ['https://elsewhere.example', 'idle'],
      [own, 'playing'],
    ] as const) {
      await page
        .locator('#framed')
        .evaluate(
          (el, o) => ((el as HTMLIFrameElement).src = `/embed.html?speed=1&origin=${encodeURIComponent(o)}`),
          origin,
        );
      await page.waitForFunction((o) => {
        const frame = (document.getElementById('framed') as HTMLIFrameElement).contentWindow;
        return (
          frame?.location.search.includes(encodeURIComponent(o)) &&
          frame.document.querySelector('[data-node="sender-client"]')
        );
      }, origin);
      await page.evaluate(() =>
        (document.getElementById('framed') as HTMLIFrameElement).contentWindow?.postMessage(
          { source: 'email-journey', command: 'send' },
          '*',
        ),
      );
      await messagesHandled(page, '#framed');
      expect(await frameStatus(page)).toBe(expected);
    }
    await page.close();
  });
});

describe('German', () => {
  /** Stretches of English catalogue text (between placeholders) that German must never show. */
  const englishFragments = (Object.keys(en) as (keyof typeof en)[])
    .filter((key) => en[key] !== de[key])
    .flatMap((key) => en[key].split(/\{\w+\}/))
    .map((f) => f.trim())
    .filter((f) => f.length >= 12 && f.includes(' ') && !Object.values(de).some((d) => d.includes(f)));

  it('shows no English string in any state of the app', async () => {
    const { page, errors } = await openApp(browser, '?lang=de&depth=expert&speed=20&checkpoints=1');
    const leftovers = async () => {
      const text = await page.locator('.ej').evaluate((el) => (el as HTMLElement).innerText);
      return englishFragments.filter((f) => text.includes(f));
    };
    expect(await leftovers()).toEqual([]);
    await page.getByRole('button', { name: 'Senden', exact: true }).click();
    await page.waitForSelector('.ej-checkpoint');
    expect(await leftovers()).toEqual([]);
    await page.locator('.ej-choices button').first().click();
    expect(await leftovers()).toEqual([]);
    await page.getByRole('button', { name: 'Weiter' }).click();
    for (const tab of ['Kopfzeilen', 'Umschlag und Brief', 'Postfach', 'Gespräch']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await leftovers()).toEqual([]);
    }
    await page.getByRole('button', { name: 'Tastenkürzel' }).click();
    expect(await leftovers()).toEqual([]);
    expect(await page.getByRole('dialog').textContent()).toContain('Abspielen oder anhalten');
    expect(errors).toEqual([]);
    await page.close();
  });
});
