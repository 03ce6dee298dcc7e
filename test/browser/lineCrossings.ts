// Where the picture's lines cross its labels: a page function for the browser tests (issue 15 review).
import type { Page } from 'playwright-core';

/**
 * Every label a line crosses that it must not, and every pair of overlapping labels, in the picture
 * as it stands. A line must not cross a node's title or host name when it starts or ends at that
 * node, nor a zone's or an outsider's box name; in the tall (phone) layout it crosses no label at
 * all. `except` names nodes whose own lines may cross their labels (see the caller for why).
 */
export function lineCrossings(page: Page, except: readonly string[] = []): Promise<string[]> {
  return page.evaluate((excepted) => {
    const svg = document.querySelector('.ej-graph svg')!;
    const tall = svg.closest('.ej-graph')?.getAttribute('data-orientation') === 'tall';
    const measured = (selector: string) =>
      [...svg.querySelectorAll(selector)]
        .map((e) => [e, e.getBoundingClientRect()] as const)
        .filter(([, b]) => b.width > 0);
    const nodeLabels = measured('text.ej-title, text.ej-host');
    const zoneLabels = measured('text.ej-zone-label');
    const marks = measured('g.ej-mark');
    const nodeOf = (e: Element) => e.closest('[data-node]')?.getAttribute('data-node') ?? '';
    const name = (e: Element) =>
      `${e.getAttribute('class')} of ${nodeOf(e) || e.closest('[data-zone]')?.getAttribute('data-zone') || e.closest('[data-recipient]')?.getAttribute('data-recipient') || '?'} “${(e.textContent ?? '').slice(0, 24)}”`;
    const inside = (x: number, y: number, b: DOMRect) =>
      x > b.left + 1 && x < b.right - 1 && y > b.top + 1 && y < b.bottom - 1;
    const found: string[] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>('path.ej-edge, path.ej-attempt-line')) {
      const style = getComputedStyle(path);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const edge = path.closest('[data-edge]')?.getAttribute('data-edge') ?? path.getAttribute('data-edge') ?? '';
      const ends = edge.split('->');
      // Only labels within the line's box can hold one of its points: the line is sampled only
      // when there is one (sampling every line is most of what this costs).
      const reach = path.getBoundingClientRect();
      const near = (b: DOMRect, x0: number, y0: number, x1: number, y1: number) =>
        b.left < x1 && x0 < b.right && b.top < y1 && y0 < b.bottom;
      const watched = [
        ...zoneLabels,
        ...nodeLabels.filter(([e]) => tall || (ends.includes(nodeOf(e)) && !excepted.includes(nodeOf(e)))),
      ].filter(([, box]) => near(box, reach.left - 2, reach.top - 2, reach.right + 2, reach.bottom + 2));
      if (watched.length === 0) continue;
      const total = path.getTotalLength();
      const matrix = path.getScreenCTM();
      if (!total || !matrix) continue;
      const onScreen = (d: number): [number, number] => {
        const q = path.getPointAtLength(d);
        return [matrix.a * q.x + matrix.c * q.y + matrix.e, matrix.b * q.x + matrix.d * q.y + matrix.f];
      };
      // Every 3 units along the line, as before, but only in stretches that come near a label: a
      // point `r` units along the line from a stretch's middle is at most `r` units from it.
      const STRETCH = 30;
      const scale = Math.max(Math.hypot(matrix.a, matrix.b), Math.hypot(matrix.c, matrix.d));
      const points: [number, number][] = [];
      for (let from = 0; from <= total; from += STRETCH) {
        const [x, y] = onScreen(Math.min(from + STRETCH / 2, total));
        const r = scale * STRETCH + 2;
        if (!watched.some(([, box]) => near(box, x - r, y - r, x + r, y + r))) continue;
        for (let d = from; d < from + STRETCH && d <= total; d += 3) points.push(onScreen(d));
      }
      for (const [label, box] of watched)
        if (points.some(([x, y]) => inside(x, y, box))) found.push(`line ${edge} crosses ${name(label)}`);
    }
    const labels = [...nodeLabels, ...zoneLabels, ...marks];
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1.5;
    labels.forEach(([a, box], i) =>
      labels.slice(i + 1).forEach(([b, other]) => {
        if (overlap(box, other) && !a.contains(b) && !b.contains(a)) found.push(`${name(a)} / ${name(b)}`);
      }),
    );
    return [...new Set(found)];
  }, except);
}
