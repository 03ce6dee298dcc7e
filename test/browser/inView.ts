// What the learner sees at each step of a journey, gathered in the page in one round trip: whether the
// active node, the caption and the whole stage are in view, whether the caption hides the active node,
// and whether the caption's text is cut. For the layout tests (lessonLayout.e2e.ts, lesson.e2e.ts).
import type { Page } from 'playwright-core';

export interface StepView {
  /** The caption's `data-caption`: the step's id. */
  step: string | null;
  /** The active node and the caption each at least partly inside the window. */
  node: boolean;
  caption: boolean;
  /** The picture and the playback bar, whole, inside the window. */
  stage: boolean;
  /** The caption's side lies over the active node's circle, title or host name. */
  hidden: boolean;
  /** How many px of the caption's side are cut off (scrolled away). */
  cut: number;
  /** The caption's side is widened for a long caption. */
  wide: boolean;
}

export interface Wanted {
  /** The whole picture and its controls in view too (projector sizes). */
  stage?: boolean;
  /** The caption never over the active node. */
  clear?: boolean;
  /** Wait at each step until the journey has paused after it (pace=step), and the caption is whole. */
  paused?: boolean;
}

/**
 * Goes through the journey's `steps` with the → shortcut, in the page (the first step is the one
 * showing already): at each step, once the timeline (drawn last) shows it, waits until the view is
 * what `wanted` asks for (as an expect.poll would: 15 s to give up) and notes what it saw. Stops at
 * the first step that never looked right, so the caller's expectations fail there.
 */
export function everyStepInView(page: Page, steps: number, wanted: Wanted = {}): Promise<StepView[]> {
  return page.evaluate(
    async ({ count, want }) => {
      const inside = (b: DOMRect | undefined) =>
        Boolean(b && b.bottom > 0 && b.right > 0 && b.top < innerHeight && b.left < innerWidth);
      const whole = (b: DOMRect | undefined) =>
        Boolean(b && b.top >= -1 && b.left >= -1 && b.bottom <= innerHeight + 1 && b.right <= innerWidth + 1);
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      const view = () => {
        const caption = document.querySelector('[data-caption]');
        const side = document.querySelector<HTMLElement>('.ej-side');
        const sideBox = side?.getBoundingClientRect();
        const parts = [
          ...document.querySelectorAll('[data-node][data-active="true"] :is(circle, .ej-title, .ej-host)'),
        ].map((el) => el.getBoundingClientRect());
        const meets = (p: DOMRect, s: DOMRect) =>
          p.left < s.right && s.left < p.right && p.top < s.bottom && s.top < p.bottom;
        return {
          step: caption?.getAttribute('data-caption') ?? null,
          node: inside(box('[data-node][data-active="true"]')),
          caption: inside(caption?.getBoundingClientRect()),
          stage: whole(box('.ej-graph')) && whole(box('.ej-playback')),
          hidden: Boolean(sideBox && sideBox.width > 0 && parts.some((p) => meets(p, sideBox))),
          cut: side ? side.scrollHeight - side.clientHeight : 0,
          wide: document.querySelector('.ej-side-wide') !== null,
        };
      };
      const good = (v: ReturnType<typeof view>) =>
        v.node && v.caption && (!want.stage || v.stage) && (!want.clear || !v.hidden) && (!want.paused || v.cut <= 1);
      const ready = () =>
        !want.paused || document.querySelector('.ej:is([data-status="paused"], [data-status="finished"])') !== null;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const views: ReturnType<typeof view>[] = [];
      for (let i = 0; i < count; i++) {
        if (i > 0) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        const giveUp = performance.now() + 15_000;
        while (document.querySelectorAll('.ej-timeline li[data-state="done"]').length !== i || !ready()) {
          if (performance.now() > giveUp) throw new Error(`the timeline never showed step ${i + 1}`);
          await frame();
        }
        // Good, and still good two frames later: the caption's box settles (widens for a long
        // caption, the mix-up note appears) a frame or two after the step is drawn.
        let now = view();
        for (let settled = 0; settled < 2 && performance.now() < giveUp;) {
          await frame();
          const next = view();
          settled = good(now) && good(next) && JSON.stringify(next) === JSON.stringify(now) ? settled + 1 : 0;
          now = next;
        }
        views.push(now);
        // Given up on this step: the caller's expectations name it; the later steps would only wait too.
        if (!good(now)) break;
      }
      return views;
    },
    { count: steps, want: wanted },
  );
}
