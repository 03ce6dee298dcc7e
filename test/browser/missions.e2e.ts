// Issue 24's missions in Chromium, for what only a real browser shows: axe finds nothing with the
// panel open on a mission completed after its lesson link reopened it, and the missions complete in
// German inside `<email-journey>` and in embed.html's iframe, each firing `missioncomplete` with its
// detail. The missions' flow (eavesdrop, then stop-the-downgrade, each changed from Bob's MX card,
// and the lesson link reopening a mission mid-way) is checked in the DOM (test/view/missions.test.tsx).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { eventLog, openHost, otherSite } from './host';
import { jumpToEnd, openApp } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('missions and axe', () => {
  it('a mission reopened mid-way by its lesson link and completed: axe finds nothing with the panel open', async () => {
    // The world the lesson link made mid-way carries (the flow that makes it is checked in the DOM,
    // test/view/missions.test.tsx): the downgrade stopped by MTA-STS enforce, one Send from done.
    const { page, errors } = await openApp(
      browser,
      '?speed=20&mission=stop-the-downgrade&scenario=starttls-stripped&world=o_example.org_e',
    );
    const panel = page.locator('.ej-missions');
    await expect.poll(() => panel.getAttribute('data-mission')).toBe('stop-the-downgrade');
    expect(await page.locator('.ej').getAttribute('data-world')).toBe('o_example.org_e');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await jumpToEnd(page);
    expect(await page.locator('.ej').getAttribute('data-outcome')).toBe('deferred');
    await expect
      .poll(() => page.locator('[data-mission] [role="status"]').textContent())
      .toBe('Mission complete: Stop the downgrade.');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('missions in an embedding, in German', () => {
  it('complete inside <email-journey lang=de> and in embed.html, each firing missioncomplete', async () => {
    // Both opened in the world the learner would have made (as a share link made mid-way carries it),
    // so each mission is completed by one Send: the missions' own world changes are tested in the DOM.
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
