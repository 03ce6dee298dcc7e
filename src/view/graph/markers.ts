// Arrowheads for a picture's lines: a plain one and one in the accent colour for the hop under way.
import type { Selection } from 'd3-selection';

/** Adds markers `id` and `id-active` to <defs>; their paths get `className` (and `className--active`). */
export function arrowMarkers(defs: Selection<SVGDefsElement, unknown, null, undefined>, id: string, className: string) {
  for (const [markerId, classes] of [
    [id, className],
    [`${id}-active`, `${className} ${className}--active`],
  ] as const)
    defs
      .append('marker')
      .attr('id', markerId)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('orient', 'auto-start-reverse')
      .append('path')
      .attr('class', classes)
      .attr('d', 'M0 0L10 5L0 10z');
}
