// Access for everyone in Chromium: axe-core in every state, theme and width; keyboard only; hammering.
// Links that open at a step, and the link a step's button copies, are checked in jsdom (test/view/Playback.test.tsx).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { openApp, screenshot, waitForFinish } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  // Every theme at the classroom width, and the light theme on a phone too: a theme changes colours
  // only, and the phone's layout (folded form, tall picture) is the same parts in the same colours.
  const cases = [
    ['light', 360],
    ['light', 1280],
    ['dark', 1280],
    ['contrast', 1280],
  ] as const;
  it.each(cases)('theme %s at %i px: idle, mid-journey (Expert) and finished', async (theme, width) => {
    const { page, errors } = await openApp(browser, `?theme=${theme}&speed=20`, { width, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Expert' }).check();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await axeViolations(page)).toEqual([]);
    // Playback is not under test here: End, then one more step, shows the finished picture.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await waitForFinish(page);
    expect(await axeViolations(page)).toEqual([]);
    if (width === 360 || theme !== 'light') await screenshot(page, `axe-${theme}-${width}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with a checkpoint question showing', async () => {
    const { page } = await openApp(browser, '?checkpoints=1&speed=20');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForSelector('.ej-checkpoint');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.ej-choices button').first().click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('Tab reaches Send, Enter starts the journey, and shortcuts carry it to the end', async () => {
    const { page, errors } = await openApp(browser, '?speed=20');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Send');
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-status="playing"]');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    expect(await page.locator('.ej').getAttribute('data-status')).toBe('paused');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await waitForFinish(page);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('delivered');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hammering', () => {
  it('120 rapid random clicks leave no console error and a legal state', async () => {
    const { page, errors } = await openApp(browser, '?speed=20');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 120; i++) {
      // One round trip finds the controls, draws one, scrolls it into view and says where it is; the
      // click is then the mouse's (as a forced Playwright click: no waiting, whatever lies on top).
      const at = await page.evaluate((draw) => {
        const buttons = document.querySelectorAll('.ej button:not([disabled]), .ej input[type=radio]:not([disabled])');
        const target = buttons[Math.floor(draw * buttons.length)];
        if (!target) return null;
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const box = target.getBoundingClientRect();
        return box.width > 0 && box.height > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
      }, random());
      if (at) await page.mouse.click(at.x, at.y);
      if (i % 30 === 0) await page.setViewportSize({ width: 360 + Math.floor(random() * 1000), height: 800 });
    }
    // Whatever the clicks left open (a dialog, a card, the settings panel) closes with Escape.
    for (let open = 0; open < 3; open++) await page.keyboard.press('Escape');
    const status = await page.locator('.ej').getAttribute('data-status');
    expect(['idle', 'playing', 'paused', 'finished']).toContain(status);
    const active = await page.locator('[data-node][data-active="true"]').count();
    expect(active).toBe(status === 'idle' ? 0 : 1);
    expect(errors).toEqual([]);
    await page.close();
    // 240 round trips to the browser: 4 s on a quiet machine, half a minute or more on a busy one.
  }, 240_000);
});
