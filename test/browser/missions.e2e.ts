// Issue 24's missions in Chromium, keyboard only, each changed from Bob's MX card: eavesdrop (turn the
// man in the middle on: the message crosses in plain text) and stop-the-downgrade (MTA-STS enforce:
// the relay queues instead), each judged done after its journey; the lesson link made mid-way reopens
// the mission with its world; axe finds nothing with the panel open. Then once in German inside
// `<email-journey>` and once in embed.html's iframe, each firing `missioncomplete` with its detail.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { eventLog, openHost, otherSite } from './host';
import { jumpToEnd, openApp, waitForFinish } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Presses Tab (or Shift+Tab, `back`) until the focused element is what `test` names (a selector, a
 * button's text, or a field's label), as a keyboard user would.
 */
async function tabTo(
  page: Page,
  test: { css?: string; text?: string; label?: string },
  back = false,
  limit = 80,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const here = await page.evaluate((t) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return false;
      if (t.css) return el.matches(t.css);
      if (t.text) return el.textContent?.trim() === t.text;
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return Boolean(t.label && label?.startsWith(t.label));
    }, test);
    if (here) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(test)}`);
}

/** From the open mission (below the picture), back to Bob's MX card, a change in it, and Escape. */
async function onMxCard(page: Page, change: () => Promise<void>): Promise<void> {
  await page.locator('[data-node="recipient-mx"][data-card="true"]').waitFor();
  await tabTo(page, { css: '[data-node="recipient-mx"] [role="button"]' }, true);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await change();
  await page.keyboard.press('Escape');
}

/**
 * Tab (from the MX card's node: backwards) to Send; then End (the end, finished): the journey ends
 * without being played in lesson time.
 */
async function sendAndFinish(page: Page, back = true): Promise<void> {
  await tabTo(page, { text: 'Send' }, back);
  await page.keyboard.press('Enter');
  await page.locator('.ej[data-status="playing"], .ej[data-status="paused"]').waitFor();
  // End goes to the journey's end: the last step, finished, its outcome shown at once.
  await page.keyboard.press('End');
  await waitForFinish(page);
}

const status = (page: Page) => page.locator('[data-mission] [role="status"]').textContent();

describe('missions, keyboard only', () => {
  it('eavesdrop, then stop the downgrade; the lesson link reopens a mission mid-way; axe is clean', async () => {
    const { page, errors } = await openApp(browser, '?speed=20');
    await tabTo(page, { text: 'Missions' });
    await page.keyboard.press('Enter');
    await tabTo(page, { text: "Read Bob's mail on the wire" });
    await page.keyboard.press('Enter');
    const panel = page.locator('.ej-missions');
    await expect.poll(() => panel.getAttribute('data-mission')).toBe('eavesdrop');

    // Bob's MX card: a man in the middle strips STARTTLS.
    await onMxCard(page, async () => {
      await tabTo(page, { label: 'A man in the middle' });
      await page.keyboard.press('Space');
    });
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).toBe('x_1');
    await sendAndFinish(page);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('delivered');
    await expect.poll(() => status(page)).toBe("Mission complete: Read Bob's mail on the wire.");
    expect(await panel.textContent()).toContain('Sends: 1');
    expect(await page.locator('[data-tls="plain"]').count()).toBeGreaterThan(0);

    // Stop the downgrade: back to the list, the next mission opens in its own world (the man stays).
    await tabTo(page, { text: 'All missions' });
    await page.keyboard.press('Enter');
    await tabTo(page, { text: 'Stop the downgrade' });
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getAttribute('data-mission')).toBe('stop-the-downgrade');
    await onMxCard(page, async () => {
      await tabTo(page, { label: 'MTA-STS policy of example.org' });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
    });
    await expect.poll(() => page.locator('.ej').getAttribute('data-world')).toBe('o_example.org_e');

    // Mid-way: the lesson link (Lesson settings) carries the mission and the world as they are now.
    await page.getByRole('button', { name: 'Lesson settings' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this lesson' }).inputValue();
    await page.keyboard.press('Escape');
    expect(new URL(link).searchParams.get('mission')).toBe('stop-the-downgrade');

    await sendAndFinish(page, false);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('deferred');
    await expect.poll(() => status(page)).toBe('Mission complete: Stop the downgrade.');
    expect(await page.locator('[data-queue]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Closed first: the link then opens in the same tab, lent again, not in a new one.
    await page.close();

    // The link reopens the same mission, in the world the learner had made, ready to Send.
    const again = await openApp(browser, new URL(link).search);
    await expect
      .poll(() => again.page.locator('[data-mission]').getAttribute('data-mission'))
      .toBe('stop-the-downgrade');
    expect(await again.page.locator('.ej').getAttribute('data-world')).toBe('o_example.org_e');
    expect(new URL(link).searchParams.get('scenario')).toBe('starttls-stripped');
    expect(again.errors).toEqual([]);
    await again.page.close();
  });
});

describe('missions in an embedding, in German', () => {
  it('complete inside <email-journey lang=de> and in embed.html, each firing missioncomplete', async () => {
    // Both opened in the world the learner would have made (as a share link made mid-way carries it),
    // so each mission is completed by one Send: the mission's own world changes are tested above.
    const site = await otherSite();
    const frameSrc = `${inject('baseUrl')}/embed.html?lang=de&mission=eavesdrop&world=x_1&pace=auto&origin=${encodeURIComponent(site)}`;
    const { page, errors } = await openHost(
      browser,
      `<email-journey id="ej" lang="de" missions="eavesdrop,stop-the-downgrade" mission="stop-the-downgrade"
         scenario="starttls-stripped" world="o_example.org_e" pace="auto"></email-journey>
       <iframe id="framed" title="Email Journey" width="900" height="700" src="${frameSrc}"></iframe>`,
    );

    // The element: the mission opens in German; one hint, one Send, the journey's end.
    const element = page.locator('#ej');
    await expect.poll(() => element.locator('[data-mission]').getAttribute('data-mission')).toBe('stop-the-downgrade');
    await element.evaluate((el) => {
      const seen: unknown[] = [];
      (window as unknown as { __missions: unknown[] }).__missions = seen;
      el.addEventListener('missioncomplete', (e) => seen.push((e as CustomEvent).detail));
    });
    await element.getByRole('heading', { name: 'Den Downgrade stoppen' }).waitFor();
    // Missions opened by the page's markup take no focus from the host page (nor scroll it away).
    const frame = page.frameLocator('#framed');
    await expect.poll(() => frame.locator('[data-mission]').getAttribute('data-mission')).toBe('eavesdrop');
    await frame.getByRole('heading', { name: 'Bobs Mail auf der Leitung lesen' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await element.getByRole('button', { name: 'Einen Tipp zeigen' }).click();
    await expect.poll(() => element.locator('[data-mission]').textContent()).toContain('Tipps: 1 von 3');
    await element.getByRole('button', { name: 'Senden', exact: true }).click();
    await jumpToEnd(page, '#ej');
    await expect
      .poll(() => element.locator('[data-mission] [role="status"]').textContent())
      .toBe('Mission geschafft: Den Downgrade stoppen.');
    expect(await element.locator('[data-mission]').textContent()).toContain('Tipps: 1 von 3');
    expect(await page.evaluate(() => (window as unknown as { __missions: unknown[] }).__missions)).toEqual([
      { mission: 'stop-the-downgrade', attempts: 1, hints: 1 },
    ]);

    // The iframe: the same in embed.html, its missioncomplete posted to this page.
    // embed.html has no compose form: its Play (Abspielen) sends the message.
    await frame.getByRole('button', { name: 'Abspielen', exact: true }).click();
    const inner = page.frames().find((f) => f.url().includes('/embed.html'));
    if (!inner) throw new Error('no embed.html frame');
    await jumpToEnd(inner);
    await expect
      .poll(() => frame.locator('[data-mission] [role="status"]').textContent())
      .toBe('Mission geschafft: Bobs Mail auf der Leitung lesen.');
    await expect
      .poll(async () => (await eventLog(page)).filter((e) => e.type === 'message:missioncomplete').map((e) => e.detail))
      .toEqual([{ mission: 'eavesdrop', attempts: 1, hints: 0 }]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
