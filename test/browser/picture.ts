// Helpers for the picture's browser tests: the journeys, their final markers, and label overlaps.
import type { Page } from 'playwright-core';
import { PRESETS } from '../../src/model';

/** The fifteen journeys of issue 14: the default, same-domain, POP3 and every preset, as URL queries. */
export const JOURNEYS: readonly (readonly [string, string])[] = [
  ['default', ''],
  ['same-domain', 'mode=same-domain'],
  ['pop3', 'retrieval=pop3'],
  ...PRESETS.map((p) => [p, `scenario=${p}`] as const),
];

export interface Markers {
  nodes: string[];
  /** Every attempt in drawing order, as `result FROM->TO`. */
  attempts: string[];
  /** Every code badge: its `data-code`, its visible text, whether it is visible. */
  codes: { code: string; text: string; visible: boolean }[];
  queues: string[];
  folders: string[];
  verdict: string | null;
  token: string | null;
}

/** Steps the journey to its end with the keyboard shortcuts (End, then one more step). */
export async function finish(page: Page): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.ej[data-status="finished"]');
}

export function markers(page: Page): Promise<Markers> {
  return page.evaluate(() => {
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const shown = (e: Element) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    return {
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
      token: (document.querySelector('.ej-envelope') as HTMLElement | null)?.dataset.token ?? null,
    };
  });
}

/**
 * Steps through the whole journey in the page (the `ArrowRight` shortcut, one frame each) and
 * returns every pair of labels, or label and token, whose boxes overlap, with the step it happened at.
 */
export function overlapsAtEveryStep(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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
      const labels = [...document.querySelectorAll(LABELS)].filter((e) => box(e).width > 0);
      const tokens = [...document.querySelectorAll('.ej-envelope [data-shape], .ej-question')].filter(
        (e) => box(e).width > 0 && getComputedStyle(e).display !== 'none',
      );
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++)
          if (overlap(box(labels[i]!), box(labels[j]!))) found.push(`${at}: ${name(labels[i]!)} / ${name(labels[j]!)}`);
        for (const token of tokens)
          if (overlap(box(labels[i]!), box(token))) found.push(`${at}: ${name(labels[i]!)} / token ${name(token)}`);
      }
    };
    const root = document.querySelector('.ej')!;
    check('idle');
    for (let i = 0; i < 80 && root.getAttribute('data-status') !== 'finished'; i++) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await frame();
      await frame();
      check(`step ${i + 1}`);
    }
    return found;
  });
}
