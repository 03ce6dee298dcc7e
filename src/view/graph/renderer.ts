// The D3 renderer: draws the graph inside a React-owned <svg> and animates it from store state.
// React creates it on a ref and calls update() when the plan, step or layout changes, and
// setProgress() every frame; D3 never owns state of its own.
import { select, type BaseType, type Selection } from 'd3-selection';
import type { NodeId, RecipientResult, Step, Text } from '../../model';
import { ICONS } from './icons';
import { arrowMarkers, attemptMarkers } from './markers';
import type { LaidEdge, LaidNode, LaidZone, Layout, Point } from './geometry';
import { wrapLabel } from './geometry';
import { pillSpot } from './pill';
import { edgesAt, verdictToldAt } from './reveal';
import type { OverlayTokens } from './tokens';

/**
 * What the picture draws with once the later tier is in (src/embed/later.ts): the grammar (attempts,
 * codes, queues, folders, verdicts, DNS bubbles, each recipient's result, DNS's verdict on a side that
 * takes no mail, Expert's protocol tag, the moving tokens) and the motion of a new layout. The first
 * picture needs neither: nothing moves before Send, and it appears without motion.
 */
export interface PictureParts {
  grammar: Pick<
    typeof import('./drawMarks'),
    'drawBubbles' | 'drawDnsVerdict' | 'drawMarks' | 'drawPill' | 'drawResults'
  > &
    Pick<typeof import('./marks'), 'bubblesAt' | 'marksAt'> &
    Pick<typeof import('./results'), 'resultsAt'> &
    Pick<typeof import('./motion'), 'arrivedAt' | 'tokensAt'> &
    Pick<typeof import('./tokens'), 'overlayTokens' | 'placer'>;
  morph: Pick<typeof import('./morph'), 'tween' | 'interrupt'>;
}

export interface GraphView {
  layout: Layout;
  /** The later tier's drawing parts, or null until it is in. */
  parts: PictureParts | null;
  /** Every step of the plan, and the current one's index: the picture shows every attempt so far. */
  steps: readonly Step[];
  /** Every recipient and what became of it: drawn at its branch's end once decided. */
  recipients: readonly RecipientResult[];
  cursor: number;
  step: Step | null;
  visited: ReadonlySet<NodeId>;
  finished: boolean;
  /** Paused at the start of a step (stepped or linked to): the step is shown done, not about to start. */
  settled: boolean;
  /** Nodes whose card the learner can open (focusable buttons), with their accessible names. */
  cards: ReadonlyMap<NodeId, string>;
  /** The id of the element that says what those buttons do (their accessible description). */
  cardHint: string;
  /** Nodes the learner's world edits changed, and how (`offline`, `greylisting`, `full`, …). */
  changed: ReadonlyMap<NodeId, string>;
  reducedMotion: boolean;
  /** Expert depth shows the protocol and port on the active edge. */
  showPorts: boolean;
  label: (text: Text) => string;
  /** The picture's own words, by view catalogue key. */
  say: (key: string) => string;
}

export interface GraphRenderer {
  update(view: GraphView): void;
  setProgress(progress: number): void;
  destroy(): void;
}

const NODE_RADIUS = 28;
const LAYOUT_MS = 650;
/**
 * The envelope rides beside the line and parks like a badge on the node's shoulder: the upper
 * right in the wide layout; in the tall one that is where the zone titles run, so it parks at the lower left.
 */
const ENVELOPE_OFFSET = { wide: { x: 26, y: -30 }, tall: { x: -42, y: 24 } } as const;
/** Characters per label line in the wide layout, where columns are 160 units apart. */
const WRAP_CHARS = 17;
/** Widest a label line may be: a column's width below a node, the rest of the row beside it. */
const MAX_LABEL_BELOW = 152;
const MAX_LABEL_BESIDE = 270;

let instances = 0;

type Grammar = PictureParts['grammar'];

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

export function createRenderer(svgElement: SVGSVGElement, overlay: HTMLElement): GraphRenderer {
  const svg = select(svgElement);
  /** The later tier's parts, once a view brought them. */
  let grammar: Grammar | null = null;
  let motion: PictureParts['morph'] | null = null;
  /**
   * Applies attributes at once, or through a transition when motion is allowed (morph.ts). A new
   * layout comes with the later tier; only the first picture, turned from wide to tall in the
   * moment before it is in, changes at once.
   */
  function morph<E extends BaseType, D>(
    sel: AnySelection<E, D>,
    ms: number,
    attrs: Record<string, (d: D) => string | number>,
  ) {
    if (ms > 0 && motion) motion.tween(sel, ms, attrs);
    else setChanged(sel, attrs);
  }
  const arrowId = `ej-arrow-${++instances}`;
  const defs = svg.append('defs');
  arrowMarkers(defs, arrowId, 'ej-arrowhead');
  attemptMarkers(defs, `${arrowId}-attempt`);
  const zonesLayer = svg.append('g').attr('class', 'ej-zones');
  const edgesLayer = svg.append('g').attr('class', 'ej-edges');
  const attemptsLayer = svg.append('g').attr('class', 'ej-attempts');
  const nodesLayer = svg.append('g').attr('class', 'ej-nodes');
  const badgesLayer = svg.append('g').attr('class', 'ej-badges');
  const tokensLayer = svg.append('g').attr('class', 'ej-tokens');
  const bubblesLayer = svg.append('g').attr('class', 'ej-bubbles');
  /** The moving tokens, made once the grammar is in (nothing moves before Send). */
  let moving: (ReturnType<Grammar['placer']> & { marks: OverlayTokens }) | null = null;
  const invalidate = () => moving?.invalidate();
  // The mapping changes when the picture is resized, and every frame while a new layout morphs in.
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(invalidate) : null;
  resized?.observe(svgElement);
  const movingTokens = () => {
    if (!moving && grammar) moving = { marks: grammar.overlayTokens(overlay), ...grammar.placer(svgElement, overlay) };
    return moving;
  };
  let morphingUntil = 0;

  let view: GraphView | null = null;
  let shownLabels = '';
  /** The current step's curve, looked up once per step, not once per frame. */
  let control: Point | null = null;
  let positions = new Map<NodeId, Point>();
  let progress = 0;
  /** Whether the current step's outcome and its DNS answer are drawn: redrawn only when these flip. */
  let shownArrival: boolean | null = null;
  let shownAnswer: boolean | null = null;
  /** The view the protocol tag was last drawn for. */
  let pillShown: GraphView | null = null;

  function drawZones(zones: LaidZone[], ms: number, label: GraphView['label']) {
    const groups = zonesLayer
      .selectAll<SVGGElement, LaidZone>('g.ej-zone')
      .data(zones, (z) => z.key)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', (z) => `ej-zone ej-zone--${z.zone}`)
          .attr('opacity', 0);
        g.append('rect').attr('rx', 14);
        g.append('text').attr('class', 'ej-zone-label');
        return g;
      });
    // `data-verdict` names DNS's verdict (nxdomain, null-mx): a marker tests and embedders can read.
    groups
      .attr('data-zone', (z) => z.zone)
      .attr('data-verdict', (z) => z.verdict?.key.replace(/^verdict\./, '') ?? null);
    // In place of servers that do not exist, DNS's verdict (the grammar's: only such a journey has
    // one, and it needs the engine, so the grammar is in too).
    if (grammar) grammar.drawDnsVerdict(groups, label);
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
      .text((z) => (z.label ? label(z.label) : ''))
      .each(function (z) {
        const left = z.labelFrom ?? z.labelLeft;
        fits.push([this, left === undefined ? z.width - 28 : z.x + z.width - 14 - left]);
      });
    fitWidths(fits);
    // Right-aligned: edges enter zones on the left and in the middle, rarely at the right end.
    groups.select('text').attr('text-anchor', (z) => (z.labelFrom === undefined ? 'end' : 'start'));
    morph(groups.select<SVGTextElement>('text'), ms, {
      x: (z) => z.labelFrom ?? z.x + z.width - 14,
      y: (z) => (z.labelAt === 'bottom' ? z.y + z.height - 10 : z.y + 22),
    });
  }

  /** DNS's verdict box only once the MX question is answered: before that nobody knows it (reveal.ts). */
  function tellVerdict(v: GraphView, arrived: boolean) {
    const told = verdictToldAt(v.steps, v.cursor, arrived);
    zonesLayer
      .selectAll<SVGGElement, LaidZone>('g.ej-zone')
      .filter((z) => z.verdict !== null)
      .style('display', () => (told ? null : 'none'));
  }

  /** DNS's verdict once the grammar is in (drawZones draws it when it already is). */
  function drawDnsVerdict() {
    if (grammar && view) grammar.drawDnsVerdict(zonesLayer.selectAll<SVGGElement, LaidZone>('g.ej-zone'), view.label);
  }

  function drawEdges(edges: LaidEdge[], ms: number, step: Step | null, travelled: ReadonlySet<string>) {
    const activeId = step && step.from !== step.to ? `${step.from}->${step.to}` : null;
    const lines = edgesLayer
      .selectAll<SVGPathElement, LaidEdge>('path.ej-edge')
      .data(edges, (e) => e.id)
      .join((enter) => enter.append('path').attr('class', 'ej-edge').attr('opacity', 0));
    const marker = (e: LaidEdge) => `url(#${arrowId}${e.id === activeId ? '-active' : ''})`;
    setChanged(lines, {
      'data-edge': (e) => e.id,
      'data-kind': (e) => (e.to === 'dns' ? 'lookup' : 'hop'),
      'data-tls': (e) => e.tls ?? null,
      'data-active': (e) => String(e.id === activeId),
      // Travelled (either way) by a step so far: the projector theme draws the others weaker.
      'data-travelled': (e) => String(travelled.has(e.id) || travelled.has(`${e.to}->${e.from}`)),
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
      'data-changed': (n) => v.changed.get(n.node.id) ?? null,
      'data-card': (n) => (v.cards.has(n.node.id) ? 'true' : null),
    });
    // A node with a card opens it: its halo is a button in the keyboard's tab order (a shape with no
    // words inside, so its name, which holds the node's title and host, is the only one read).
    setChanged(groups.select<SVGCircleElement>('circle.ej-halo'), {
      role: (n) => (v.cards.has(n.node.id) ? 'button' : null),
      tabindex: (n) => (v.cards.has(n.node.id) ? 0 : null),
      'aria-label': (n) => v.cards.get(n.node.id) ?? null,
      'aria-haspopup': (n) => (v.cards.has(n.node.id) ? 'dialog' : null),
      'aria-describedby': (n) => (v.cards.has(n.node.id) ? v.cardHint : null),
    });
    morph(groups.select<SVGPathElement>('path.ej-icon'), 0, { d: (n) => ICONS[n.node.kind] });
    morph(groups, ms, { opacity: () => 1, transform: (n) => `translate(${n.x},${n.y})` });
    // Labels change only with the layout; measuring them forces a layout pass, so not every step.
    if (relabel) drawLabels(groups, v);
  }

  function drawLabels(groups: AnySelection<SVGGElement, LaidNode>, v: GraphView) {
    const tall = v.layout.orientation === 'tall';
    // In the tall layout every node is in one column and its words run beside it.
    const beside = (n: LaidNode) => tall && n.x < v.layout.width / 2;
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

  /** Expert depth's protocol tag on the active line (the grammar's), redrawn at each new view. */
  function drawPill(g: Grammar) {
    pillShown = view;
    const step = view?.step ?? null;
    const a = step ? positions.get(step.from) : undefined;
    const b = step ? positions.get(step.to) : undefined;
    const shown = view?.showPorts && step && a && b && step.from !== step.to;
    g.drawPill(tokensLayer, step, shown ? pillSpot(step, a, b, control) : null);
  }

  function drawTokens() {
    const tokensNow = movingTokens();
    // Before the grammar is in, nothing moves (the view draws again when it comes).
    if (!grammar || !tokensNow) return;
    if (pillShown !== view) drawPill(grammar);
    const { marks, place } = tokensNow;
    if (morphingUntil > 0 && performance.now() < morphingUntil) invalidate();
    const step = view?.step ?? null;
    const jump = view?.reducedMotion ?? false;
    const shownProgress = view?.finished || (view?.settled && progress === 0) ? 1 : progress;
    if (step) marks.setToken(step.token);
    drawOutcome(shownProgress);
    // The MX's own checks go to its own resolver (ownResolver.ts), not along a line of the route.
    const own =
      step && step.from === step.to ? view?.layout.resolvers?.find((r) => r.askers.includes(step.from)) : null;
    const tokens = grammar.tokensAt(
      step,
      shownProgress,
      step ? positions.get(step.from) : undefined,
      step ? (own ?? positions.get(step.to)) : undefined,
      jump,
      control,
    );
    const { envelope, question } = tokens;
    const offset = ENVELOPE_OFFSET[view?.layout.orientation ?? 'wide'];
    place(marks.envelope, envelope?.visible ? { x: envelope.x + offset.x, y: envelope.y + offset.y } : null);
    const asking = question && !view?.finished ? question : null;
    place(marks.question, asking);
    if (asking) {
      const text = asking.answering ? (step?.id === 'dns-mx' ? 'MX' : 'A') : '?';
      if (marks.questionText.text() !== text) marks.questionText.text(text);
      const answering = String(asking.answering);
      if (marks.question.dataset.answering !== answering) marks.question.dataset.answering = answering;
    }
  }

  /**
   * The attempts, codes, queues and folders so far, and the current look-up's bubbles. Drawn at a
   * step change, and again only when the current step's reply arrives or its answer comes back.
   */
  function drawOutcome(shownProgress: number, force = false) {
    if (!view || !grammar) return;
    const { arrivedAt, bubblesAt, drawBubbles, drawMarks, drawResults, marksAt, resultsAt } = grammar;
    const step = view.step;
    const arrived = step ? arrivedAt(step, shownProgress) || view.reducedMotion : false;
    const answered = arrived || view.reducedMotion;
    if (force || arrived !== shownArrival) {
      shownArrival = arrived;
      const marksNow = marksAt(view.layout, view.steps, view.cursor, arrived);
      drawMarks({ attempts: attemptsLayer, badges: badgesLayer }, marksNow, view.label, view.say, `${arrowId}-attempt`);
      drawResults(badgesLayer, resultsAt(view.layout, view.steps, view.recipients, view.cursor, arrived), view.say);
      tellVerdict(view, arrived);
    }
    if (force || answered !== shownAnswer) {
      shownAnswer = answered;
      drawBubbles(bubblesLayer, bubblesAt(view.layout, view.finished ? null : step, answered), view.label);
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
      const labels = [
        ...next.layout.nodes.map((n) => n.node.title),
        ...next.layout.zones.flatMap((z) => [z.label, z.verdict].filter((text) => text !== null)),
      ]
        .map((text) => next.label(text))
        .join('\n');
      labelsChanged = labels !== shownLabels;
      shownLabels = labels;
    }
    const partsArrived = next.parts !== null && grammar === null;
    grammar = next.parts?.grammar ?? null;
    motion = next.parts?.morph ?? null;
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
    // A reply's or a bounce's route appears with the step that takes it, never before (reveal.ts).
    const travelled = new Set(next.steps.slice(0, next.cursor + 1).map((s) => `${s.from}->${s.to}`));
    drawEdges(edgesAt(next.layout.edges, next.steps, next.cursor), layoutChanged ? ms : 0, next.step, travelled);
    drawNodes(next, layoutChanged ? ms : 0, layoutChanged || labelsChanged);
    shownArrival = null;
    shownAnswer = null;
    if (partsArrived && !layoutChanged && !labelsChanged) drawDnsVerdict();
    tellVerdict(next, false);
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
      const all = svg.selectAll('*');
      motion?.interrupt(all);
      all.remove();
      select(overlay).selectAll('*').remove();
    },
  };
}
