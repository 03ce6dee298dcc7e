// The picture tells the story (issue 14): each journey's final picture carries its markers, every
// pair of journeys looks different with the text hidden, and no label ever covers another or a token.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { planOf } from '../view/graph/steps';
import { planWithDetail } from '../../src/model/detail';
import * as engine from '../../src/model/engine';
import { engineIsIn } from '../../src/store/whenEngine';
import { chooseJourney, finish, JOURNEYS, markers, walkEveryStep } from './picture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  // planOf plans in this process too: the engine is handed in, as the app's mount does.
  engineIsIn({ ...engine, loadDetail: () => Promise.resolve(planWithDetail) });
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page, query: string) {
  await page.goto(`${inject('baseUrl')}/?${query}`);
  // Any node: the spoof (dmarc-reject) draws no Alice.
  await page.waitForSelector('[data-node]');
}

/** What each journey's picture showed on the way (1280×800, English), for the sound-off check. */
const journeysSeen = new Map<string, string[]>();

describe('the final picture of every journey carries its markers', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await page?.close();
  });

  it.each(JOURNEYS)('%s', async (journey, query) => {
    await open(page, `${query}&speed=20`);
    await finish(page);
    const seen = await markers(page);
    const plan = planOf(journey as Parameters<typeof planOf>[0]);
    const outcome = await page.locator('.ej').getAttribute('data-outcome');
    expect(outcome).toBe(plan.outcome);
    // Every attempt is drawn with how it ended.
    expect(seen.attempts.length).toBeGreaterThan(0);
    for (const attempt of seen.attempts)
      expect(attempt).toMatch(/^(accepted|refused|no-answer|deferred|request|response) \S+->\S+$/);
    // Every refusal or deferral shows its code as visible text.
    const refusals = seen.attempts.filter((a) => a.startsWith('refused') || a.startsWith('deferred'));
    if (refusals.length > 0) expect(seen.codes.length).toBeGreaterThan(0);
    for (const code of seen.codes) {
      expect(code.text).toContain(code.code);
      expect(code.visible).toBe(true);
    }
    for (const s of plan.steps)
      if ((s.result === 'refused' || s.result === 'deferred') && s.code !== null)
        expect(seen.codes.map((c) => c.code)).toContain(String(s.code));
    const waits = plan.steps.filter((s) => s.wait && s.result !== 'no-answer');
    expect(seen.queues.length > 0).toBe(waits.length > 0);
    for (const queue of seen.queues) expect(queue).toMatch(/\d/);
    expect(seen.folders.includes('junk')).toBe(journey === 'spam');
    if (journey === 'no-such-domain' || journey === 'null-mx') {
      expect(seen.nodes.filter((n) => n.startsWith('recipient-'))).toEqual([]);
      expect(seen.verdict).toBe(journey === 'no-such-domain' ? 'nxdomain' : 'null-mx');
    }
    if (outcome === 'bounced') {
      expect(seen.nodes).toContain('sender-store');
      expect(seen.attempts.some((a) => /-> ?sender-store$/.test(a) || a.endsWith('->sender-store'))).toBe(true);
    }
    // Retrieval is a pull: every response answers an earlier request over the same pair, the other way.
    seen.attempts.forEach((attempt, i) => {
      if (!attempt.startsWith('response')) return;
      const [from, to] = attempt.split(' ')[1]!.split('->');
      expect(seen.attempts.slice(0, i)).toContain(`request ${to}->${from}`);
    });
    if (journey === 'spam' || journey === 'pop3') expect(seen.attempts.some((a) => a.startsWith('request'))).toBe(true);
  });
});

describe('labels never overlap each other or a token, at every step', () => {
  const viewports = [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ];
  // One page per size serves both languages (English first, then German switched in place); each
  // language is its own test, so a busy machine gives each half the test's time budget.
  describe.each(viewports)('at $width×$height', (viewport) => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport });
      // Reduced motion: the tokens sit where each step leaves them, and nothing morphs between layouts.
      await open(page, 'motion=reduce');
      await finish(page); // so the grammar's drawing has loaded before the walks start
    });
    afterAll(async () => {
      await page?.close();
    });

    it.each(['en', 'de'])(
      'in %s',
      async (lang) => {
        if (lang === 'de') {
          await page.selectOption('.ej-header select', 'de');
          await page.waitForSelector('.ej[lang="de"] [data-node="sender-msa"] text.ej-title:has-text("Einlieferung")');
        }
        expect(await page.locator('.ej').getAttribute('lang')).toMatch(new RegExp(`^${lang}`));
        const found: string[] = [];
        for (const [journey] of JOURNEYS) {
          await chooseJourney(page, journey);
          const walk = await walkEveryStep(page);
          found.push(...walk.overlaps.map((o) => `${lang} ${journey} ${o}`));
          if (lang === 'en' && viewport.width === 1280) journeysSeen.set(journey, walk.seen);
        }
        expect(found).toEqual([]);
        // Twenty journeys walked step by step: on a machine kept busy by other work this can take more
        // than the default minute, so it gets two (a guard against a hang, not a speed check).
      },
      120_000,
    );
  });
});

describe('sound off', () => {
  it('with every caption and panel hidden, every pair of journeys still looks different', () => {
    expect(journeysSeen.size).toBe(JOURNEYS.length);
    const same: string[] = [];
    const names = [...journeysSeen.keys()];
    names.forEach((a, i) =>
      names.slice(i + 1).forEach((b) => {
        if (JSON.stringify(journeysSeen.get(a)) === JSON.stringify(journeysSeen.get(b))) same.push(`${a} = ${b}`);
      }),
    );
    expect(same).toEqual([]);
  });
});
