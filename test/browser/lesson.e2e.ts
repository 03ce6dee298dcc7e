// Issue 16 in Chromium: the first action above the fold, and after Send, at every step, the active
// node and the caption in view at projector and phone sizes, in both layouts; large type when presenting.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { everyStepInView } from './inView';
import { openApp } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  [1280, 800],
  [1920, 1080],
  [390, 844],
] as const;

/** The smallest on-screen font size (CSS px) of node titles and of host names. */
function typeSizes(page: Page): Promise<{ title: number; host: number }> {
  return page.evaluate(() => {
    const smallest = (selector: string) =>
      Math.min(
        ...[...document.querySelectorAll<SVGGraphicsElement>(selector)].map(
          (el) => parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 0),
        ),
      );
    return { title: smallest('[data-node] .ej-title'), host: smallest('[data-node] .ej-host') };
  });
}

/** The on-screen height (px) of a node title, a host name, a reply code's and a result's pill. */
function markSizes(page: Page): Promise<{ title: number; host: number; code: number; result: number }> {
  return page.evaluate(() => {
    const height = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
    return {
      title: height('[data-node] .ej-title'),
      host: height('[data-node] .ej-host'),
      code: height('.ej-code rect'),
      result: height('.ej-result rect'),
    };
  });
}

// The default layout (layout=full) is lessonLayout.e2e.ts's: the same checks at the same sizes.
describe('layout=present', () => {
  it.each(SIZES)(
    'at %i×%i the first action is above the fold, then node and caption stay in view, type readable',
    async (w, h) => {
      const { page, errors } = await openApp(browser, '?layout=present&pace=step', { width: w, height: h });
      // One primary button to start, inside the first screen.
      const start = page.locator('.ej-primary:visible');
      expect(await start.count()).toBe(1);
      expect((await start.textContent())?.trim()).toBe('Play');
      const box = await start.boundingBox();
      expect(box && box.y + box.height <= h && box.y >= 0).toBe(true);

      await start.click();
      if (w < 1280) {
        // The phone minimum holds when presenting too: titles >= 14 px and host names >= 12 px.
        await page.waitForSelector('[data-caption="compose"]');
        const sizes = await typeSizes(page);
        expect(sizes.title).toBeGreaterThanOrEqual(14);
        expect(sizes.host).toBeGreaterThanOrEqual(12);
      }
      const steps = await page.locator('.ej-timeline li').count();
      expect(steps).toBeGreaterThan(8);
      // Every step, with the → shortcut, in one round trip: each step's view as soon as both are in it.
      const views = await everyStepInView(page, steps);
      views.forEach((view, i) => expect({ i, ...view }).toMatchObject({ i, node: true, caption: true }));
      expect(views).toHaveLength(steps);
      if (w >= 1280) {
        const sizes = await typeSizes(page);
        expect(sizes.title).toBeGreaterThanOrEqual(16);
        expect(sizes.host).toBeGreaterThanOrEqual(13);
        // Picture and caption side by side or overlaid: the compose form is gone.
        expect(await page.locator('.ej-compose').count()).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('Full screen', () => {
  it('presents: picture and caption together, larger words in the picture, no compose form, until it is left', async () => {
    const { page } = await openApp(browser, '?scenario=unknown-user&step=12', { width: 1280, height: 800 });
    expect(await page.locator('.ej').getAttribute('data-layout')).toBe('full');
    await page.locator('.ej-code[data-code="550"]').waitFor();
    const full = await markSizes(page);
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => page.locator('.ej').getAttribute('data-layout')).toBe('present');
    expect(await page.locator('.ej-compose').count()).toBe(0);
    // Titles, host names and the marks that tell the failure (the reply code, the result) grow too.
    const present = await markSizes(page);
    expect(present.title).toBeGreaterThan(full.title);
    expect(present.host).toBeGreaterThan(full.host);
    expect(present.code).toBeGreaterThanOrEqual(full.code * 1.15);
    expect(present.result).toBeGreaterThanOrEqual(full.result * 1.15);
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await expect.poll(() => page.locator('.ej').getAttribute('data-layout')).toBe('full');
    await page.close();
  });
});

describe('pace=step', () => {
  it('waits after a step with Next and the mix-up note, and Space plays the next step', async () => {
    const { page } = await openApp(browser, '?pace=step&speed=20');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const next = page.getByRole('button', { name: 'Next', exact: true });
    await next.waitFor();
    expect(await page.locator('.ej').getAttribute('data-status')).toBe('paused');
    await next.click();
    await page.waitForSelector('[data-caption="submit"]');
    await next.waitFor();
    expect(await page.locator('.ej-myth').count()).toBe(1);
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-caption="sent"]');
    await page.close();
  });
});

describe('the lesson tools are accessible', () => {
  it('the settings menu, a wrong answer with its feedback, and the recap pass axe', async () => {
    const { page, errors } = await openApp(browser, '?checkpoints=1&speed=20&layout=present', {
      width: 1280,
      height: 800,
    });
    await page.getByRole('button', { name: 'Lesson settings' }).click();
    await page.getByRole('group', { name: 'Lesson settings' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Every setting shows in the page's address at once.
    await page.getByRole('checkbox', { name: /Projector theme/ }).check();
    await page.getByRole('radio', { name: 'Play on, slow enough to read' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('contrast');
    expect(new URL(page.url()).searchParams.get('pace')).toBe('auto');
    expect(new URL(page.url()).searchParams.get('checkpoints')).toBe('1');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    let first = true;
    for (;;) {
      await page.waitForFunction(
        () =>
          document.querySelector('.ej-checkpoint') ||
          document.querySelector('.ej')?.getAttribute('data-status') === 'finished',
      );
      if ((await page.locator('.ej-checkpoint').count()) === 0) break;
      // The question pausing the journey is whole in view, and so is the active node.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const whole = (b?: DOMRect) => Boolean(b && b.top >= 0 && b.bottom <= innerHeight);
            const card = document.querySelector('.ej-checkpoint')?.getBoundingClientRect();
            const node = document.querySelector('[data-node][data-active="true"] circle')?.getBoundingClientRect();
            return { card: whole(card), node: whole(node) };
          }),
        )
        .toEqual({ card: true, node: true });
      // The look-up line would give the answer away while a question is open.
      for (const edge of await page.locator(".ej-edge[data-kind='lookup']").all())
        expect(await edge.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
      await page.locator('.ej-checkpoint .ej-choices button').first().click();
      await page.locator('.ej-feedback').waitFor();
      if (first) expect(await axeViolations(page)).toEqual([]);
      first = false;
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.locator('[data-recap]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the worksheet', () => {
  it("prints the five key steps with their pictures, no captions, real answer lines and no controls, in the lesson's language", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
    await page.goto(`${inject('baseUrl')}/lesson.html?lang=de`);
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.key-steps email-journey')].map(
          (el) => el.shadowRoot?.querySelector('[data-caption]')?.getAttribute('data-caption') ?? null,
        ),
      );
    // The steps the questions ask about: a renumbered plan must not silently show other steps.
    await expect.poll(shown).toEqual(['submit', 'dns-mx', 'relay', 'store', 'read']);
    // Pictures without controls opened at a step never scroll the lesson away from its start.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The reaction line names the node as the picture does, never by its internal id.
    await page.evaluate(() => (document.getElementById('cross') as HTMLElement & { step(): void }).step());
    await expect.poll(() => page.locator('#cross-status').textContent()).toMatch(/^Schritt 1: jetzt bei Alices /);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      heading: document.getElementById('worksheet-heading')?.textContent,
      languages: [...document.querySelectorAll('.key-steps email-journey')].map((el) =>
        el.shadowRoot?.querySelector('.ej')?.getAttribute('lang'),
      ),
      // Each answer has lines drawn as borders (printed without background graphics), no background image.
      answers: [...document.querySelectorAll('.answer')].filter(
        (el) =>
          el.getBoundingClientRect().height > 60 &&
          getComputedStyle(el).backgroundImage === 'none' &&
          [...el.children].filter((line) => getComputedStyle(line).borderBottomStyle === 'solid').length >= 3,
      ).length,
      pictures: [...document.querySelectorAll('.key-steps email-journey')].filter(
        (el) => (el.shadowRoot?.querySelector('.ej-graph svg')?.getBoundingClientRect().height ?? 0) > 100,
      ).length,
      // The captions say what the questions ask: none is printed.
      captions: [...document.querySelectorAll('.key-steps email-journey')].filter(
        (el) => (el.shadowRoot?.querySelector('[data-caption]')?.getBoundingClientRect().height ?? 0) > 0,
      ).length,
      controls: [...document.querySelectorAll('email-journey')].filter((el) =>
        [...(el.shadowRoot?.querySelectorAll('.ej-playback, .ej-timeline, .ej-next') ?? [])].some(
          (c) => getComputedStyle(c).display !== 'none',
        ),
      ).length,
      demoLink: getComputedStyle(document.querySelector('.demo-link')!).display,
    }));
    expect(printed).toEqual({
      heading: '3. Arbeitsblatt: fünf wichtige Schritte',
      languages: ['de', 'de', 'de', 'de', 'de'],
      answers: 6,
      pictures: 5,
      captions: 0,
      controls: 0,
      demoLink: 'none',
    });
    await page.close();
  });
});
