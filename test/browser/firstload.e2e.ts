// The first screen without the planner (README Performance): the default journey's picture is drawn
// from data that ships with the page (its plan and its layouts), and the planner and the graph's
// layout.ts arrive after it. Held back here until the test lets them through, so the moment in
// between is checked, not raced.
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { inject } from 'vitest';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The planner's chunk; with `layout`, also the graph's layout.ts (fetched with the planner and at idle). */
const PLANNER = /\/assets\/plan(ner)?-[^/]*\.js$/;
const PLANNER_AND_LAYOUT = /\/assets\/(plan(ner)?|layout)-[^/]*\.js$/;

/** Opens a page with the planner's files (or those `held` matches) held back; `release` lets them through. */
async function withPlannerHeld(
  query: string,
  failFirst = false,
  { held: pattern = PLANNER, viewport = { width: 1280, height: 800 } } = {},
) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const held: Route[] = [];
  let released = false;
  let failed = false;
  await page.route(pattern, (route) => {
    if (failFirst && !failed) {
      failed = true;
      return route.abort('internetdisconnected');
    }
    return released ? route.continue() : held.push(route);
  });
  await page.goto(`${inject('baseUrl')}/${query}`);
  const release = async () => {
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
  return { page, errors, held, release };
}

describe('the first screen before the planner is in', () => {
  it('draws the default journey’s picture; Send then waits for the planner and plays', async () => {
    const { page, errors, held, release } = await withPlannerHeld('?pace=auto&speed=20');
    await page.waitForSelector('[data-node="recipient-mx"]');
    expect(await page.locator('[data-node]').count()).toBe(10);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const send = page.getByRole('button', { name: 'Send', exact: true });
    expect(await send.isEnabled()).toBe(true);
    await send.click();
    expect(await page.locator('.ej').getAttribute('data-status')).toBe('idle');
    await release();
    await page.waitForSelector('.ej[data-status="playing"], .ej[data-status="finished"]');
    await page.waitForSelector('.ej[data-status="finished"]', { timeout: 60_000 });
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('delivered');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['wide', { width: 1280, height: 800 }],
    ['tall', { width: 390, height: 844 }],
  ])(
    'draws the first picture (%s) without layout.ts; a preset chosen meanwhile is drawn once the files are in',
    async (orientation, viewport) => {
      const { page, errors, held, release } = await withPlannerHeld('', false, { held: PLANNER_AND_LAYOUT, viewport });
      await page.waitForSelector('[data-node="recipient-mx"]');
      expect(await page.locator('.ej-graph').getAttribute('data-orientation')).toBe(orientation);
      // Every server and line of the default journey, inside its zones, before layout.ts is in.
      expect(await page.locator('[data-node]').count()).toBe(10);
      expect(await page.locator('[data-edge]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-zone]').count()).toBe(5);
      await expect.poll(() => held.some((route) => /\/layout-/.test(route.request().url()))).toBe(true);
      await page.locator('#ej-preset').selectOption('primary-mx-down');
      // Until the files are in, the picture drawn last stays.
      expect(await page.locator('[data-node="recipient-mx2"]').count()).toBe(0);
      expect(await page.locator('[data-node]').count()).toBe(10);
      await release();
      await page.waitForSelector('[data-node="recipient-mx2"]');
      expect(await page.locator('[data-node="recipient-mx"]').count()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a preset chosen later morphs in: the nodes glide to their new places (morph.ts comes with layout.ts)', async () => {
    const { page, errors, release } = await withPlannerHeld('');
    await page.waitForSelector('[data-node="recipient-mx"]');
    const before = await page.locator('[data-node="recipient-mx"]').getAttribute('transform');
    await release();
    await page.locator('#ej-preset').selectOption('primary-mx-down');
    // Between two places the node passes through places of no whole number: it moves, not jumps.
    await page.waitForFunction(
      () => /\d\.\d/.test(document.querySelector('[data-node="recipient-mx"]')?.getAttribute('transform') ?? ''),
      undefined,
      { polling: 'raf' },
    );
    await page.waitForSelector('[data-node="recipient-mx2"]');
    await expect
      .poll(() => page.locator('[data-node="recipient-mx"]').getAttribute('transform'))
      .toMatch(/^translate\(\d+,\d+\)$/);
    expect(await page.locator('[data-node="recipient-mx"]').getAttribute('transform')).not.toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when layout.ts cannot be fetched, it is fetched again: Send then plays', async () => {
    const { page, errors, release } = await withPlannerHeld('?pace=auto&speed=20', true, {
      held: /\/assets\/layout-[^/]*\.js$/,
    });
    await page.waitForSelector('[data-node="recipient-mx"]');
    await release();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForSelector('.ej[data-status="finished"]', { timeout: 60_000 });
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('delivered');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('any other journey (a preset) is first drawn once the planner is in', async () => {
    const { page, errors, held, release } = await withPlannerHeld('?scenario=null-mx');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await page.locator('[data-node]').count()).toBe(0);
    await release();
    await page.waitForSelector('[data-node="sender-client"]');
    // Nothing that does not exist: a domain that accepts no mail has no receiving servers.
    expect(await page.locator('[data-node^="recipient-"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link to a step is first drawn at that step, once the planner is in', async () => {
    const { page, errors, held, release } = await withPlannerHeld('?step=5&depth=expert');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    // Not drawn idle first (the compose form, then a jump): nothing until the step can be shown.
    expect(await page.locator('.ej').count()).toBe(0);
    await release();
    await page.waitForSelector('.ej[data-status="paused"]');
    expect(await page.locator('[data-caption]').getAttribute('data-caption')).toBe('dns-mx');
    expect(await page.locator('.ej-step-meta').textContent()).toContain('Step 5 of');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when the planner cannot be fetched, the picture stays and the next Send fetches it again', async () => {
    const { page, release } = await withPlannerHeld('?pace=auto&speed=20', true);
    await page.waitForSelector('[data-node="recipient-mx"]');
    await release();
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.click();
    await page.waitForSelector('.ej[data-status="playing"], .ej[data-status="finished"]');
    await page.close();
  });

  it('Send and a step key pressed before the planner is in run once it is, in the order pressed', async () => {
    const { page, errors, held, release } = await withPlannerHeld('?pace=auto&speed=20');
    await page.waitForSelector('[data-node="recipient-mx"]');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.keyboard.press('ArrowRight');
    await release();
    // As with the plan there: Send plays the first step, → pauses at the second.
    await page.waitForSelector('.ej[data-status="paused"]');
    expect(await page.locator('[data-caption]').getAttribute('data-caption')).toBe('submit');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the form checks what is typed before the planner is in; the new journey and End follow it in', async () => {
    const { page, errors, held, release } = await withPlannerHeld('?pace=auto');
    await page.waitForSelector('[data-node="recipient-mx"]');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const to = page.getByLabel('To', { exact: true });
    // The message's own checks are in the first load: a bad address is answered at once.
    await to.fill('bob');
    await expect.poll(() => page.locator('[data-field="to"] .ej-error').innerText()).not.toBe('');
    expect(await page.getByRole('button', { name: 'Send', exact: true }).isEnabled()).toBe(false);
    // A good one in the sender's own domain: drawn once the planner (and the world) is in.
    await to.fill('carol@example.com');
    // End with the focus on the page (not in a field, where keys are typing).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('End');
    await release();
    await page.waitForSelector('.ej[data-status="paused"]');
    // Same domain: no DNS, no Internet.
    expect(await page.locator('[data-node="dns"]').count()).toBe(0);
    expect(await page.locator('[data-node="sender-client"]').count()).toBe(1);
    const meta = await page.locator('.ej-step-meta').textContent();
    const [, at, of] = /Step (\d+) of (\d+)/.exec(meta ?? '') ?? [];
    expect(at).toBe(of);
    expect(errors).toEqual([]);
    await page.close();
  });
});
