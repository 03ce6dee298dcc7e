// The hardened page: a strict CSP that nothing violates, and no network request while a learner works.
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { eventLog, holdBack, openHost, otherSite } from './host';
import { jumpToEnd, stepToEnd, waitForFinish } from './page';
import { planOf, type PicturedName } from '../journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function watched(
  path: string,
  /** networkidle: everything the page fetches at load (and idle prefetch) is in before counting. */
  waitUntil: 'networkidle' | 'load' = 'networkidle',
  /** Listens for CSP violations from the first byte on (the tests about the CSP). */
  csp = true,
): Promise<{ page: Page; violations: string[]; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  if (csp) {
    await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
  }
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}${path}`, { waitUntil });
  // The browser's own fetch of the page's icon is not a request of the app.
  page.on('request', (r) => {
    if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
  });
  return { page, violations, requests, errors };
}

describe('hardening', () => {
  it('the app runs under a strict CSP (no inline script, no eval) without a single violation', async () => {
    const { page, violations, errors } = await watched('/?depth=expert&speed=20&checkpoints=1&pace=auto');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForSelector('.ej-checkpoint');
    await page.getByRole('button', { name: 'Skip the question' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await waitForFinish(page);
    await page.getByRole('button', { name: 'Embed this' }).click();
    await page.getByRole('dialog').waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes no network request while a journey plays, in Expert depth, with dialogs', async () => {
    const { page, requests } = await watched('/?speed=20&pace=auto', 'networkidle', false);
    await page.getByRole('radio', { name: 'Expert' }).check();
    // Expert detail is fetched on demand, when chosen; from then on nothing is fetched.
    await page.getByRole('tab', { name: 'Message header' }).waitFor();
    const chosen = requests.splice(0);
    expect(
      chosen.every((url) => /\/assets\/expert-[^/]*\.(js|css)$/.test(url)),
      chosen.join(' '),
    ).toBe(true);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    // Every step in turn, each with its panels, without waiting out its lesson time.
    await stepToEnd(page);
    await waitForFinish(page);
    await page.getByRole('tab', { name: 'Message header' }).click();
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await page.keyboard.press('Escape');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('the lesson page with its elements, and the iframe demo, also run under the CSP', async () => {
    const { page, violations, errors } = await watched('/lesson.html', 'load');
    await page.waitForSelector('#cross .ej [data-node="sender-client"]');
    await page.locator('#cross').evaluate((el) => (el as HTMLElement & { send(): void }).send());
    await page.goto(`${inject('baseUrl')}/embed-demo.html`, { waitUntil: 'load' });
    await page.locator('#framed').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#framed').getAttribute('data-last-event')).toBe('ready');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The page's one embed.html frame once it shows the journey (found by URL: it may change process). */
async function frameOf(page: Page): Promise<Frame> {
  // A cross-site frame may be swapped for a new Frame object when it moves to its own process, so
  // each poll looks the frame up again instead of waiting on one that may have been detached.
  // Chromium may hold back the animation frames of a cross-site frame scrolled out of view.
  await page.locator('iframe[src*="/embed.html"]').first().scrollIntoViewIfNeeded();
  let shown: Frame | undefined;
  const journeyShown = async () => {
    for (const frame of page.frames()) {
      if (!frame.url().includes('/embed.html')) continue;
      const drawn = await frame
        .locator('.ej [data-node="sender-client"]')
        .count()
        .catch(() => 0);
      if (drawn > 0) shown = frame;
    }
    return shown !== undefined;
  };
  await expect.poll(journeyShown, { timeout: 30_000 }).toBe(true);
  return shown as Frame;
}

const frameStatus = (frame: Frame) => frame.locator('.ej').getAttribute('data-status');

/** Posts a command from the host page to its frame, aimed at the app's origin. */
const command = (page: Page, message: Record<string, unknown>) =>
  page.evaluate(
    ([m, target]) =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow?.postMessage(
        { source: 'email-journey', ...m },
        target,
      ),
    [message, inject('baseUrl')] as const,
  );

/** Lets every message already posted to this page arrive: one posted now arrives after them. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
  );

// One real cross-site frame per kind of origin value: not one, one with a path, none. The other
// values of each kind take the same path and are checked in jsdom (test/embed/frame.test.tsx).
describe('the iframe and its origin key', () => {
  const origin = 'javascript:alert(1)';
  it(`origin=${origin} is reported once; the frame then neither obeys nor announces, and its own controls work`, async () => {
    const { page, errors, warnings } = await openHost(
      browser,
      `<iframe id="f" title="Journey" width="1200" height="860" src="${inject('baseUrl')}/embed.html?speed=20&pace=auto&controls=full&origin=${encodeURIComponent(origin)}"></iframe>`,
      { withElement: false },
    );
    const frame = await frameOf(page);
    const notice = frame.locator('.ej-notices li');
    await expect
      .poll(() => notice.allTextContents())
      .toEqual([
        `origin=${origin} is not a valid value, so the default (none) is used. Use the origin of the lesson site, such as https://lessons.example.org. Until then this frame takes no commands and tells no page what happens.`,
      ]);
    expect(await frame.locator('.ej-notices').getAttribute('role')).toBe('status');
    expect(warnings.filter((w) => w.startsWith('Email Journey: origin='))).toHaveLength(1);
    await command(page, { command: 'send' });
    await frame.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => frameStatus(frame)).not.toBe('idle');
    await frame.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => frameStatus(frame)).toBe('paused');
    await frame.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => frameStatus(frame)).not.toBe('paused');
    // Whether it announces is the question, not each step: on to the end at once.
    await jumpToEnd(frame);
    await expect.poll(() => frameStatus(frame), { timeout: 30_000 }).toBe('finished');
    await settle(page);
    expect(await eventLog(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  const suffix = '/lessons/unit-3/email.html?x=1';
  it(`origin with "${suffix}" after the host is cut to the origin, and that page may steer and hear the frame`, async () => {
    const site = await otherSite();
    const { page, errors } = await openHost(
      browser,
      `<iframe id="f" title="Journey" src="${inject('baseUrl')}/embed.html?speed=20&pace=auto&origin=${encodeURIComponent(site + suffix)}"></iframe>`,
      { withElement: false },
    );
    const frame = await frameOf(page);
    await expect.poll(async () => (await eventLog(page)).map((e) => e.type)).toEqual(['message:ready']);
    await command(page, { command: 'send' });
    await expect.poll(() => frameStatus(frame)).not.toBe('idle');
    // Every step in turn (each one announced), without waiting out its lesson time.
    await stepToEnd(frame);
    await expect.poll(() => frameStatus(frame), { timeout: 30_000 }).toBe('finished');
    await settle(page);
    const log = await eventLog(page);
    const steps = log.filter((e) => e.type === 'message:journeystep').length;
    expect(log[1]).toMatchObject({
      type: 'message:journeystart',
      detail: { mode: 'cross-domain', from: 'alice@example.com', to: 'bob@example.org', scenario: null, steps },
    });
    expect(log.at(-1)).toMatchObject({ type: 'message:journeyend', detail: { outcome: 'delivered', steps } });
    expect(await frame.locator('.ej-notices').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  const query = '&origin=';
  it('without an origin (empty), a page of another site learns nothing and steers nothing', async () => {
    const { page, errors } = await openHost(
      browser,
      `<iframe id="f" title="Journey" width="1200" height="860" src="${inject('baseUrl')}/embed.html?speed=20&pace=auto&controls=full${query}"></iframe>`,
      { withElement: false },
    );
    const frame = await frameOf(page);
    await command(page, { command: 'send' });
    await frame.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => frameStatus(frame)).not.toBe('idle');
    await jumpToEnd(frame);
    await expect.poll(() => frameStatus(frame), { timeout: 30_000 }).toBe('finished');
    await settle(page);
    expect(await eventLog(page)).toEqual([]);
    expect(await frame.locator('.ej-notices').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a set() answering ready while German loads applies in order: English, same domain', async () => {
    const site = await otherSite();
    const answer = `<script>addEventListener('message', (e) => { if (e.data && e.data.type === 'ready') e.source.postMessage({ source: 'email-journey', command: 'set', config: { lang: 'en', mode: 'same-domain' } }, e.origin); });</script>`;
    const { page, errors } = await openHost(browser, '', { withElement: false, logFrames: true });
    const release = await holdBack(page, /\/assets\/de-[^/]+\.js$/);
    await page.evaluate(
      ([html, src]) => {
        document.body.insertAdjacentHTML('beforeend', html);
        const script = document.createElement('script');
        script.textContent = /<script>(.*)<\/script>/s.exec(html)?.[1] ?? '';
        document.body.append(script);
        const iframe = document.createElement('iframe');
        iframe.id = 'f';
        iframe.title = 'Journey';
        iframe.src = src;
        document.body.append(iframe);
      },
      [answer, `${inject('baseUrl')}/embed.html?lang=de&origin=${encodeURIComponent(site)}`] as const,
    );
    await expect.poll(() => page.frames().some((f) => f.url().includes('/embed.html'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/embed.html')) as Frame;
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as { __log?: { type: string }[] }).__log?.map((e) => e.type)))
      .toContain('command:set');
    release();
    await frame.waitForSelector('.ej [data-node="sender-client"]');
    await expect.poll(() => frame.locator('.ej-caption').textContent()).toBe('Press Send to start the journey.');
    expect(await frame.locator('[data-node="dns"]').count()).toBe(0);
    expect(await frame.locator('html').getAttribute('lang')).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});

// The app page's own notice of a URL value with bidi controls, and share links that stay short, are
// checked in jsdom (test/embed/hostile.test.tsx); here, the same treatment in a real host page and frame.
describe('text from outside never reorders a sentence', () => {
  const RLO = '\u202E';

  it('an element attribute and an iframe origin with bidi controls get the same treatment', async () => {
    const { page, errors } = await openHost(
      browser,
      `<email-journey id="a" theme="${RLO}noen"></email-journey><iframe id="f" title="Journey" width="1200" height="700" src="${inject('baseUrl')}/embed.html?origin=${encodeURIComponent(`${RLO}https://x.example`)}"></iframe>`,
    );
    await expect.poll(() => page.locator('#a .ej-notices li bdi').first().textContent()).toBe('<U+202E>noen');
    const frame = await frameOf(page);
    await expect
      .poll(() => frame.locator('.ej-notices li bdi').first().textContent())
      .toBe('<U+202E>https://x.example');
    await page.locator('#a').screenshot({ path: '/tmp/issue-18/element-bidi-attribute.png' });
    await page.locator('#f').screenshot({ path: '/tmp/issue-18/iframe-bidi-origin.png' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('licences', () => {
  const bundled = [
    'react',
    'react-dom',
    'scheduler',
    'zustand',
    'postal-mime',
    'd3-ease',
    'd3-interpolate',
    'd3-selection',
    'd3-transition',
    'd3-color',
    'd3-dispatch',
    'd3-timer',
  ];

  it('the repository has an MIT LICENSE; it and the notices of every bundled package ship beside the built files', async () => {
    const licence = readFileSync('LICENSE', 'utf8');
    expect(licence).toContain('MIT License');
    expect(licence).toContain('Copyright (c) Email Journey contributors');
    for (const file of ['licenses.txt', 'email-journey.licenses.txt']) {
      const response = await fetch(`${inject('baseUrl')}/${file}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      for (const name of bundled) {
        const version = (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
          .version;
        expect(text, `${file} names ${name}`).toContain(`\n${name} ${version} (`);
      }
      expect(text).toContain('Copyright (c) Meta Platforms, Inc. and affiliates.');
      expect(text).toContain('Mike Bostock');
      expect(text).toContain('Andris Reinman');
      expect(text).toContain('see LICENSE.txt beside this one');
    }
    // The licence the notices point to is served beside them, as in dist/.
    const shipped = await fetch(`${inject('baseUrl')}/LICENSE.txt`);
    expect(shipped.status).toBe(200);
    expect(await shipped.text()).toBe(licence);
  });
});

describe('many elements, and elements removed', () => {
  // Five presets with five different endings, four elements of each, all on one page.
  const SCENARIOS = ['', 'unknown-user', 'greylisted', 'mailbox-full', 'no-such-domain'];
  const expected = (name: string) => planOf(name === '' ? 'default' : (name as PicturedName)).outcome;

  it('twenty elements playing at once each finish with their own outcome; once removed, none asks for a frame', async () => {
    const elements = Array.from({ length: 20 }, (_, i) => {
      const scenario = SCENARIOS[i % SCENARIOS.length]!;
      return `<email-journey id="j${i}" speed="0.25" pace="auto" controls="minimal"${scenario ? ` scenario="${scenario}"` : ''} style="height:240px"></email-journey>`;
    });
    const { page, errors } = await openHost(browser, elements.join(''));
    await page.waitForFunction(() => document.querySelectorAll('email-journey').length === 20);
    await page.evaluate(async () => {
      await customElements.whenDefined('email-journey');
      for (const el of document.querySelectorAll('email-journey')) (el as HTMLElement & { send(): void }).send();
    });
    // All twenty under way at the same time (slowly, so none ends early), then each taken to its end.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('email-journey')].filter(
              (el) => el.shadowRoot?.querySelector('.ej')?.getAttribute('data-status') === 'playing',
            ).length,
        ),
      )
      .toBe(20);
    const outcomes = await page.evaluate(async () => {
      const roots = [...document.querySelectorAll('email-journey')].map((el) => el.shadowRoot!.querySelector('.ej')!);
      for (const root of roots)
        for (const key of ['End', 'ArrowRight'])
          root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      while (roots.some((root) => root.getAttribute('data-status') !== 'finished'))
        await new Promise((resolve) => setTimeout(resolve, 20));
      return roots.map((root) => root.getAttribute('data-outcome'));
    });
    expect(outcomes).toEqual(Array.from({ length: 20 }, (_, i) => expected(SCENARIOS[i % SCENARIOS.length]!)));

    // Removed, they are let go at once: no animation frame is asked for afterwards.
    const frames = await page.evaluate(async () => {
      for (const el of document.querySelectorAll('email-journey')) (el as HTMLElement & { play(): void }).play();
      document.querySelectorAll('email-journey').forEach((el) => el.remove());
      await new Promise((resolve) => setTimeout(resolve, 50));
      let asked = 0;
      const ask = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        asked += 1;
        return ask(callback);
      };
      await new Promise((resolve) => setTimeout(resolve, 500));
      return asked;
    });
    expect(frames).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the early script', () => {
  it('methods called before the module arrives do not throw; they wait, in order, and the journey plays to its end', async () => {
    let release = () => {};
    const { page, errors, fetched } = await openHost(
      browser,
      // The host's own script calls all seven methods at once, as a page's script that runs before modules.
      `<email-journey id="a" scenario="unknown-user" pace="auto" controls="minimal"></email-journey>
      <script>
        const journey = document.getElementById('a');
        window.__thrown = [];
        for (const call of ['pause', 'back', 'step', 'reset', 'send', 'play'])
          try { journey[call](); } catch (error) { __thrown.push(call + ': ' + error.message); }
        try { journey.set({ speed: 20 }); journey.set({ speed: 999 }); } catch (error) { __thrown.push('set: ' + error.message); }
      </script>`,
      {
        head: `<script src="${inject('baseUrl')}/email-journey-early.js"></script>`,
        before: async (page) => (release = await holdBack(page, /\/email-journey\.js$/)),
        // The early script adds the module as a script element: the load event waits for it.
        waitUntil: 'domcontentloaded',
      },
    );
    // The module is held back: the host script has run against the early class alone.
    await expect.poll(() => fetched.some((url) => url.endsWith('/email-journey.js'))).toBe(true);
    expect(
      await page.evaluate(() => ({
        thrown: (window as unknown as { __thrown: string[] }).__thrown,
        journey: document.querySelector('email-journey')?.journey,
        drawn: document.querySelector('email-journey')?.shadowRoot !== null,
      })),
    ).toEqual({ thrown: [], journey: null, drawn: false });
    release();
    const root = page.locator('#a .ej');
    await expect.poll(() => root.getAttribute('data-status')).toBe('playing');
    expect(await page.evaluate(() => document.querySelector('email-journey')?.journey?.getState().speed)).toBe(20);
    await root.evaluate((el) => {
      for (const key of ['End', 'ArrowRight'])
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    });
    await expect
      .poll(async () => (await eventLog(page)).find((e) => e.type === 'journeyend')?.detail.outcome)
      .toBe(planOf('unknown-user').outcome);
    // The invalid set() could only be checked once the module was in: reported then, as uncaught.
    expect(errors).toEqual(['<email-journey>: set() cannot use speed=999 (nothing was applied).']);
    await page.close();
  });
});
