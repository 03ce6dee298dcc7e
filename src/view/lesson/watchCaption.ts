// The caption's side and card change size when the common mix-up appears (while paused) or a
// question opens, and the room over the picture with the picture (its layout glides in after Send).
// The card is drawn anew as the journey goes on, so each call observes the ones there now.
// Observing a target again would report it again (and so run the caller again): skip those.
const watched = new WeakMap<ResizeObserver, WeakSet<Element>>();

export function watchCaption(
  root: HTMLElement | null,
  resized: ResizeObserver | null,
  parts = '.ej-graph, .ej-side, .ej-narration',
): void {
  if (!root || !resized) return;
  const seen = watched.get(resized) ?? new WeakSet<Element>();
  watched.set(resized, seen);
  for (const element of root.querySelectorAll(parts)) {
    if (seen.has(element)) continue;
    seen.add(element);
    resized.observe(element);
  }
}
