// The picture tells the story: every journey of the catalogue is walked step by step on one page per
// size (switched in place with the form, never reloaded), in German at two sizes and in English at
// one (see below). At every step no label covers another or a token; at the end no line crosses a
// label of its own nodes, and (at 1280×800) the final picture carries the journey's markers. And the
// final pictures of the forging and defending journeys, each opened by its link.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { journey, PICTURED_JOURNEYS, planOf, type PicturedName } from '../journeys';
import { launchChromium } from './chromium';
import { lineCrossings } from './lineCrossings';
import { chooseJourney, finish, markers, walkEveryStep, type Markers } from './picture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Console errors and uncaught exceptions of the pages below: none is allowed. */
const errors: string[] = [];
const watch = (page: Page) => {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
};

async function open(page: Page, query: string) {
  await page.goto(`${inject('baseUrl')}/?${query}`);
  // Any node: the spoof (dmarc-reject) draws no Alice.
  await page.waitForSelector('[data-node]');
}

/**
 * Nodes whose own lines may cross their labels in the wide picture. Known and left as it is: the
 * relay's lines down to the recipients' rows cross its own name, which sits under it between two
 * neighbours 160 units apart; in the same-domain journey, Alice's line to her own store (the Sent
 * copy) crosses her app's title.
 */
const crossingsAllowed = (width: number, name: string) =>
  width < 640 ? [] : name === 'same-domain' ? ['sender-mta', 'sender-client'] : ['sender-mta'];

/** Forwarding beside other recipients needs a world edit, which the form cannot make: it comes by link. */
const BY_LINK = journey('forwarding-beside-others');

/** Each journey's final picture at 1280×800, by language, for the marker checks below. */
const finalPictures = { en: new Map<PicturedName, Markers>(), de: new Map<PicturedName, Markers>() };

describe('every journey, step by step', () => {
  // German, whose words are the longest, is walked at the classroom size and at the narrowest, where
  // labels have the least room; English at the classroom size, whose final pictures carry the markers
  // below. The wide picture is one drawing in its own units (type included) scaled to its width, so at
  // 1920 it is the 1280 picture made larger, with the same overlaps or none.
  const viewports = [
    { width: 1280, height: 800, langs: ['en', 'de'] },
    { width: 390, height: 844, langs: ['de'] },
  ];
  // One page per size serves its languages (English first, then German switched in place); each
  // language is its own test, so a busy machine gives each half the test's time budget.
  describe.each(viewports)('at $width×$height', ({ langs, ...viewport }) => {
    let page: Page;
    beforeAll(async () => {
      page = watch(await browser.newPage({ viewport }));
      // Reduced motion: the tokens sit where each step leaves them, and nothing morphs between layouts.
      await open(page, 'motion=reduce');
      await finish(page); // so the grammar's drawing has loaded before the walks start
    });
    afterAll(async () => {
      await page?.close();
    });

    it.each(langs)(
      'in %s: no label over another or a token at any step, no line across its own node’s label at the end',
      async (lang) => {
        if (lang === 'de') {
          await page.selectOption('.ej-header select', 'de');
          await page.waitForSelector('.ej[lang="de"] [data-node="sender-msa"] text.ej-title:has-text("Einlieferung")');
        }
        expect(await page.locator('.ej').getAttribute('lang')).toMatch(new RegExp(`^${lang}`));
        const overlaps: string[] = [];
        const crossings: string[] = [];
        const crossed = async (name: string, on: Page) =>
          crossings.push(
            ...(await lineCrossings(on, crossingsAllowed(viewport.width, name))).map((c) => `${lang} ${name}: ${c}`),
          );
        for (const name of PICTURED_JOURNEYS) {
          await chooseJourney(page, name);
          overlaps.push(...(await walkEveryStep(page)).map((o) => `${lang} ${name} ${o}`));
          await crossed(name, page);
          if (viewport.width === 1280) finalPictures[lang as 'en' | 'de'].set(name, await markers(page));
        }
        // Forwarding beside others is looked at in its final picture only: on the way, its bounce's
        // result mark still meets the DNS bubbles of the later look-ups.
        const linked = watch(await browser.newPage({ viewport }));
        await open(linked, `${BY_LINK.query}&lang=${lang}&motion=reduce`);
        await finish(linked);
        await crossed(BY_LINK.name, linked);
        await linked.close();
        expect(overlaps).toEqual([]);
        expect(crossings).toEqual([]);
        expect(errors).toEqual([]);
        // Twenty-one journeys walked step by step: on a machine kept busy by other work this can take
        // more than the default minute, so it gets two (a guard against a hang, not a speed check).
      },
      120_000,
    );
  });
});

/** What a journey's final picture must show beyond the markers every journey has. */
const FACTS: Partial<Record<PicturedName, (seen: Markers, lang: 'en' | 'de') => void>> = {
  default: (seen) => {
    // Alice's copy in Sent on her own store, then Bob's inbox.
    expect(seen.attempts).toContain('accepted sender-client->sender-store');
    expect(seen.folders).toEqual(['sent', 'inbox']);
  },
  webmail: (seen) => {
    expect(seen.nodes).toContain('sender-webmail');
    expect(seen.attempts).toContain('accepted sender-client->sender-webmail');
    expect(seen.attempts).toContain('accepted sender-webmail->sender-msa');
    expect(seen.folders).toContain('sent');
  },
  forwarded: (seen, lang) => {
    expect(seen.nodes).toContain('forwarder-1');
    expect(seen.attempts).toContain('accepted sender-mta->forwarder-1');
    expect(seen.attempts).toContain('accepted forwarder-1->recipient-mx');
    // At example.org: SPF passes for the forwarder's SRS domain (not aligned with From:), DKIM passes
    // and aligns, so DMARC passes by DKIM (as the MX's Authentication-Results say).
    expect(seen.verdicts).toContain('ptr:pass spf:pass dkim:pass dmarc:pass');
    expect(Object.values(seen.results).map((r) => r.result)).toEqual(['delivered']);
    expect(seen.zones).toContain(
      lang === 'de' ? 'alumni.example.net: eine andere Organisation' : 'alumni.example.net: another organisation',
    );
  },
  'mailing-list': (seen) => {
    expect(seen.nodes).toContain('forwarder-1');
    expect(seen.attempts).toContain('accepted forwarder-1->recipient-mx');
    expect(seen.verdicts.some((v) => v.includes('dkim:fail'))).toBe(true);
  },
  'dmarc-reject': (seen) => {
    expect(seen.nodes).toContain('spoofer');
    // Not Alice: her app and her mailbox are not in the picture, and no bounce comes to her.
    expect(seen.nodes).not.toContain('sender-client');
    expect(seen.nodes).not.toContain('sender-store');
    expect(seen.verdicts).toContain('ptr:pass spf:fail dkim:fail dmarc:fail');
    expect(seen.codes.map((c) => c.code)).toContain('550');
    expect(seen.attempts).toContain('refused recipient-mx->spoofer');
    expect(seen.results['bob@example.org']).toMatchObject({ result: 'rejected', code: '550' });
  },
  'three-recipients': (seen) => {
    // Each destination domain's recipient side is its own lane: the second one's ids carry its domain.
    for (const id of ['recipient-mx', 'recipient-client', 'recipient-mx@example.net', 'recipient-client@example.net'])
      expect(seen.nodes).toContain(id);
    expect(seen.attempts).toContain('accepted sender-mta->recipient-mx');
    expect(seen.attempts).toContain('refused sender-mta->recipient-mx@example.net');
    expect(seen.results['bob@example.org']).toMatchObject({ result: 'delivered', code: null });
    expect(seen.results['carol@example.com']).toMatchObject({ result: 'delivered', code: null });
    expect(seen.results['dave@example.net']).toMatchObject({ result: 'bounced', code: '550' });
    expect(seen.results['dave@example.net']!.text).toContain('550');
    // Each lane is its own box, with its domain in its title.
    expect(seen.zones.some((z) => z.includes('example.net'))).toBe(true);
  },
};

describe('the final picture of every journey carries its markers', () => {
  it.each(PICTURED_JOURNEYS.flatMap((name) => (['en', 'de'] as const).map((lang) => [name, lang] as const)))(
    '%s in %s',
    (name, lang) => {
      const seen = finalPictures[lang].get(name);
      if (!seen) throw new Error(`${name} was not walked at 1280×800 in ${lang}`);
      const plan = planOf(name);
      expect(seen.outcome).toBe(plan.outcome);
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
      expect(seen.folders.includes('junk')).toBe(name === 'spam');
      if (name === 'no-such-domain' || name === 'null-mx') {
        expect(seen.nodes.filter((n) => n.startsWith('recipient-'))).toEqual([]);
        expect(seen.verdict).toBe(name === 'no-such-domain' ? 'nxdomain' : 'null-mx');
      }
      if (seen.outcome === 'bounced') {
        expect(seen.nodes).toContain('sender-store');
        expect(seen.attempts.some((a) => a.endsWith('->sender-store'))).toBe(true);
      }
      // Retrieval is a pull: every response answers an earlier request over the same pair, the other way.
      seen.attempts.forEach((attempt, i) => {
        if (!attempt.startsWith('response')) return;
        const [from, to] = attempt.split(' ')[1]!.split('->');
        expect(seen.attempts.slice(0, i)).toContain(`request ${to}->${from}`);
      });
      if (name === 'spam' || name === 'pop3') expect(seen.attempts.some((a) => a.startsWith('request'))).toBe(true);
      FACTS[name]?.(seen, lang);
    },
  );
});

// Forging and defending (issue 24): the markers the contract promises, on the final picture of three
// journeys, one page that switches journeys by link. What each journey does is the model's
// (test/model/forge.test.ts, presets.test.ts); here: what the real page draws, and that no line
// crosses a label and no label covers another.
/** The final picture of a catalogue journey, in the page already open. */
async function finalPicture(page: Page, name: Parameters<typeof journey>[0]) {
  await page.goto(`${inject('baseUrl')}/?${journey(name).query}&motion=reduce&pace=auto`);
  await page.waitForSelector('[data-node]');
  await finish(page);
  const attributes = await page.evaluate(() => ({
    tls: Object.fromEntries(
      [...document.querySelectorAll('path.ej-edge[data-tls]')].map((e) => [
        e.getAttribute('data-edge'),
        e.getAttribute('data-tls'),
      ]),
    ),
    auth: document.querySelector('[data-auth]')?.getAttribute('data-auth') ?? null,
    taps: [...document.querySelectorAll('[data-tap]')].map((e) => e.getAttribute('data-tap')),
    attackers: [...document.querySelectorAll('[data-node][data-kind="attacker"]')].map((e) =>
      e.getAttribute('data-node'),
    ),
  }));
  return { ...(await markers(page)), ...attributes, crossings: await lineCrossings(page, ['sender-mta']) };
}

describe('forging and defending, as drawn', () => {
  it('STARTTLS stripped, stopped by MTA-STS, and a forgery in Junk: their marks, and nothing covered', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    const stripped = await finalPicture(page, 'starttls-stripped');
    expect(stripped.outcome).toBe('delivered');
    expect(stripped.attackers).toEqual(['mitm']);
    expect(stripped.tls).toMatchObject({ 'sender-msa->sender-mta': 'tls', 'sender-mta->recipient-mx': 'plain' });
    expect(stripped.taps.sort()).toEqual(['copy', 'plain']);
    expect(stripped.auth).toBe('spf=pass;dkim=pass;dmarc=pass');
    expect(stripped.crossings).toEqual([]);

    const enforced = await finalPicture(page, 'mta-sts-enforce');
    expect(enforced.outcome).toBe('deferred');
    expect(Object.values(enforced.tls)).not.toContain('plain');
    expect(enforced.taps).toEqual([]);
    expect(enforced.queues.length).toBe(1);
    expect(enforced.crossings).toEqual([]);

    const junk = await finalPicture(page, 'spoof-quarantine');
    expect(junk.outcome).toBe('quarantined');
    expect(junk.attackers).toEqual(['spoofer']);
    expect(junk.folders).toContain('junk');
    expect(junk.auth).toBe('spf=fail;dkim=fail;dmarc=fail');
    expect(junk.verdicts).toEqual(['ptr:pass spf:fail dkim:fail dmarc:fail']);
    expect(junk.crossings).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
