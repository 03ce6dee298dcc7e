// Helpers for the picture's browser tests: switching journeys in place, their final markers, and label overlaps.
import type { Page } from 'playwright-core';
import { journey, type PicturedName } from '../journeys';

/**
 * Switches the open page to a journey with the form's own controls (no reload: one page serves
 * every journey), back at its start. Selectors, not words, so it works in every language. One
 * round trip: the controls are set in the page, each as its own input or click event, in the order
 * a user would, each change drawn before the next.
 */
export async function chooseJourney(page: Page, name: PicturedName): Promise<void> {
  const { keys } = journey(name);
  // Unset keys go back to the form's defaults: one recipient, the mail app, cross domain, IMAP.
  const want = {
    preset: keys.scenario ?? '',
    bcc: keys.bcc ?? '',
    to: keys.to ?? 'bob@example.org',
    client: keys.client ?? 'app',
    mode: keys.mode ?? 'cross-domain',
    retrieval: keys.retrieval ?? 'imap',
  };
  await page.evaluate(async (w) => {
    const get = <T extends Element>(selector: string) => document.querySelector<T>(selector);
    /** Resolves once `test` holds, checked at every change of the page (15 s to fail, as expect.poll). */
    const until = (test: () => boolean, what: string) =>
      new Promise<void>((resolve, reject) => {
        if (test()) return resolve();
        const fail = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`chooseJourney: never ${what}`));
        }, 15_000);
        const observer = new MutationObserver(() => {
          if (!test()) return;
          clearTimeout(fail);
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { attributes: true, childList: true, subtree: true });
      });
    // A task's turn: React has drawn the change the last event made before the next one comes.
    const turn = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    const setValue = async (selector: string, value: string) => {
      const control = get<HTMLInputElement | HTMLSelectElement>(selector);
      if (!control) throw new Error(`chooseJourney: no ${selector}`);
      if (control.value === value) return;
      // The prototype's setter, so React sees a new value (as when typed or chosen).
      const proto = control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
      await turn();
      await until(() => get<HTMLInputElement>(selector)?.value === value, `${selector} = ${value}`);
    };
    const check = async (selector: string) => {
      const radio = get<HTMLInputElement>(selector);
      if (!radio) throw new Error(`chooseJourney: no ${selector}`);
      if (radio.checked) return;
      radio.click();
      await turn();
      await until(() => get<HTMLInputElement>(selector)?.checked === true, `${selector} checked`);
    };
    // Reset in the form, or (issue 16) Edit on the one line the form folds to after Send.
    const reset = get<HTMLButtonElement>('.ej-compose .ej-buttons button[type="button"], .ej-compose-summary button');
    if (reset && !reset.disabled) {
      reset.click();
      await turn();
      await until(() => get('#ej-preset') !== null, 'showed the form');
    }
    await setValue('#ej-preset', '');
    const more = get<HTMLButtonElement>('.ej-more-toggle[aria-expanded="false"]');
    if (more) {
      more.click();
      await until(() => get('[data-field="bcc"] input') !== null, 'showed Bcc');
    }
    await setValue('[data-field="bcc"] input', w.bcc);
    await setValue('[data-field="to"] input', w.to);
    await check(`input[name="ej-client"][value="${w.client}"]`);
    await check(`input[name="ej-mode"][value="${w.mode}"]`);
    await check(`input[name="ej-retrieval"][value="${w.retrieval}"]`);
    if (w.preset) await setValue('#ej-preset', w.preset);
    await until(() => get('.ej[data-status="idle"]') !== null, 'idle');
  }, want);
}

export interface Markers {
  /** The root's `data-outcome`. */
  outcome: string | null;
  nodes: string[];
  /** Every attempt in drawing order, as `result FROM->TO`. */
  attempts: string[];
  /** Every code badge: its `data-code`, its visible text, whether it is visible. */
  codes: { code: string; text: string; visible: boolean }[];
  queues: string[];
  folders: string[];
  verdict: string | null;
  /** Every verdict badge's checks, as `spf:pass dkim:fail …`. */
  verdicts: string[];
  /** Each recipient's result at the end of its branch. */
  results: Record<string, { result: string | null; code: string | null; text: string }>;
  /** The zones' box names. */
  zones: string[];
  token: string | null;
}

/** Steps the journey to its end with the keyboard shortcuts (End, then one more step), its marks drawn. */
export async function finish(page: Page): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.ej[data-status="finished"]');
  // The grammar's drawing loads just after the first screen; every journey has at least one attempt.
  await page.waitForSelector('.ej-attempt', { state: 'attached' });
}

export function markers(page: Page): Promise<Markers> {
  return page.evaluate(() => {
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const shown = (e: Element) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    return {
      outcome: document.querySelector('.ej')?.getAttribute('data-outcome') ?? null,
      nodes: all('[data-node]').map((e) => e.getAttribute('data-node') ?? ''),
      attempts: all('.ej-attempt[data-result]').map(
        (e) => `${e.getAttribute('data-result')} ${e.getAttribute('data-edge')}`,
      ),
      codes: all('[data-code]').map((e) => ({
        code: e.getAttribute('data-code') ?? '',
        text: e.textContent ?? '',
        visible: shown(e),
      })),
      queues: all('[data-queue]').map((e) => e.textContent ?? ''),
      folders: all('[data-folder]').map((e) => e.getAttribute('data-folder') ?? ''),
      verdict: document.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
      verdicts: all('[data-verdicts]').map((e) => e.getAttribute('data-verdicts') ?? ''),
      results: Object.fromEntries(
        all('[data-recipient]').map((e) => [
          e.getAttribute('data-recipient') ?? '',
          { result: e.getAttribute('data-result'), code: e.getAttribute('data-code'), text: e.textContent ?? '' },
        ]),
      ),
      zones: all('[data-zone] text.ej-zone-label').map((e) => e.textContent ?? ''),
      token: (document.querySelector('.ej-envelope') as HTMLElement | null)?.dataset.token ?? null,
    };
  });
}

/**
 * Steps through the whole journey in the page with the `ArrowRight` shortcut, and returns every pair
 * of labels, or label and token, whose boxes overlap, with the step it happened at. A step's picture
 * is drawn synchronously when React commits the store's change, so a task's turn is enough to wait.
 */
export function walkEveryStep(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // A task's turn without setTimeout's 4 ms clamp for nested timers.
    const channel = new MessageChannel();
    const frame = () =>
      new Promise((resolve) => {
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    const LABELS =
      '.ej-graph text.ej-title, .ej-graph text.ej-host, .ej-graph text.ej-zone-label, .ej-graph g.ej-mark, .ej-graph .ej-break rect, .ej-graph .ej-verdict';
    const name = (e: Element) => {
      const owner = e.closest('[data-node], [data-zone], .ej-mark, .ej-attempt');
      return `${e.getAttribute('class') ?? e.tagName} of ${owner?.getAttribute('data-node') ?? owner?.getAttribute('data-zone') ?? owner?.getAttribute('class') ?? '?'} “${(e.textContent ?? '').slice(0, 30)}”`;
    };
    const box = (e: Element) => e.getBoundingClientRect();
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1.5;
    const found: string[] = [];
    const check = (at: string) => {
      const measured = (selector: string) =>
        [...document.querySelectorAll(selector)].map((e) => [e, box(e)] as const).filter(([, b]) => b.width > 0);
      const labels = measured(LABELS);
      const tokens = measured('.ej-envelope [data-shape], .ej-question');
      for (let i = 0; i < labels.length; i++) {
        const [label, b] = labels[i]!;
        for (let j = i + 1; j < labels.length; j++)
          if (overlap(b, labels[j]![1])) found.push(`${at}: ${name(label)} / ${name(labels[j]![0])}`);
        for (const [token, t] of tokens) if (overlap(b, t)) found.push(`${at}: ${name(label)} / token ${name(token)}`);
      }
    };
    const root = document.querySelector('.ej')!;
    check('idle');
    for (let i = 0; i < 80 && root.getAttribute('data-status') !== 'finished'; i++) {
      const before = root.querySelector('[data-caption]')?.getAttribute('data-caption');
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await frame();
      await frame();
      if (root.querySelector('[data-caption]')?.getAttribute('data-caption') === before) await frame();
      check(`step ${i + 1}`);
    }
    return found;
  });
}
