// Issue 16: the presentation layout: a Present button, Full screen presenting by default, and the
// picture following the active node so that node and caption stay in view at every step.
import { useEffect, useState, type RefObject } from 'react';
import type { Layout } from '../../store/journeyStore';
import { useJourney, useJourneyStore } from '../StoreContext';
import { useT } from '../useT';
import { watchCaption } from './watchCaption';

/** Whether the app's root is in full screen (where it presents unless the teacher chose otherwise). */
function useFullscreen(root: RefObject<HTMLElement | null>): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [root]);
  return active;
}

/** The layout to draw: the configured one, or `present` while in full screen. */
export function useLayout(root: RefObject<HTMLElement | null>): Layout {
  const layout = useJourney((s) => s.layout);
  return useFullscreen(root) ? 'present' : layout;
}

export function PresentButton() {
  const t = useT();
  const layout = useJourney((s) => s.layout);
  const setDisplay = useJourney((s) => s.actions.setDisplay);
  const presenting = layout === 'present';
  return (
    <button
      type="button"
      className="ej-small"
      aria-pressed={presenting}
      onClick={() => setDisplay({ layout: presenting ? 'full' : 'present' })}
    >
      {t(presenting ? 'layout.leave' : 'layout.present')}
    </button>
  );
}

/** Following watches only the caption card: a resize of the picture or the side (the Expert panel
 *  opening, the caption widening) must not pull a reader back to the active node. */
const CAPTION_CARD = '.ej-narration';

const inView = (box: DOMRect) =>
  box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;

/** Where the window's visible picture ends: above the caption card when it is pinned to the bottom. */
function visibleBottom(card: Element | null): number {
  const box = card?.getBoundingClientRect();
  const pinned = box && box.top > 0 && box.bottom >= window.innerHeight - 2;
  return pinned ? box.top : window.innerHeight;
}

/** The box around the picture and the playback bar under (or over) it, if both are drawn. */
function stageBox(root: HTMLElement): { top: number; bottom: number; height: number } | null {
  const boxes = [root.querySelector('.ej-graph'), root.querySelector('.ej-playback')]
    .filter((el): el is Element => el !== null)
    .map((el) => el.getBoundingClientRect());
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return { top, bottom, height: bottom - top };
}

/** Room kept between a question's card and the window's edge. */
const CARD_MARGIN = 8;

/**
 * The scroll (px) that shows the whole question card, starting from the one planned for the node;
 * the card's top first when it is taller than the window. Its side (which may scroll on its own)
 * shows it from the top, where the card is.
 */
export function cardInView(card: HTMLElement, planned: number): number {
  const side = card.closest('.ej-side');
  if (side && side.scrollTop > 0) side.scrollTop = 0;
  const box = card.getBoundingClientRect();
  const top = box.top - planned;
  const bottom = box.bottom - planned;
  if (top < 0) return planned + top - CARD_MARGIN;
  if (bottom > window.innerHeight)
    return planned + Math.min(bottom - window.innerHeight + CARD_MARGIN, top - CARD_MARGIN);
  return planned;
}

/**
 * After each step change (and when a question opens), brings the active node into view if it is not
 * (a phone, a short projector), then the open question's card, or else the caption if scrolling hid
 * it. Reduced motion jumps instead of gliding.
 */
export function useFollowActive(root: RefObject<HTMLElement | null>): void {
  const store = useJourneyStore();
  useEffect(() => {
    let frame = 0;
    const follow = () => {
      const here = root.current;
      const { status, cursor, motion, controls } = store.getState();
      // Nothing to follow before Send, or when the app is not laid out (a hidden tab, no layout engine).
      if (!here || status === 'idle' || cursor < 0 || here.getBoundingClientRect().width === 0) return;
      // A picture without controls (a worksheet's figure, a host-driven one) never moves its page.
      if (controls === 'none') return;
      const smooth = motion !== 'reduce' && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto';
      const node = here.querySelector('[data-node][data-active="true"]');
      const caption = here.querySelector('[data-caption]');
      const bottom = visibleBottom(caption?.closest('.ej-narration') ?? null);
      const box = node?.getBoundingClientRect();
      // How far to scroll: the whole picture with its controls if it fits (a projector), so it stands
      // still; otherwise the node centred in the part of the window the pinned caption leaves free.
      const stage = stageBox(here);
      let delta = 0;
      if (stage && stage.height <= bottom && (stage.top < 0 || stage.bottom > bottom))
        delta = stage.top < 0 ? stage.top : stage.bottom - bottom;
      else if (box && (box.top < 0 || box.bottom > bottom)) delta = box.top + box.height / 2 - bottom / 2;
      // A question pausing the journey is never scrolled away: its card wins over the node.
      const card = here.querySelector<HTMLElement>('.ej-checkpoint');
      if (card) delta = cardInView(card, delta);
      if (delta !== 0) window.scrollBy({ top: delta, behavior });
      else if (!card && caption && !inView(caption.getBoundingClientRect()))
        caption.scrollIntoView({ block: 'nearest', behavior });
    };
    const later = () => {
      watchCaption(root.current, resized, CAPTION_CARD);
      cancelAnimationFrame(frame);
      // Two frames: the picture marks the new active node in the frame after the store changes.
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(follow)));
    };
    const unsubscribe = store.subscribe((now, before) => {
      if (now.cursor !== before.cursor || now.status !== before.status || now.pending !== before.pending) later();
    });
    // The caption card grows when the mix-up note appears (while paused): follow again then.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    watchCaption(root.current, resized, CAPTION_CARD);
    return () => {
      unsubscribe();
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, store]);
}
