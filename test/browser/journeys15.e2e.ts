// Issue 15's journeys in Chromium: several recipients as parallel branches with a result each, webmail,
// the Sent folder, forwarding, a mailing list and the spoof, in English and German; the compose form's
// new fields; Bcc in the envelope only; and the new keys through the element and the iframe.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { eventLog, openHost, otherSite } from './host';
import { stepToEnd } from './page';
import { finish } from './picture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const THREE = 'to=bob@example.org,carol@example.com&bcc=dave@example.net';

/** What the finished picture shows: nodes, attempts, folders, verdicts, codes and each recipient's result. */
function picture(page: Page) {
  return page.evaluate(() => {
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    return {
      outcome: document.querySelector('.ej')?.getAttribute('data-outcome') ?? null,
      lang: document.querySelector('.ej')?.getAttribute('lang') ?? null,
      nodes: all('[data-node]').map((e) => e.getAttribute('data-node') ?? ''),
      attempts: all('.ej-attempt[data-result]').map(
        (e) => `${e.getAttribute('data-result')} ${e.getAttribute('data-edge')}`,
      ),
      folders: all('[data-folder]').map((e) => e.getAttribute('data-folder') ?? ''),
      verdicts: all('[data-verdicts]').map((e) => e.getAttribute('data-verdicts') ?? ''),
      codes: all('.ej-code[data-code]').map((e) => e.getAttribute('data-code') ?? ''),
      zones: all('[data-zone] text.ej-zone-label').map((e) => e.textContent ?? ''),
      results: Object.fromEntries(
        all('[data-recipient]').map((e) => [
          e.getAttribute('data-recipient') ?? '',
          { result: e.getAttribute('data-result'), code: e.getAttribute('data-code'), text: e.textContent ?? '' },
        ]),
      ),
    };
  });
}

/** Opens the page on a journey: the spoof's picture has no Alice, so any node will do. */
async function open(query: string, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/${query}`);
  await page.waitForSelector('[data-node]');
  return { page, errors };
}

async function finished(query: string, lang = 'en') {
  const { page, errors } = await open(`?${query}&lang=${lang}&speed=20&motion=reduce`);
  await finish(page);
  return { page, errors, seen: await picture(page) };
}

describe('three recipients in two domains and one local', () => {
  it('delivers two and bounces one, with both branches drawn and a result at each end', async () => {
    const { page, errors, seen } = await finished(THREE);
    expect(seen.outcome).toBe('bounced');
    // Each destination domain's recipient side is its own lane: the second one's ids carry its domain.
    for (const id of ['recipient-mx', 'recipient-client', 'recipient-mx@example.net', 'recipient-client@example.net'])
      expect(seen.nodes).toContain(id);
    expect(seen.attempts).toContain('accepted sender-mta->recipient-mx');
    expect(seen.attempts).toContain('refused sender-mta->recipient-mx@example.net');
    expect(seen.codes).toContain('550');
    expect(seen.results['bob@example.org']).toMatchObject({ result: 'delivered', code: null });
    expect(seen.results['carol@example.com']).toMatchObject({ result: 'delivered', code: null });
    expect(seen.results['dave@example.net']).toMatchObject({ result: 'bounced', code: '550' });
    expect(seen.results['dave@example.net']!.text).toContain('550');
    // The bounce comes back to Alice's own mailbox, and lists only dave.
    expect(seen.nodes).toContain('sender-store');
    // Each lane is its own box, with its domain in its title.
    expect(seen.zones.some((z) => z.includes('example.net'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each result only once its branch has decided it', async () => {
    const { page } = await open(`?${THREE}&motion=reduce&step=2`);
    expect(await page.locator('[data-recipient]').count()).toBe(0);
    await finish(page);
    expect(await page.locator('[data-recipient]').count()).toBe(3);
    await page.close();
  });

  it('the Envelope tab has Bcc in the envelope, not in the letter', async () => {
    const { page } = await open(`?${THREE}&lang=en&motion=reduce`);
    await page.check('input[name="ej-depth"][value="expert"]');
    // The submission, where all three are spoken.
    const submit = page
      .getByRole('navigation', { name: 'Timeline of the journey' })
      .getByRole('button', { name: /^Step 2:/ });
    await submit.click();
    await page.getByRole('tab', { name: 'Envelope and letter' }).click();
    const envelope = await page.locator('[data-envelope="rcpt"]').innerText();
    const letter = await page.locator('[data-letter="recipients"]').innerText();
    expect(envelope).toContain('RCPT TO:<dave@example.net>');
    expect(envelope).toContain('RCPT TO:<bob@example.org>');
    expect(letter).toContain('bob@example.org');
    expect(letter).not.toContain('dave@example.net');
    await page.close();
  });
});

/** Issue 15's single journeys: query, outcome, and what the final picture must show. */
const JOURNEYS: readonly {
  name: string;
  query: string;
  outcome: string;
  check: (seen: Awaited<ReturnType<typeof picture>>) => void;
}[] = [
  {
    name: 'webmail',
    query: 'client=webmail',
    outcome: 'delivered',
    check: (seen) => {
      expect(seen.nodes).toContain('sender-webmail');
      expect(seen.attempts).toContain('accepted sender-client->sender-webmail');
      expect(seen.attempts).toContain('accepted sender-webmail->sender-msa');
      expect(seen.folders).toContain('sent');
    },
  },
  {
    name: 'sent',
    query: '',
    outcome: 'delivered',
    check: (seen) => {
      expect(seen.attempts).toContain('accepted sender-client->sender-store');
      expect(seen.folders).toEqual(['sent', 'inbox']);
    },
  },
  {
    name: 'forwarded',
    query: 'scenario=forwarded',
    outcome: 'delivered',
    check: (seen) => {
      expect(seen.nodes).toContain('forwarder-1');
      expect(seen.attempts).toContain('accepted sender-mta->forwarder-1');
      expect(seen.attempts).toContain('accepted forwarder-1->recipient-mx');
      // At example.org: SPF fails for example.com, DKIM passes, DMARC passes by DKIM.
      expect(seen.verdicts).toContain('ptr:pass spf:fail dkim:pass dmarc:pass');
      expect(Object.values(seen.results).map((r) => r.result)).toEqual(['delivered']);
    },
  },
  {
    name: 'mailing-list',
    query: 'scenario=mailing-list',
    outcome: 'delivered',
    check: (seen) => {
      expect(seen.nodes).toContain('forwarder-1');
      expect(seen.attempts).toContain('accepted forwarder-1->recipient-mx');
      expect(seen.verdicts.some((v) => v.includes('dkim:fail'))).toBe(true);
    },
  },
  {
    name: 'spoof',
    query: 'scenario=dmarc-reject',
    outcome: 'rejected',
    check: (seen) => {
      expect(seen.nodes).toContain('spoofer');
      // Not Alice: her app and her mailbox are not in the picture, and no bounce comes to her.
      expect(seen.nodes).not.toContain('sender-client');
      expect(seen.nodes).not.toContain('sender-store');
      expect(seen.verdicts).toContain('ptr:pass spf:fail dkim:fail dmarc:fail');
      expect(seen.codes).toContain('550');
      expect(seen.attempts).toContain('refused recipient-mx->spoofer');
      expect(seen.results['bob@example.org']).toMatchObject({ result: 'rejected', code: '550' });
    },
  },
];

describe.each(['en', 'de'])('issue 15 journeys run to their outcomes (%s)', (lang) => {
  it.each(JOURNEYS.map((j) => [j.name, j] as const))('%s', async (_name, journey) => {
    const { page, errors, seen } = await finished(journey.query, lang);
    expect(seen.outcome).toBe(journey.outcome);
    expect(seen.lang).toBe(lang);
    journey.check(seen);
    if (journey.name === 'forwarded')
      expect(seen.zones).toContain(
        lang === 'de' ? 'alumni.example.net: eine andere Organisation' : 'alumni.example.net: another organisation',
      );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the compose form', () => {
  it('keeps Cc, Bcc and the choices behind one button on the To row, and names the bad address', async () => {
    const { page } = await open('?lang=en', { width: 1280, height: 800 });
    const toggle = page.getByRole('button', { name: 'Cc, Bcc and options' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('Cc', { exact: true }).fill('carol@example.com, dave example.net');
    await expect.poll(() => page.locator('[data-field="cc"] .ej-error').innerText()).toContain('dave example.net');
    expect(await page.getByLabel('Cc', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Cc', { exact: true }).fill('carol@example.com');
    await page.getByRole('radio', { name: 'Webmail in the browser' }).check();
    expect(await page.locator('[data-node="sender-webmail"]').count()).toBe(1);
    // With webmail no app submits, so the port choice goes; with POP3, "leave a copy" appears.
    expect(await page.locator('[data-control="submission"]').count()).toBe(0);
    await page.check('input[name="ej-retrieval"][value="pop3"]');
    expect(await page.getByRole('checkbox', { name: 'POP3: leave a copy on the server' }).count()).toBe(1);
    await page.close();
  });

  it('opens with the disclosure shown when a link sets Bcc', async () => {
    const { page } = await open(`?${THREE}&lang=de`, { width: 390, height: 844 });
    expect(await page.getByRole('button', { name: 'Cc, Bcc und Optionen' }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Bcc', { exact: true }).inputValue()).toBe('dave@example.net');
    await page.close();
  });
});

describe('the element and the iframe take the new keys', () => {
  it('<email-journey cc="…"> sends to the Cc recipient and reports every recipient in journeyend', async () => {
    const { page, errors } = await openHost(
      browser,
      '<email-journey id="j" cc="carol@example.com" bcc="dave@example.net" speed="20" pace="auto"></email-journey>',
    );
    await page.waitForSelector('#j .ej [data-node="sender-client"]');
    await page.locator('#j').evaluate((el) => (el as HTMLElement & { send(): void }).send());
    // Every step in turn with the → shortcut on the element, not in lesson time.
    await stepToEnd(page, '#j');
    await expect
      .poll(async () => (await eventLog(page)).some((e) => e.type === 'journeyend'), { timeout: 30_000 })
      .toBe(true);
    const end = (await eventLog(page)).find((e) => e.type === 'journeyend')!;
    expect(end.detail.recipients).toEqual([
      { address: 'bob@example.org', field: 'to', outcome: 'delivered', branch: 'example.org' },
      { address: 'carol@example.com', field: 'cc', outcome: 'delivered', branch: null },
      { address: 'dave@example.net', field: 'bcc', outcome: 'bounced', branch: 'example.net' },
    ]);
    expect(await page.locator('#j [data-recipient="carol@example.com"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('embed.html?bcc=… sends to the Bcc recipient and posts the results to the page', async () => {
    const origin = await otherSite();
    const { page } = await openHost(
      browser,
      `<iframe id="f" title="Journey" width="1200" height="860" src="${inject('baseUrl')}/embed.html?bcc=dave@example.net&speed=20&autoplay=1&origin=${encodeURIComponent(origin)}"></iframe>`,
      { withElement: false },
    );
    // Autoplay has started the journey: from there every step in turn with →, not in lesson time.
    await expect
      .poll(async () => (await eventLog(page)).some((e) => e.type === 'message:journeystart'), { timeout: 30_000 })
      .toBe(true);
    // The frame that shows the journey (a cross-site frame may have moved to a new Frame object).
    let frame: Frame | undefined;
    await expect
      .poll(async () => {
        for (const f of page.frames())
          if (
            f.url().includes('/embed.html') &&
            (await f
              .locator('.ej')
              .count()
              .catch(() => 0)) > 0
          )
            frame = f;
        return frame !== undefined;
      })
      .toBe(true);
    await stepToEnd(frame as Frame);
    await expect
      .poll(async () => (await eventLog(page)).some((e) => e.type === 'message:journeyend'), { timeout: 30_000 })
      .toBe(true);
    const end = (await eventLog(page)).find((e) => e.type === 'message:journeyend')!;
    expect(end.detail.recipients).toEqual([
      { address: 'bob@example.org', field: 'to', outcome: 'delivered', branch: 'example.org' },
      { address: 'dave@example.net', field: 'bcc', outcome: 'bounced', branch: 'example.net' },
    ]);
    await page.close();
  });
});
