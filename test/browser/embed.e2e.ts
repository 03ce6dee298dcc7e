// Embedding in Chromium, on the example lesson page: the element, its events, isolation, the iframe, languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { de, en } from '../i18n/catalogues';
import { launchChromium } from './chromium';
import { eventLog, holdBack, openHost, stateOf } from './host';
import { messagesHandled, openApp, screenshot, stepToEnd } from './page';

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
  // One lesson page for these tests, each leaving its journeys idle or finished; the host styles
  // that restyle the page (which the component must ignore) come last.
  let lesson: { page: Page; errors: string[] };
  beforeAll(async () => {
    lesson = await openLesson();
  });
  afterAll(async () => {
    await lesson?.page.close();
  });

  it('holds three independent journeys: sending one leaves the others idle', async () => {
    const { page, errors } = lesson;
    await page.locator('#cross').evaluate((el) => (el as HTMLElement & { send(): void }).send());
    await expect.poll(() => statusOf(page, 'cross')).not.toBe('idle');
    expect(await statusOf(page, 'same')).toBe('idle');
    expect(await statusOf(page, 'bounce')).toBe('idle');
    expect(await page.locator('#same [data-node="dns"]').count()).toBe(0);
    expect(await page.locator('#cross [data-node="dns"]').count()).toBe(1);
    expect(errors).toEqual([]);
    // Idle again for the next tests on this page.
    await page.locator('#cross').evaluate((el) => (el as HTMLElement & { reset(): void }).reset());
    await expect.poll(() => statusOf(page, 'cross')).toBe('idle');
  });

  it('sends the documented events to the host page, which reacts to journeyend', async () => {
    const { page, errors } = lesson;
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
    // Every step in turn with → on the element, each step's event as when it plays, not in lesson time.
    await stepToEnd(page, '#bounce');
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
    // One event per step of the plan, in order (the refusal, the bounce and Alice fetching it).
    const total = steps.length;
    expect(total).toBeGreaterThan(7);
    expect(steps.map((e) => e.detail.index)).toEqual([...Array(total).keys()]);
    expect(events.at(-1)).toMatchObject({ type: 'journeyend', detail: { outcome: 'bounced', steps: total } });
    await expect
      .poll(() => page.locator('#bounce-status').textContent())
      .toBe(`Finished: bounced after ${total} steps.`);
    expect(await page.locator('#bounce').getAttribute('data-lesson-outcome')).toBe('bounced');
    expect(errors).toEqual([]);
  });

  it('attribute changes take effect without a reload, language included', async () => {
    const { page, errors } = lesson;
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
  });
  it('host CSS cannot restyle the component', async () => {
    const { page, errors } = lesson;
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
    expect(errors).toEqual([]);
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
        // All keys or none: a valid mode does not apply beside an invalid speed.
        { source: 'email-journey', command: 'set', config: { mode: 'same-domain', speed: 999 } },
        // Messages arrive in order: once this one has applied, every one before it was handled.
        { source: 'email-journey', command: 'set', config: { theme: 'dark' } },
      ])
        frame?.postMessage(message, '*');
    });
    await expect.poll(() => page.frameLocator('#framed').locator('.ej').getAttribute('data-theme')).toBe('dark');
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
      // The frame is of this page's origin: a listener of ours in it tells when the message was handled.
      await page.evaluate(() => {
        const frame = (document.getElementById('framed') as HTMLIFrameElement).contentWindow as Window & {
          __seen?: number;
        };
        frame.__seen = 0;
        frame.addEventListener('message', () => (frame.__seen = (frame.__seen ?? 0) + 1));
        frame.postMessage({ source: 'email-journey', command: 'send' }, '*');
      });
      await page.waitForFunction(
        () =>
          ((document.getElementById('framed') as HTMLIFrameElement).contentWindow as Window & { __seen?: number })
            .__seen === 1,
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

type JourneyElement = HTMLElement & {
  send(): void;
  play(): void;
  pause(): void;
  step(): void;
  back(): void;
  reset(): void;
  set(values: Record<string, unknown>): void;
};

describe('the element loaded from another site and path', () => {
  it('loads the tracer, the details panel and German as chunks beside email-journey.js, only when used', async () => {
    const { page, errors, fetched } = await openHost(browser, '<email-journey id="a" depth="expert"></email-journey>');
    await page.waitForSelector('#a .ej [data-node="sender-client"]');
    const base = inject('baseUrl');
    const first = [...fetched];
    expect(first[0]).toBe(`${base}/email-journey.js`);
    expect(first.every((url) => url === `${base}/email-journey.js` || url.startsWith(`${base}/email-journey/`))).toBe(
      true,
    );
    expect(first.some((url) => /TraceMode|\/de-/.test(url))).toBe(false);
    // Expert depth: the details panel arrives as its own chunk (Expert detail, src/embed/expert.ts).
    await expect.poll(() => fetched.some((url) => url.startsWith(`${base}/email-journey/expert-`))).toBe(true);
    await page.locator('#a').evaluate((el) => el.setAttribute('lang', 'de'));
    await expect
      .poll(() => page.locator('#a .ej-caption').textContent())
      .toBe('Drücke „Senden“, um die Reise zu starten.');
    await page.locator('#a').evaluate((el) => el.setAttribute('trace', '1'));
    await page.waitForSelector('#a .ejt-layout[data-tool="trace"]');
    expect(fetched.some((url) => url.startsWith(`${base}/email-journey/de-`))).toBe(true);
    expect(fetched.some((url) => url.startsWith(`${base}/email-journey/TraceMode-`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('queues commands called before the element is on the page and replays them in order', async () => {
    const { page, errors } = await openHost(browser, '<main id="spot"></main>');
    const thrown = await page.evaluate(async () => {
      await customElements.whenDefined('email-journey');
      const el = document.createElement('email-journey') as JourneyElement;
      el.id = 'late';
      el.setAttribute('speed', '20');
      el.send();
      el.pause();
      el.step();
      el.back();
      el.step();
      el.step();
      let message = '';
      try {
        el.set({ speed: 999 });
      } catch (error) {
        message = `${(error as Error).name}: ${(error as Error).message}`;
      }
      document.getElementById('spot')?.append(el);
      return message;
    });
    expect(thrown).toBe('TypeError: <email-journey>: set() cannot use speed=999 (nothing was applied).');
    await expect.poll(() => stateOf(page, '#late')).toMatchObject({ status: 'paused', cursor: 2, speed: 20 });
    const log = await eventLog(page);
    expect(log.map((e) => (e.type === 'journeystep' ? e.detail.index : e.type))).toEqual([
      'journeystart',
      0,
      1,
      0,
      1,
      2,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applies step and autoplay at once on a mounted element', async () => {
    const { page, errors } = await openHost(browser, '<email-journey id="a" speed="0.25"></email-journey>');
    await page.waitForSelector('#a .ej [data-node="sender-client"]');
    await page.locator('#a').evaluate((el) => el.setAttribute('step', '4'));
    await expect.poll(() => stateOf(page, '#a')).toMatchObject({ status: 'paused', cursor: 3 });
    expect(await page.locator('#a .ej').getAttribute('data-status')).toBe('paused');
    await page.locator('#a').evaluate((el) => el.setAttribute('autoplay', '1'));
    await expect.poll(() => stateOf(page, '#a')).toMatchObject({ status: 'playing', cursor: 3 });
    const log = await eventLog(page);
    expect(log.map((e) => [e.type, e.detail.index ?? null])).toEqual([['journeystep', 3]]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the last attribute written wins while German is still loading', async () => {
    const { page, errors } = await openHost(browser, '<main id="spot"></main>');
    const release = await holdBack(page, /\/email-journey\/de-[^/]+\.js$/);
    await page.evaluate(async () => {
      await customElements.whenDefined('email-journey');
      const el = document.createElement('email-journey');
      el.id = 'race';
      el.setAttribute('lang', 'de');
      document.getElementById('spot')?.append(el);
      el.setAttribute('lang', 'en');
      el.setAttribute('mode', 'same-domain');
    });
    release();
    await page.waitForSelector('#race .ej [data-node="sender-client"]');
    await expect.poll(() => stateOf(page, '#race')).toMatchObject({ lang: 'en', mode: 'same-domain' });
    expect(await page.locator('#race .ej-caption').textContent()).toBe('Press Send to start the journey.');
    expect(await page.locator('#race [data-node="dns"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('1,000 quick lang toggles end with the state on the last attribute', async () => {
    const { page, errors } = await openHost(browser, '<email-journey id="a"></email-journey>');
    await page.waitForSelector('#a .ej [data-node="sender-client"]');
    const release = await holdBack(page, /\/email-journey\/de-[^/]+\.js$/);
    const last = await page.locator('#a').evaluate((el) => {
      for (let i = 0; i < 1000; i += 1) el.setAttribute('lang', i % 2 === 0 ? 'de' : 'en');
      el.setAttribute('lang', 'de');
      for (let i = 0; i < 999; i += 1) el.setAttribute('lang', i % 2 === 0 ? 'en' : 'de');
      return el.getAttribute('lang');
    });
    release();
    expect(last).toBe('en');
    await expect.poll(() => stateOf(page, '#a')).toMatchObject({ lang: 'en' });
    expect(await page.locator('#a .ej-caption').textContent()).toBe('Press Send to start the journey.');
    await page.locator('#a').evaluate((el) => el.setAttribute('lang', 'de'));
    await expect
      .poll(() => page.locator('#a .ej-caption').textContent())
      .toBe('Drücke „Senden“, um die Reise zu starten.');
    expect(await stateOf(page, '#a')).toMatchObject({ lang: 'de' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its journey and step when removed and added back, or moved', async () => {
    const { page, errors } = await openHost(
      browser,
      '<section id="one"><email-journey id="a" speed="0.25"></email-journey></section><section id="two"></section>',
    );
    await page.waitForSelector('#a .ej [data-node="sender-client"]');
    await page.locator('#a').evaluate((el) => {
      (el as JourneyElement).send();
      el.setAttribute('step', '3');
      (el as JourneyElement).play();
    });
    await expect.poll(() => stateOf(page, '#a')).toMatchObject({ status: 'playing', cursor: 2 });
    await page.evaluate(() => {
      const el = document.getElementById('a') as HTMLElement;
      el.remove();
      document.getElementById('one')?.append(el);
    });
    await expect.poll(() => stateOf(page, '#a')).toMatchObject({ status: 'paused', cursor: 2 });
    expect(await page.locator('#a .ej').getAttribute('data-status')).toBe('paused');
    await page.evaluate(() => document.getElementById('two')?.append(document.getElementById('a') as HTMLElement));
    expect(await stateOf(page, '#a')).toMatchObject({ status: 'paused', cursor: 2 });
    expect(await page.locator('#two #a .ej [data-node][data-active="true"]').count()).toBe(1);
    const log = await eventLog(page);
    expect(log.filter((e) => e.type === 'journeystart')).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the polite notice for bad attribute values, at load and when changed', async () => {
    const { page, errors } = await openHost(
      browser,
      '<email-journey id="a" theme="neon" speed="999" to="not an address"></email-journey>',
    );
    const items = page.locator('#a .ej-notices li');
    await expect
      .poll(() => items.allTextContents())
      .toEqual([
        'to=not an address is not a valid value, so the default (bob@example.org) is used. Use an address such as bob@example.org.',
        'speed=999 is not a valid value, so the default (1) is used. Use a number from 0.25 to 20.',
        'theme=neon is not a valid value, so the default (light) is used. Use light, dark or contrast.',
      ]);
    expect(await stateOf(page, '#a')).toMatchObject({ theme: 'light', speed: 1 });
    await page.locator('#a').evaluate((el) => {
      el.removeAttribute('theme');
      el.removeAttribute('speed');
      el.removeAttribute('to');
      el.setAttribute('mode', 'sideways');
    });
    await expect
      .poll(() => items.allTextContents())
      .toEqual([
        'mode=sideways is not a valid value, so the default (cross-domain) is used. Use cross-domain or same-domain.',
      ]);
    expect(await page.locator('#a .ej-notices').getAttribute('role')).toBe('status');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('set() applies every key or none', async () => {
    const { page, errors } = await openHost(browser, '<email-journey id="a"></email-journey>');
    await page.waitForSelector('#a .ej [data-node="sender-client"]');
    const tries = await page.locator('#a').evaluate((el) => {
      const j = el as JourneyElement;
      const outcome = (values: unknown) => {
        try {
          j.set(values as Record<string, unknown>);
          return 'applied';
        } catch (error) {
          return (error as Error).message;
        }
      };
      return [
        outcome({ mode: 'same-domain', theme: 'dark', speed: 999 }),
        outcome({ mode: 'same-domain', colour: 'red' }),
        outcome('same-domain'),
        outcome({ mode: 'same-domain', theme: 'dark', speed: 3 }),
      ];
    });
    expect(tries).toEqual([
      '<email-journey>: set() cannot use speed=999 (nothing was applied).',
      '<email-journey>: set() does not know colour (the keys are listed in the README) (nothing was applied).',
      '<email-journey>: set() takes an object of configuration keys, such as { mode: "same-domain" } (nothing was applied).',
      'applied',
    ]);
    // The mode shows in the scenario, which the engine derives once the later tier is in.
    await expect.poll(() => stateOf(page, '#a')).toMatchObject({ mode: 'same-domain', theme: 'dark', speed: 3 });
    expect(await page.locator('#a').evaluate((el) => el.getAttribute('speed'))).toBe('3');
    expect(errors).toEqual([]);
    await page.close();
  });
});
