// The D3 renderer: draws the graph inside a React-owned <svg> and animates it from store state.
// React creates it on a ref and calls update() when the plan, step or layout changes, and
// setProgress() every frame; D3 never owns state of its own.
import { easeCubicInOut } from 'd3-ease';
import { interpolateString } from 'd3-interpolate';
import { select, type BaseType, type Selection } from 'd3-selection';
import 'd3-transition';
import type { NodeId, Step, Text } from '../../model';
import { ENVELOPE, ICONS } from './icons';
import { arrowMarkers } from './markers';
import type { LaidEdge, LaidNode, LaidZone, Layout, Point } from './layout';
import { pointOnEdge, wrapLabel } from './layout';
import { tokensAt } from './motion';

export interface GraphView {
  layout: Layout;
  step: Step | null;
  visited: ReadonlySet<NodeId>;
  finished: boolean;
  reducedMotion: boolean;
  /** Expert depth shows the protocol and port on the active edge. */
  showPorts: boolean;
  label: (text: Text) => string;
}

export interface GraphRenderer {
  update(view: GraphView): void;
  setProgress(progress: number): void;
  destroy(): void;
}

const NODE_RADIUS = 28;
const LAYOUT_MS = 650;
/** The envelope rides beside the line and parks like a badge on the node's shoulder. */
const ENVELOPE_OFFSET = { x: 26, y: -30 };
/** Characters per label line in the wide layout, where columns are 160 units apart. */
const WRAP_CHARS = 17;
/** Widest a label line may be: a column's width below a node, the rest of the row beside it. */
const MAX_LABEL_BELOW = 152;
const MAX_LABEL_BESIDE = 270;

let instances = 0;

type AnySelection<E extends BaseType, D> = Selection<E, D, BaseType, unknown>;

/**
 * Writes only the attributes whose value changed (null removes one). Every step change redraws the
 * whole picture, and re-setting an unchanged `d`, `transform` or `marker-end` still makes Chromium
 * re-parse it, restyle it and lay the picture out again: the frame after a step ran long.
 */
function setChanged<E extends BaseType, D>(
  sel: AnySelection<E, D>,
  attrs: Record<string, (d: D) => string | number | null>,
) {
  for (const [name, value] of Object.entries(attrs))
    sel.each(function (d) {
      const element = this as Element;
      const next = value(d);
      if (next === null) element.removeAttribute(name);
      else if (element.getAttribute(name) !== String(next)) element.setAttribute(name, String(next));
    });
}

/**
 * Applies attributes at once, or through a transition when motion is allowed. Every attribute,
 * `transform` included, is tweened as a plain string of numbers: D3's own transform tween needs
 * SVG matrix support that some environments (jsdom) lack, and ours are plain translations.
 */
function morph<E extends BaseType, D>(
  sel: AnySelection<E, D>,
  ms: number,
  attrs: Record<string, (d: D) => string | number>,
) {
  if (ms <= 0) {
    setChanged(sel, attrs);
    return;
  }
  const transition = sel.transition().duration(ms).ease(easeCubicInOut);
  for (const [name, value] of Object.entries(attrs))
    transition.attrTween(name, function (d) {
      const from = (this as Element).getAttribute(name);
      const to = String(value(d));
      return from === null ? () => to : interpolateString(from, to);
    });
}

/** Moves a point `gap` units from `a` towards `b`, so line ends sit on the node circles, not under them. */
function toward(a: Point, b: Point, gap: number): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: a.x + ((b.x - a.x) / len) * gap, y: a.y + ((b.y - a.y) / len) * gap };
}

/**
 * Squeezes labels that would overflow their boxes. All attributes are cleared first, then all
 * measured, then the long ones set: measuring one, changing it and measuring the next would make
 * the browser lay out the page again for every label. Measuring needs a real browser, so
 * elsewhere labels are left alone.
 */
export function fitWidths(items: readonly (readonly [SVGTextContentElement, number])[]) {
  for (const [text] of items) {
    text.removeAttribute('textLength');
    text.removeAttribute('lengthAdjust');
  }
  const measured = items.map(([text]) =>
    typeof text.getComputedTextLength === 'function' ? text.getComputedTextLength() : 0,
  );
  items.forEach(([text, max], i) => {
    if (measured[i]! > max) {
      text.setAttribute('textLength', String(max));
      text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
  });
}

/** A straight line, or a quadratic curve around the nodes it would otherwise cross. */
function edgePath(e: LaidEdge): string {
  const start = toward(e.source, e.control ?? e.target, NODE_RADIUS + 4);
  const end = toward(e.target, e.control ?? e.source, NODE_RADIUS + 6);
  return e.control
    ? `M${start.x},${start.y}Q${e.control.x},${e.control.y} ${end.x},${end.y}`
    : `M${start.x},${start.y}L${end.x},${end.y}`;
}

/**
 * The moving tokens (envelope, DNS question) live in an HTML overlay above the <svg> and move by
 * CSS transform: moving them inside the SVG made Chromium repaint the whole picture every frame,
 * which slow laptops could not keep up with. Positions stay in SVG units and are mapped here.
 */
function overlayTokens(overlay: HTMLElement) {
  // Each token is an HTML box holding its icon: a transform on the box is composited, while one on
  // an <svg> element itself makes Chromium lay out and repaint around it.
  const layer = select(overlay);
  const envelopeBox = layer.append('div').attr('class', 'ej-token ej-envelope').style('display', 'none');
  const envelope = envelopeBox.append('svg').attr('viewBox', '-17 -12 34 24');
  envelope
    .append('rect')
    .attr('x', -ENVELOPE.width / 2)
    .attr('y', -ENVELOPE.height / 2)
    .attr('width', ENVELOPE.width)
    .attr('height', ENVELOPE.height)
    .attr('rx', 3);
  envelope.append('path').attr('d', ENVELOPE.flap);
  const questionBox = layer.append('div').attr('class', 'ej-token ej-question').style('display', 'none');
  const question = questionBox.append('svg').attr('viewBox', '-14 -14 28 28');
  question.append('circle').attr('r', 13);
  question.append('text').attr('dy', '0.35em').attr('text-anchor', 'middle');
  return { envelope: envelopeBox.node()!, question: questionBox.node()!, questionText: question.select('text') };
}

/**
 * Shows a token at a point in SVG units, or hides it, writing to the DOM only when something
 * changed. The SVG-to-overlay mapping is measured only after `invalidate()` (a resize or a new
 * layout): measuring reads layout, and doing it right after a step's DOM changes would force
 * Chromium to lay out the page in the middle of the frame.
 */
function placer(svgElement: SVGSVGElement, overlay: HTMLElement) {
  const last = new Map<Element, string>();
  let mapping: { scale: number; x: number; y: number } | null = null;
  const measure = () => {
    // jsdom has no geometry: there SVG units are taken as pixels.
    const m = typeof svgElement.getScreenCTM === 'function' ? svgElement.getScreenCTM() : null;
    if (!m) return { scale: 1, x: 0, y: 0 };
    const box = overlay.getBoundingClientRect();
    return { scale: m.a, x: m.e - box.left, y: m.f - box.top };
  };
  const place = (token: HTMLElement, at: Point | null) => {
    let transform = 'none';
    if (at) {
      mapping ??= measure();
      const { scale, x, y } = mapping;
      transform = `translate(${(scale * at.x + x).toFixed(1)}px, ${(scale * at.y + y).toFixed(1)}px) scale(${scale.toFixed(3)})`;
    }
    const before = last.get(token);
    if (before === transform) return;
    last.set(token, transform);
    if ((before === 'none') !== (transform === 'none')) token.style.display = at ? '' : 'none';
    if (at) token.style.transform = transform;
  };
  return {
    place,
    invalidate: () => {
      mapping = null;
    },
  };
}

export function createRenderer(svgElement: SVGSVGElement, overlay: HTMLElement): GraphRenderer {
  const svg = select(svgElement);
  const arrowId = `ej-arrow-${++instances}`;
  arrowMarkers(svg.append('defs'), arrowId, 'ej-arrowhead');
  const zonesLayer = svg.append('g').attr('class', 'ej-zones');
  const edgesLayer = svg.append('g').attr('class', 'ej-edges');
  const nodesLayer = svg.append('g').attr('class', 'ej-nodes');
  const tokensLayer = svg.append('g').attr('class', 'ej-tokens');
  const pill = tokensLayer.append('g').attr('class', 'ej-pill').style('display', 'none');
  pill.append('rect').attr('rx', 10).attr('height', 22).attr('y', -11);
  pill.append('text').attr('dy', '0.35em').attr('text-anchor', 'middle');
  const marks = overlayTokens(overlay);
  const { place, invalidate } = placer(svgElement, overlay);
  // The mapping changes when the picture is resized, and every frame while a new layout morphs in.
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(invalidate) : null;
  resized?.observe(svgElement);
  let morphingUntil = 0;

  let view: GraphView | null = null;
  let shownLabels = '';
  /** The current step's curve, looked up once per step, not once per frame. */
  let control: Point | null = null;
  let positions = new Map<NodeId, Point>();
  let progress = 0;

  function drawZones(zones: LaidZone[], ms: number, label: GraphView['label']) {
    const groups = zonesLayer
      .selectAll<SVGGElement, LaidZone>('g.ej-zone')
      .data(zones, (z) => z.zone)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', (z) => `ej-zone ej-zone--${z.zone}`)
          .attr('opacity', 0);
        g.append('rect').attr('rx', 14);
        g.append('text').attr('class', 'ej-zone-label');
        return g;
      });
    groups.attr('data-zone', (z) => z.zone);
    morph(groups, ms, { opacity: () => 1 });
    morph(groups.select<SVGRectElement>('rect'), ms, {
      x: (z) => z.x,
      y: (z) => z.y,
      width: (z) => z.width,
      height: (z) => z.height,
    });
    const fits: [SVGTextElement, number][] = [];
    groups
      .select<SVGTextElement>('text')
      .text((z) => label(z.label))
      .each(function (z) {
        fits.push([this, z.width - 28]);
      });
    fitWidths(fits);
    // Right-aligned: edges enter zones on the left and in the middle, rarely at the right end.
    groups.select('text').attr('text-anchor', 'end');
    morph(groups.select<SVGTextElement>('text'), ms, { x: (z) => z.x + z.width - 14, y: (z) => z.y + 22 });
  }

  function drawEdges(edges: LaidEdge[], ms: number, step: Step | null) {
    const activeId = step && step.from !== step.to ? `${step.from}->${step.to}` : null;
    const lines = edgesLayer
      .selectAll<SVGPathElement, LaidEdge>('path.ej-edge')
      .data(edges, (e) => e.id)
      .join((enter) => enter.append('path').attr('class', 'ej-edge').attr('opacity', 0));
    const marker = (e: LaidEdge) => `url(#${arrowId}${e.id === activeId ? '-active' : ''})`;
    setChanged(lines, {
      'data-edge': (e) => e.id,
      'data-kind': (e) => (e.to === 'dns' ? 'lookup' : 'hop'),
      'data-active': (e) => String(e.id === activeId),
      'marker-end': marker,
      'marker-start': (e) => (e.to === 'dns' ? marker(e) : null),
    });
    morph(lines, ms, { opacity: () => 1, d: edgePath });
  }

  function drawNodes(v: GraphView, ms: number, relabel: boolean) {
    const activeId = v.step ? v.step.to : null;
    const groups = nodesLayer
      .selectAll<SVGGElement, LaidNode>('g.ej-node')
      .data(v.layout.nodes, (n) => n.node.id)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', 'ej-node')
          .attr('opacity', 0)
          .attr('transform', (n) => `translate(${n.x},${n.y})`);
        g.append('circle')
          .attr('class', 'ej-halo')
          .attr('r', NODE_RADIUS + 9);
        g.append('circle').attr('class', 'ej-body').attr('r', NODE_RADIUS);
        g.append('path').attr('class', 'ej-icon').attr('transform', 'translate(-14,-14) scale(1.1667)');
        g.append('text').attr('class', 'ej-title');
        g.append('text').attr('class', 'ej-host');
        return g;
      });
    setChanged(groups, {
      'data-node': (n) => n.node.id,
      'data-kind': (n) => n.node.kind,
      'data-active': (n) => String(n.node.id === activeId),
      'data-visited': (n) => String(v.visited.has(n.node.id)),
    });
    morph(groups.select<SVGPathElement>('path.ej-icon'), 0, { d: (n) => ICONS[n.node.kind] });
    morph(groups, ms, { opacity: () => 1, transform: (n) => `translate(${n.x},${n.y})` });
    // Labels change only with the layout; measuring them forces a layout pass, so not every step.
    if (relabel) drawLabels(groups, v);
  }

  function drawLabels(groups: AnySelection<SVGGElement, LaidNode>, v: GraphView) {
    const tall = v.layout.orientation === 'tall';
    const beside = (n: LaidNode) => tall && n.node.id !== 'dns';
    const titleLines = (n: LaidNode) =>
      beside(n) ? [v.label(n.node.title)] : wrapLabel(v.label(n.node.title), WRAP_CHARS);
    const fits: [SVGTSpanElement, number][] = [];
    groups
      .select<SVGTextElement>('text.ej-title')
      .attr('text-anchor', (n) => (beside(n) ? 'start' : 'middle'))
      .each(function (n) {
        const lines = titleLines(n);
        select(this)
          .selectAll<SVGTSpanElement, string>('tspan')
          .data(lines)
          .join('tspan')
          .attr('x', beside(n) ? NODE_RADIUS + 14 : 0)
          .attr('y', (_, i) => (beside(n) ? -4 : NODE_RADIUS + 22 + i * 18))
          .text((line) => line)
          .each(function () {
            fits.push([this, beside(n) ? MAX_LABEL_BESIDE : MAX_LABEL_BELOW]);
          });
      });
    fitWidths(fits);
    groups
      .select<SVGTextElement>('text.ej-host')
      .attr('text-anchor', (n) => (beside(n) ? 'start' : 'middle'))
      .attr('x', (n) => (beside(n) ? NODE_RADIUS + 14 : 0))
      .attr('y', (n) => (beside(n) ? 16 : NODE_RADIUS + 22 + titleLines(n).length * 18))
      .text((n) => n.node.host);
  }

  function drawPill(step: Step | null, show: boolean) {
    const a = step ? positions.get(step.from) : undefined;
    const b = step ? positions.get(step.to) : undefined;
    if (!show || !step || !a || !b || step.from === step.to) {
      if (pill.style('display') !== 'none') pill.style('display', 'none');
      return;
    }
    // A short tag sits on the line itself (the envelope rides above it): "SMTP 587", "DNS 53", "LMTP".
    const name = step.protocol.split(' ')[0] ?? step.protocol; // the protocol's own name, never translated
    const label = step.port === null ? name : `${name} ${step.port}`;
    const width = label.length * 7.6 + 16;
    const mid = pointOnEdge(a, b, control, 0.5);
    pill.style('display', null).attr('transform', `translate(${mid.x},${mid.y})`);
    pill
      .select('rect')
      .attr('x', -width / 2)
      .attr('width', width);
    pill.select('text').text(label);
  }

  function drawTokens() {
    if (morphingUntil > 0 && performance.now() < morphingUntil) invalidate();
    const step = view?.step ?? null;
    const jump = view?.reducedMotion ?? false;
    const shownProgress = view?.finished ? 1 : progress;
    const tokens = tokensAt(
      step,
      shownProgress,
      step ? positions.get(step.from) : undefined,
      step ? positions.get(step.to) : undefined,
      jump,
      control,
    );
    const { envelope, question } = tokens;
    place(
      marks.envelope,
      envelope?.visible ? { x: envelope.x + ENVELOPE_OFFSET.x, y: envelope.y + ENVELOPE_OFFSET.y } : null,
    );
    const asking = question && !view?.finished ? question : null;
    place(marks.question, asking);
    if (asking) {
      const text = asking.answering ? (step?.id === 'dns-mx' ? 'MX' : 'A') : '?';
      if (marks.questionText.text() !== text) marks.questionText.text(text);
      const answering = String(asking.answering);
      if (marks.question.dataset.answering !== answering) marks.question.dataset.answering = answering;
    }
  }

  /** Where the first picture waits for its frame (see update). */
  let firstView: GraphView | null = null;
  let firstFrame = 0;

  function draw(next: GraphView) {
    const ms = next.reducedMotion || !view ? 0 : LAYOUT_MS;
    const layoutChanged = view?.layout !== next.layout;
    // A new catalogue (a language, or strings of a later part) relabels only if the words changed;
    // a step change keeps both, and skips translating every label again.
    let labelsChanged = false;
    if (layoutChanged || next.label !== view?.label) {
      const labels = [...next.layout.nodes.map((n) => n.node.title), ...next.layout.zones.map((z) => z.label)]
        .map((text) => next.label(text))
        .join('\n');
      labelsChanged = labels !== shownLabels;
      shownLabels = labels;
    }
    view = next;
    const step = next.step;
    control = step ? (next.layout.edges.find((e) => e.from === step.from && e.to === step.to)?.control ?? null) : null;
    positions = new Map(next.layout.nodes.map((n) => [n.node.id, { x: n.x, y: n.y }]));
    if (layoutChanged) {
      invalidate();
      morphingUntil = ms > 0 ? performance.now() + ms + 50 : 0;
      morph(svg as AnySelection<SVGSVGElement, unknown>, ms, {
        viewBox: () => `0 0 ${next.layout.width} ${next.layout.height}`,
      });
    }
    if (layoutChanged || labelsChanged) drawZones(next.layout.zones, layoutChanged ? ms : 0, next.label);
    drawEdges(next.layout.edges, layoutChanged ? ms : 0, next.step);
    drawNodes(next, layoutChanged ? ms : 0, layoutChanged || labelsChanged);
    drawPill(next.step, next.showPorts);
    drawTokens();
  }

  return {
    update(next) {
      if (view) {
        draw(next);
        return;
      }
      // The first picture is drawn in the next frame, before it is painted: drawing it and
      // measuring its labels in the task that lays out the page for the first time made one long
      // task on a slow laptop. Its box is sized now, so nothing moves when it appears.
      svg.attr('viewBox', `0 0 ${next.layout.width} ${next.layout.height}`);
      firstView = next;
      firstFrame ||= requestAnimationFrame(() => {
        firstFrame = 0;
        if (firstView) draw(firstView);
        firstView = null;
      });
    },
    setProgress(value) {
      progress = value;
      drawTokens();
    },
    destroy() {
      cancelAnimationFrame(firstFrame);
      resized?.disconnect();
      svg.selectAll('*').interrupt().remove();
      select(overlay).selectAll('*').remove();
    },
  };
}
