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

/**
 * Line ends for attempts, one per way an attempt can end: an arrowhead where it arrived, a bar
 * where it was stopped at the door. Each is `${id}-${result}`; CSS colours them like their line.
 */
export function attemptMarkers(defs: Selection<SVGDefsElement, unknown, null, undefined>, id: string) {
  const ends = {
    accepted: 'M0 0L10 5L0 10z',
    request: 'M0 0L10 5L0 10z',
    response: 'M0 0L10 5L0 10z',
    refused: 'M7 -2h3v14h-3z',
    deferred: 'M7 -2h3v14h-3z',
  } as const;
  for (const [result, d] of Object.entries(ends))
    defs
      .append('marker')
      .attr('id', `${id}-${result}`)
      .attr('viewBox', '0 -2 10 14')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 6)
      .attr('markerHeight', 8)
      .attr('orient', 'auto')
      .append('path')
      .attr('class', `ej-attempt-end ej-attempt-end--${result}`)
      .attr('d', d);
}
