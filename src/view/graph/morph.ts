// A new layout morphing in: D3's transitions (with their timer, easing and interpolation, about 10 KB
// gzip). Not in the first load, since the first picture appears without motion: it comes with the
// later tier beside layout.ts, so it is in before any other layout is drawn.
import { easeCubicInOut } from 'd3-ease';
import { interpolateString } from 'd3-interpolate';
import type { BaseType, Selection } from 'd3-selection';
import 'd3-transition';

/**
 * Moves attributes to their new values over `ms`. Every attribute, `transform` included, is tweened
 * as a plain string of numbers: D3's own transform tween needs SVG matrix support that some
 * environments (jsdom) lack, and ours are plain translations.
 */
export function tween<E extends BaseType, D>(
  sel: Selection<E, D, BaseType, unknown>,
  ms: number,
  attrs: Record<string, (d: D) => string | number>,
): void {
  const transition = sel.transition().duration(ms).ease(easeCubicInOut);
  for (const [name, value] of Object.entries(attrs))
    transition.attrTween(name, function (d) {
      const from = (this as Element).getAttribute(name);
      const to = String(value(d));
      return from === null ? () => to : interpolateString(from, to);
    });
}

/** Stops every transition in `sel` (the picture is going away). */
export function interrupt<E extends BaseType, D, P extends BaseType>(sel: Selection<E, D, P, unknown>): void {
  sel.interrupt();
}
