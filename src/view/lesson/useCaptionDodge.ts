// Issue 16: on projector widths the caption lies over the picture's upper right, which is empty in
// most journeys; when it would hide the active node there (a forwarder, a second recipient's
// servers), it moves to the upper left if the node is free there.
import { useEffect, useState, type RefObject } from 'react';
import { useJourneyStore } from '../StoreContext';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The boxes a learner must see of the active node: its circle, title and host name. */
const nodeParts = (root: HTMLElement): Box[] =>
  [...root.querySelectorAll('[data-node][data-active="true"] :is(circle, .ej-title, .ej-host)')].map((el) =>
    el.getBoundingClientRect(),
  );

/** Whether the caption side should lie at the picture's start (left) instead of its end. */
export function useCaptionDodge(root: RefObject<HTMLElement | null>): boolean {
  const store = useJourneyStore();
  const [start, setStart] = useState(false);
  useEffect(() => {
    let frame = 0;
    const check = () => {
      const here = root.current;
      const side = here?.querySelector('.ej-side')?.getBoundingClientRect();
      const graph = here?.querySelector('.ej-graph')?.getBoundingClientRect();
      if (!here || !side || !graph || store.getState().status === 'idle') return setStart(false);
      // Only when the side lies over the picture (not beside or under it) and has a size.
      const over = side.width > 0 && side.left >= graph.left && side.right <= graph.right + 1 && side.top >= graph.top;
      if (!over) return;
      // The same box on the other side: the side's margins are the same on both.
      const mirrored = {
        ...side,
        left: graph.left + graph.right - side.right,
        right: graph.left + graph.right - side.left,
      };
      const parts = nodeParts(here);
      const hidden = (box: Box) => parts.some((part) => meet(part, box));
      if (hidden(side) && !hidden(mirrored)) setStart((was) => !was);
    };
    const later = () => {
      cancelAnimationFrame(frame);
      // Two frames: the picture marks the new active node in the frame after the store changes.
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(check)));
    };
    const unsubscribe = store.subscribe((now, before) => {
      if (now.cursor !== before.cursor || now.status !== before.status) later();
    });
    const card = root.current?.querySelector('.ej-narration');
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    if (card) resized?.observe(card);
    return () => {
      unsubscribe();
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, store]);
  return start;
}
