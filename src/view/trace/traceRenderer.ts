// D3 renderer of a traced route inside a React-owned <svg>: zones, host boxes, arrows styled by
// TLS, and the envelope on the current hop. React calls update() on changes and setProgress() per frame.
import { select, type Selection } from 'd3-selection';
import { arrowMarkers } from '../graph/markers';
import { fitWidths } from '../graph/renderer';
import type { TraceEdge, TraceLayout, TraceNode, TraceZone } from './traceLayout';
import { edgeOfHop, hostLines, NODE, pointOnTraceEdge, shortHost } from './traceLayout';

export interface TraceView {
  layout: TraceLayout;
  cursor: number;
  selected: number | null;
  finished: boolean;
  reducedMotion: boolean;
  /** Text for a node's second line and a zone's label, already translated. */
  roleLabel: (node: TraceNode) => string;
  zoneLabel: (zone: TraceZone) => string;
  hostLabel: (node: TraceNode) => string;
  /** The refusal badge's spoken name: "refused with 550". */
  refusedLabel: (code: string) => string;
  onSelect: (hop: number) => void;
}

export interface TraceRenderer {
  update(view: TraceView): void;
  setProgress(progress: number): void;
  destroy(): void;
}

let instances = 0;

/** Zone colours borrowed from the journey's zones (app.css), in turn by organisation; grey when unnamed. */
const TONES = ['internet', 'sender-provider', 'recipient-provider', 'sender-device'] as const;

type Root = Selection<SVGSVGElement, unknown, null, undefined>;

/** Whether an arrow stands for hop `hop` (index into the hops); a fold's arrow stands for all it holds. */
const holds = (e: TraceEdge, hop: number) => e.hop <= hop && hop <= e.last;
/** Whether a box is the server of hop `hop`: its own, or one inside a fold. */
const covers = (n: TraceNode, hop: number) =>
  hop >= 0 && (n.folded ? n.index <= hop + 1 && hop + 1 < n.index + n.folded : n.index === hop + 1);

function scaffold(svg: Root, marker: string) {
  arrowMarkers(svg.append('defs'), marker, 'ej-arrowhead');
  return {
    zones: svg.append('g').attr('class', 'ejt-zones'),
    edges: svg.append('g').attr('class', 'ejt-edges'),
    nodes: svg.append('g').attr('class', 'ejt-nodes'),
    envelope: svg.append('g').attr('class', 'ejt-envelope').attr('aria-hidden', 'true').style('display', 'none'),
  };
}

/** Line ends sit on the box edges, not under the boxes. */
function clip(edge: TraceEdge): { x1: number; y1: number; x2: number; y2: number } {
  const dx = edge.to.x - edge.from.x;
  const dy = edge.to.y - edge.from.y;
  const horizontal = Math.abs(dx) >= Math.abs(dy);
  const gapX = horizontal ? NODE.width / 2 + 2 : 0;
  const gapY = horizontal ? 0 : NODE.height / 2 + 2;
  const sx = Math.sign(dx);
  const sy = Math.sign(dy);
  return {
    x1: edge.from.x + sx * gapX,
    y1: edge.from.y + sy * gapY,
    x2: edge.to.x - sx * gapX,
    y2: edge.to.y - sy * gapY,
  };
}

/** The simulation's cross, drawn in its reply-code badge (grammar.css `.ej-code`). */
const CROSS = 'M-4 -4L4 4M4 -4L-4 4';

/**
 * The refusal in the simulation's visual grammar: a red badge with a cross and the reply code
 * under the refusing server's box (`data-code`, as the journey's picture has it). The badge is
 * shown once the replay reaches that hop, never before: the route tells its end when it gets there.
 */
function drawRefusals(node: Selection<SVGGElement, TraceNode, SVGGElement, unknown>, view: TraceView) {
  node
    .selectAll<SVGGElement, string>('g.ej-code')
    .data((n) => (n.refused && (view.finished || view.cursor >= n.index - 1) ? [n.refused] : []))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ej-code').attr('data-kind', 'refused');
      g.append('rect').attr('rx', 11).attr('height', 22).attr('y', -11);
      g.append('path').attr('class', 'ej-mark-icon').attr('d', CROSS).attr('transform', 'translate(-14,0)');
      g.append('text').attr('dy', '0.35em').attr('x', 4).attr('text-anchor', 'middle');
      return g;
    })
    .attr('data-code', (code) => code)
    .attr('aria-label', (code) => view.refusedLabel(code))
    .attr('transform', `translate(0,${NODE.height / 2 + 32})`)
    .each(function (code) {
      const g = select(this);
      const width = 36 + 8.5 * code.length;
      g.select('rect')
        .attr('x', -width / 2)
        .attr('width', width);
      g.select('text').text(code);
    });
}

export function createTraceRenderer(element: SVGSVGElement): TraceRenderer {
  const marker = `ejt-arrow-${++instances}`;
  const svg: Root = select(element);
  const layer = scaffold(svg, marker);
  layer.envelope.append('rect').attr('x', -13).attr('y', -9).attr('width', 26).attr('height', 18).attr('rx', 2);
  layer.envelope.append('path').attr('d', 'M-13 -9 L0 2 L13 -9');
  let edges: TraceEdge[] = [];
  let cursor = -1;
  let still = false;

  function drawZones(view: TraceView) {
    const zone = layer.zones
      .selectAll<SVGGElement, TraceZone>('g.ejt-zone')
      .data(view.layout.zones, (z) => z.key)
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('rx', 10);
        g.append('text').attr('class', 'ej-zone-label');
        return g;
      });
    zone.attr('class', (z) => `ej-zone ejt-zone ej-zone--${TONES[z.tone] ?? 'internet'}`);
    zone
      .select('rect')
      .attr('x', (z) => z.x)
      .attr('y', (z) => z.y)
      .attr('width', (z) => z.width)
      .attr('height', (z) => z.height);
    zone
      .select('text')
      .attr('x', (z) => z.x + 10)
      .attr('y', (z) => z.y + 16)
      .text((z) => (z.labelled ? shortHost(view.zoneLabel(z), Math.floor(z.width / 7.5)) : ''));
  }

  function drawEdges(view: TraceView) {
    layer.edges
      .selectAll<SVGLineElement, TraceEdge>('line.ejt-edge')
      .data(view.layout.edges, (e) => String(e.hop))
      .join('line')
      .attr('class', 'ej-edge ejt-edge')
      .attr('data-edge', (e) => String(e.hop + 1))
      .attr('data-tls', (e) => e.tls)
      .attr('data-upstream', (e) => (e.upstream ? 'true' : null))
      .attr('data-result', (e) => (e.refused ? 'refused' : null))
      .attr('data-active', (e) => (holds(e, view.cursor) && !view.finished ? 'true' : null))
      .attr('data-visited', (e) => (e.hop <= view.cursor ? 'true' : null))
      .attr('data-selected', (e) => (view.selected !== null && holds(e, view.selected) ? 'true' : null))
      .attr('marker-end', (e) => `url(#${marker}${holds(e, view.cursor) && !view.finished ? '-active' : ''})`)
      .each(function (e) {
        const c = clip(e);
        select(this).attr('x1', c.x1).attr('y1', c.y1).attr('x2', c.x2).attr('y2', c.y2);
      });
  }

  function drawNodes(view: TraceView) {
    const node = layer.nodes
      .selectAll<SVGGElement, TraceNode>('g.ejt-node')
      .data(view.layout.nodes, (n) => String(n.index))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'ejt-node');
        g.append('title');
        g.append('rect').attr('class', 'ejt-box').attr('rx', 8);
        g.append('rect').attr('class', 'ejt-badge').attr('rx', 11).attr('height', 22);
        g.append('text').attr('class', 'ejt-badge-text').attr('text-anchor', 'middle').attr('dy', '0.35em');
        g.append('text').attr('class', 'ejt-host').attr('text-anchor', 'middle');
        g.append('text').attr('class', 'ejt-domain').attr('text-anchor', 'middle');
        g.append('text').attr('class', 'ejt-role').attr('text-anchor', 'middle');
        g.append('text').attr('class', 'ejt-verdict-mark').attr('text-anchor', 'middle').attr('dy', '0.35em');
        return g;
      });
    drawRefusals(node, view);
    node
      .attr('data-hop', (n) => String(n.index))
      .attr('data-role', (n) => n.role)
      .attr('data-folded', (n) => (n.folded ? String(n.folded) : null))
      .attr('data-upstream', (n) => (n.upstream ? 'true' : null))
      .attr('data-verdicts', (n) => n.verdicts)
      .attr('data-active', (n) => (covers(n, view.cursor) ? 'true' : null))
      .attr('data-visited', (n) => (n.index <= view.cursor + 1 && view.cursor >= 0 ? 'true' : null))
      .attr('data-selected', (n) => (view.selected !== null && covers(n, view.selected) ? 'true' : null))
      .attr('transform', (n) => `translate(${n.x},${n.y})`)
      .on('click', (_, n) => view.onSelect(Math.max(0, n.index - 1)));
    node.select('title').text((n) => `${view.hostLabel(n)} — ${view.roleLabel(n)}`);
    node
      .select('rect')
      .attr('x', -NODE.width / 2)
      .attr('y', -NODE.height / 2)
      .attr('width', NODE.width)
      .attr('height', NODE.height);
    // A round badge for 1–2 digits, a pill that grows for the hop numbers of a long chain.
    const badgeWidth = (n: TraceNode) => Math.max(22, 8 + 7.5 * (n.folded ? 1 : String(n.index).length));
    node
      .select('rect.ejt-badge')
      .attr('width', badgeWidth)
      .attr('x', (n) => -NODE.width / 2 - badgeWidth(n) / 2)
      .attr('y', -NODE.height / 2 - 11);
    node
      .select('.ejt-badge-text')
      .attr('x', -NODE.width / 2)
      .attr('y', -NODE.height / 2)
      .text((n) => (n.folded ? '…' : String(n.index)));
    const inside = NODE.width - 12;
    const fits: [SVGTextElement, number][] = [];
    node.each(function (n) {
      const [name, domain] = hostLines(view.hostLabel(n));
      const g = select(this);
      fits.push([
        g
          .select<SVGTextElement>('.ejt-host')
          .attr('y', domain ? -4 : 4)
          .text(name)
          .node()!,
        inside,
      ]);
      fits.push([g.select<SVGTextElement>('.ejt-domain').attr('y', 13).text(domain).node()!, inside]);
    });
    fitWidths(fits);
    node
      .select('.ejt-role')
      .attr('y', NODE.height / 2 + 17)
      .text((n) => shortHost(view.roleLabel(n), 26, 'start'));
    // Verdicts written at this server: a round mark at the box's top right corner (✓ believed, ! not).
    node
      .select('.ejt-verdict-mark')
      .attr('x', NODE.width / 2)
      .attr('y', -NODE.height / 2)
      .text((n) => (n.verdicts === 'trusted' ? '✓' : n.verdicts ? '!' : ''));
  }

  function placeEnvelope(progress: number) {
    const edge = cursor >= 0 ? edgeOfHop(edges, cursor) : undefined;
    if (!edge) return void layer.envelope.style('display', 'none');
    const c = clip(edge);
    const p = pointOnTraceEdge({ ...edge, from: { x: c.x1, y: c.y1 }, to: { x: c.x2, y: c.y2 } }, still ? 1 : progress);
    // Beside the line, not on it: above a level arrow, to the right of a vertical one.
    const level = Math.abs(c.x2 - c.x1) >= Math.abs(c.y2 - c.y1);
    layer.envelope
      .style('display', null)
      .attr('transform', `translate(${level ? p.x : p.x + 20},${level ? p.y - 14 : p.y})`);
  }

  return {
    update(view) {
      svg.attr('viewBox', `0 0 ${view.layout.width} ${view.layout.height}`);
      drawZones(view);
      drawEdges(view);
      drawNodes(view);
      edges = view.layout.edges;
      cursor = view.finished ? -1 : view.cursor;
      still = view.reducedMotion;
    },
    setProgress: placeEnvelope,
    destroy() {
      svg.selectAll('*').remove();
    },
  };
}
