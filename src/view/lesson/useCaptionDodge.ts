// Issue 16: on projector widths the caption lies over the picture's upper right, which is empty in
// most journeys; when it would hide the active node there (a forwarder, a second recipient's
// servers, DNS) or more of the journey just told than the upper left would, it moves to the upper
// left (captionPlace.ts), and back once that no longer holds.
import { useEffect, useState, type RefObject } from 'react';
import { useJourneyStore } from '../StoreContext';
import { atStart, underAtEnd, type NodeParts } from './captionPlace';
import { watchCaption } from './watchCaption';

/** The nodes told so far (the active one among them), each with the boxes a learner must see of it:
 *  its circle, title and host name; and the receiving MX's own resolver once drawn (active while asked). */
const toldNodes = (root: HTMLElement): NodeParts[] =>
  [...root.querySelectorAll('[data-node]:is([data-visited="true"], [data-active="true"]), [data-resolver-of]')].map(
    (node) => ({
      active: node.matches('[data-active="true"], [data-asking="true"]'),
      parts: [...node.querySelectorAll(':scope :is(circle, .ej-title, .ej-host, .ej-mark)')].map((el) =>
        el.getBoundingClientRect(),
      ),
    }),
  );

/** Where the caption lies over the picture: at its start (left) or end, and whether widened. */
export interface CaptionPlace {
  start: boolean;
  wide: boolean;
  /** Under the picture, not over it: at the end, when either side would hide the journey told. */
  under: boolean;
}

const OVER_END: CaptionPlace = { start: false, wide: false, under: false };

/** How much wider the widened side is (CSS: min(25rem, 36%) and min(33rem, 48%)): its text needs about that much less height. */
const WIDENING = 33 / 25;
/** The share of the picture's height the narrow box may take (app.css, `.ej-side` max-height). */
const NARROW_SHARE = 0.7;

/**
 * Where the caption side lies: at the picture's end (right), unless it would hide the active node
 * there and not at the start; widened when its words (a long caption with its common mix-up) do not
 * fit the height it has over the picture, so nothing is cut off and nothing needs scrolling.
 */
export function useCaptionDodge(root: RefObject<HTMLElement | null>): CaptionPlace {
  const store = useJourneyStore();
  const [place, setPlace] = useState<CaptionPlace>(OVER_END);
  useEffect(() => {
    let frame = 0;
    /** Sets the place when it differs from what is drawn (the side's classes, see App.tsx). */
    const show = (next: CaptionPlace, was: CaptionPlace) => {
      if (next.start !== was.start || next.wide !== was.wide || next.under !== was.under) setPlace(next);
    };
    const check = () => {
      const here = root.current;
      const sideElement = here?.querySelector<HTMLElement>('.ej-side');
      const side = sideElement?.getBoundingClientRect();
      const graph = here?.querySelector('.ej-graph')?.getBoundingClientRect();
      if (!here || !sideElement || !side || !graph) return;
      const was = {
        start: sideElement.classList.contains('ej-side-start'),
        wide: sideElement.classList.contains('ej-side-wide'),
        under: sideElement.classList.contains('ej-side-under'),
      };
      const { status } = store.getState();
      if (status === 'idle') return show(OVER_END, was);
      // Under the picture only while the journey stands at its end; over it again (then placed anew
      // at the next check) once it goes on.
      if (was.under) return status === 'finished' ? undefined : show(OVER_END, was);
      // Only when the side lies over the picture (not beside or under it) and has a size.
      const over = side.width > 0 && side.left >= graph.left && side.right <= graph.right + 1 && side.top >= graph.top;
      if (!over) return;
      // The same box on the other side: the side's margins are the same on both. (A DOMRect's sides
      // are getters, which spreading it would not copy.)
      const current = { left: side.left, right: side.right, top: side.top, bottom: side.bottom };
      const mirrored = {
        ...current,
        left: graph.left + graph.right - side.right,
        right: graph.left + graph.right - side.left,
      };
      const [atEnd, atStartBox] = was.start ? [mirrored, current] : [current, mirrored];
      const told = toldNodes(here);
      const needs = sideElement.scrollHeight;
      const room = sideElement.clientHeight;
      // The narrow box's room (app.css: max-height 70% of the picture's row less its top margin).
      const narrowRoom = NARROW_SHARE * graph.height - parseFloat(getComputedStyle(sideElement).marginTop);
      const next = {
        start: atStart(atEnd, atStartBox, told),
        under: status === 'finished' && underAtEnd(atEnd, atStartBox, told),
        // Widen when cut off; narrow again when the words, about WIDENING times taller in the
        // narrow box, would fit the room it had.
        wide: was.wide ? needs * WIDENING > narrowRoom + 1 : needs > room + 1,
      };
      show(next, was);
    };
    const later = () => {
      watchCaption(root.current, resized);
      cancelAnimationFrame(frame);
      // Two frames: the picture marks the new active node in the frame after the store changes.
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(check)));
    };
    const unsubscribe = store.subscribe((now, before) => {
      if (now.cursor !== before.cursor || now.status !== before.status) later();
    });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    watchCaption(root.current, resized);
    return () => {
      unsubscribe();
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, store]);
  return place;
}
