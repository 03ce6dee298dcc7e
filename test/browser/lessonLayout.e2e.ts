// The lesson's layout in Chromium: before Send the form and its Send button are in view;
// after Send the form folds to one line and the picture takes the room, so at every step the active
// node and the caption are in view (at projector sizes the whole picture and its controls, without
// scrolling), with readable type: node titles >= 16 px and host names >= 13 px at 1280×800 and
// 1920×1080; on a phone (390×844) titles >= 14 px and host names >= 12 px (when presenting too:
// lesson.e2e.ts checks that on its walk at 390×844).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { everyStepInView } from './inView';
import { openApp, type OpenPage } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The smallest type a learner reads in the picture, per size (CSS px on screen). */
const MINIMUM = { projector: { title: 16, host: 13 }, phone: { title: 14, host: 12 } };

interface Seen {
  step: string | null;
  node: boolean;
  caption: boolean;
  /** The picture and the playback bar, whole, inside the window. */
  stage: boolean;
  title: number;
  host: number;
  /** Whether the caption's side lies over the active node's circle, title or host name. */
  hidden: boolean;
}

function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const inside = (b: DOMRect | undefined) =>
      Boolean(b && b.bottom > 0 && b.right > 0 && b.top < innerHeight && b.left < innerWidth);
    const whole = (b: DOMRect | undefined) =>
      Boolean(b && b.top >= -1 && b.left >= -1 && b.bottom <= innerHeight + 1 && b.right <= innerWidth + 1);
    const caption = document.querySelector('[data-caption]');
    const smallest = (selector: string) =>
      Math.min(
        ...[...document.querySelectorAll<SVGGraphicsElement>(selector)].map(
          (el) => parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 0),
        ),
      );
    const side = document.querySelector('.ej-side')?.getBoundingClientRect();
    const parts = [
      ...document.querySelectorAll('[data-node][data-active="true"] :is(circle, .ej-title, .ej-host)'),
    ].map((el) => el.getBoundingClientRect());
    const hidden = Boolean(
      side &&
      side.width > 0 &&
      parts.some((p) => p.left < side.right && side.left < p.right && p.top < side.bottom && side.top < p.bottom),
    );
    return {
      hidden,
      step: caption?.getAttribute('data-caption') ?? null,
      node: inside(document.querySelector('[data-node][data-active="true"]')?.getBoundingClientRect()),
      caption: inside(caption?.getBoundingClientRect()),
      stage:
        whole(document.querySelector('.ej-graph')?.getBoundingClientRect()) &&
        whole(document.querySelector('.ej-playback')?.getBoundingClientRect()),
      title: smallest('[data-node] .ej-title'),
      host: smallest('[data-node] .ej-host'),
    };
  });
}

const doneSteps = (page: Page, n: number) =>
  page.waitForFunction((k) => document.querySelectorAll('.ej-timeline li[data-state="done"]').length === k, n);

/**
 * Send in view, then after Send the form folded away and, at every step, node, caption (and at a
 * projector the whole stage) in view, with readable type, on a page opened at `size`.
 */
async function sendThenEveryStep(page: Page, errors: string[], height: number, kind: keyof typeof MINIMUM) {
  // One primary button to start, named as the tagline says, inside the first screen.
  const start = page.locator('.ej-primary:visible');
  expect(await start.count()).toBe(1);
  expect((await start.textContent())?.trim()).toBe('Send');
  expect(await page.locator('.ej-header p').textContent()).toContain('Send');
  const send = page.getByRole('button', { name: 'Send', exact: true });
  const box = await send.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
  await send.click();
  await page.locator('.ej-compose-summary').waitFor();
  expect(await page.locator('.ej-compose').count()).toBe(0);
  const steps = await page.locator('.ej-timeline li').count();
  expect(steps).toBeGreaterThan(8);
  // The teacher never scrolls at a projector: the whole picture and its controls are in view.
  const projector = kind === 'projector';
  const views = await everyStepInView(page, steps, { stage: projector });
  const expected = projector ? { node: true, caption: true, stage: true } : { node: true, caption: true };
  views.forEach((view, i) => expect({ i, ...view }).toMatchObject({ i, ...expected }));
  expect(views).toHaveLength(steps);
  const seen = await look(page);
  expect(seen.title).toBeGreaterThanOrEqual(MINIMUM[kind].title);
  expect(seen.host).toBeGreaterThanOrEqual(MINIMUM[kind].host);
  expect(errors).toEqual([]);
}

const SEND_IN_VIEW =
  'Send in view, then the form folds away and node, caption and readable type stay in view at every step';

describe.each([
  [1920, 1080, 'projector'],
  [390, 844, 'phone'],
] as const)('the default layout at %i×%i', (width, height, kind) => {
  it(SEND_IN_VIEW, async () => {
    const { page, errors } = await openApp(browser, '?pace=step&speed=20', { width, height });
    await sendThenEveryStep(page, errors, height, kind);
    await page.close();
  });
});

/**
 * 1280×800 in English: one page, opened as the learner opens the app, serves the tests below in
 * turn (Send and every step; after Send, the folded form and axe), each from
 * the state the one before left, as a learner goes on; the page load is most of what each would
 * cost on its own.
 */
describe('the default layout at 1280×800', () => {
  let opened: Promise<OpenPage> | undefined;
  const classroom = () => (opened ??= openApp(browser, '?pace=step&speed=20', { width: 1280, height: 800 }));
  afterAll(async () => {
    await (await opened)?.page.close();
  });

  it(SEND_IN_VIEW, async () => {
    const { page, errors } = await classroom();
    await sendThenEveryStep(page, errors, 800, 'projector');
  });

  it('in en: the one-line email, the type minimums, and axe finds nothing', async () => {
    const { page, errors } = await classroom();
    // Back to the first step, then on to the second, as just after Send.
    if ((await page.locator('.ej-compose-summary').count()) === 0)
      await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.keyboard.press('Home');
    await doneSteps(page, 0);
    await afterSendChecks(page, errors, 'en');
  });
});

describe('the caption over the picture moves aside for the active node', () => {
  it.each(['forwarded', 'dmarc-reject'])('at 1280×800 in the %s journey, at every step', async (scenario) => {
    const { page } = await openApp(browser, `?scenario=${scenario}&pace=step&speed=20`, { width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const steps = await page.locator('.ej-timeline li').count();
    const views = await everyStepInView(page, steps, { stage: true, clear: true });
    views.forEach((view, i) =>
      expect({ i, ...view }).toMatchObject({ i, node: true, caption: true, stage: true, hidden: false }),
    );
    expect(views).toHaveLength(steps);
    await page.close();
  });
});

describe('the caption over the picture is whole at 1280×800', () => {
  // The shortest and the longest words: English Beginner (the default lesson) and German Expert.
  it.each([
    ['en', 'beginner'],
    ['de', 'expert'],
  ] as const)(
    'in %s, %s: every caption with its common mix-up fits (widened if need be) and hides no active node',
    async (lang, depth) => {
      const { page } = await openApp(browser, `?lang=${lang}&depth=${depth}&pace=step&speed=20`, {
        width: 1280,
        height: 800,
      });
      await page.locator('.ej-compose .ej-primary').click();
      const steps = await page.locator('.ej-timeline li').count();
      // Paused after each step, so the common mix-up is shown too.
      const views = await everyStepInView(page, steps, { stage: true, clear: true, paused: true });
      views.forEach((view, i) =>
        expect({ i, ...view, cut: view.cut <= 1 }).toMatchObject({
          i,
          node: true,
          caption: true,
          stage: true,
          hidden: false,
          cut: true,
        }),
      );
      expect(views).toHaveLength(steps);
      // A long caption widens the box; a short one after it gives the picture its room back.
      const wide = views.some((v) => v.wide);
      const narrowAgain = views.some((v, i) => !v.wide && views.slice(0, i).some((w) => w.wide));
      expect({ wide, narrowAgain }).toEqual({ wide: true, narrowAgain: true });
      await page.close();
    },
  );
});

/** After Send, on to the second step: the one-line email, the type minimums, and axe finds nothing. */
async function afterSendChecks(page: Page, errors: string[], lang: 'en' | 'de') {
  await page.keyboard.press('ArrowRight');
  await doneSteps(page, 1);
  const summary = page.locator('.ej-compose-summary');
  expect(await summary.textContent()).toContain(
    lang === 'de' ? 'alice@example.com an bob@example.org' : 'alice@example.com to bob@example.org',
  );
  await expect.poll(() => look(page)).toMatchObject({ node: true, caption: true, stage: true });
  const seen = await look(page);
  expect(seen.title).toBeGreaterThanOrEqual(16);
  expect(seen.host).toBeGreaterThanOrEqual(13);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
}

describe('after Send at 1280×800, in German too', () => {
  // The geometry does not change with the theme: the themes' colours are axe's, in access.e2e.ts.
  // English is checked on the page of the default layout at 1280×800, above.
  it('in de: the one-line email, the type minimums, and axe finds nothing', async () => {
    const { page, errors } = await openApp(browser, '?lang=de&pace=step&speed=20', { width: 1280, height: 800 });
    await page.locator('.ej-compose .ej-primary').click();
    await afterSendChecks(page, errors, 'de');
    await page.close();
  });
});
