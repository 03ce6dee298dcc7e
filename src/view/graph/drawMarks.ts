// Draws the picture's grammar (marks.ts) with D3: attempt lines, reply-code badges, queue clocks,
// folders, verdict badges and DNS bubbles, DNS's verdict on a recipient side that takes no mail, and
// Expert depth's protocol tag. Called on step changes only, never per frame.
import { select, type BaseType, type Selection } from 'd3-selection';
import type { Step, Text } from '../../model';
import type { LaidZone, Point } from './geometry';
import type {
  AttemptMark,
  BubbleMark,
  CodeMark,
  FolderMark,
  Marks,
  QueueMark,
  RecordMark,
  TapMark,
  VerdictMark,
} from './marks';
import { ICONS } from './icons';
import { RESOLVER_RADIUS, type ResolverMark } from './ownResolver';
import { pillLabel, pillWidth } from './pill';
import type { ResultMark } from './results';

type Layer = Selection<SVGGElement, unknown, null, undefined>;
type Label = (text: Text) => string;
/** The picture's own words (view catalogue keys), e.g. the folder names. */
type Say = (key: string) => string;

const CLOCK = 'M0 -7a7 7 0 1 0 0.01 0z M0 -4v4l3 2';
const CROSS = 'M-4 -4L4 4M4 -4L-4 4';
const LOCK = 'M-5 -1h10v8h-10z M-3 -1v-3a3 3 0 0 1 6 0v3';
const FOLDER = 'M-7 -5h5l2 2h7v9h-14z';
const CHECK = 'M-5 0L-1 4L5 -4';

/** Writes an attribute only when its value changes: a step change redraws every mark, and
 * re-setting an unchanged `d` or `transform` still makes Chromium restyle and lay out again. */
function setIf(element: Element, name: string, value: string | number | null) {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== String(value)) element.setAttribute(name, String(value));
}

/** D3's attr and text for the update path, writing only what changed. */
function put<E extends Element, D>(
  sel: Selection<E, D, BaseType, unknown>,
  attrs: Record<string, (d: D) => string | number | null>,
  text?: (d: D) => string,
) {
  sel.each(function (d) {
    for (const [name, value] of Object.entries(attrs)) setIf(this, name, value(d));
    if (text) {
      const words = text(d);
      if (this.textContent !== words) this.textContent = words;
    }
  });
  return sel;
}

/**
 * Text widths by class and words: measuring forces the browser to lay out the page, and a step
 * change redraws every badge, so each distinct text is measured once.
 */
const widths = new Map<string, number>();

function textWidth(text: SVGTextElement, kind: string): number {
  const words = text.textContent ?? '';
  const key = `${kind}|${words}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const measured = typeof text.getComputedTextLength === 'function' ? text.getComputedTextLength() : 0;
  // Nothing measured (jsdom, or not laid out yet): an estimate, not remembered.
  if (measured <= 0) return words.length * 7.5;
  widths.set(key, measured);
  return measured;
}

/**
 * Sizes a pill's rect to its text, measured in a real browser, estimated elsewhere (jsdom); text
 * wider than `max` is squeezed to fit.
 */
function fitPill(
  group: SVGGElement,
  padLeft: number,
  padRight: number,
  anchor: 'start' | 'middle' | 'end',
  max = Infinity,
) {
  const text = group.querySelector('text');
  const rect = group.querySelector('rect');
  if (!text || !rect) return;
  const measured = textWidth(text, group.getAttribute('class') ?? '');
  const width = Math.min(measured, max - padLeft - padRight);
  setIf(text, 'textLength', width < measured ? width : null);
  setIf(text, 'lengthAdjust', width < measured ? 'spacingAndGlyphs' : null);
  const total = padLeft + width + padRight;
  const left = anchor === 'start' ? 0 : anchor === 'middle' ? -total / 2 : -total;
  setIf(rect, 'x', left);
  setIf(rect, 'width', total);
  setIf(text, 'x', left + padLeft);
  const icon = group.querySelector('path.ej-mark-icon');
  if (icon) setIf(icon, 'transform', `translate(${left + 12},0)`);
}

function pills<D extends { key: string; x: number; y: number }>(layer: Layer, cls: string, data: readonly D[]) {
  const groups = layer
    .selectAll<SVGGElement, D>(`g.${cls}`)
    .data(data, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', `ej-mark ${cls}`);
      g.append('rect').attr('rx', 11).attr('y', -11).attr('height', 22);
      g.append('path').attr('class', 'ej-mark-icon');
      g.append('text').attr('dy', '0.35em');
      return g;
    });
  return put(groups, { transform: (d) => `translate(${d.x},${d.y})` });
}

export function drawAttempts(layer: Layer, attempts: readonly AttemptMark[], label: Label, say: Say, ends: string) {
  const groups = layer
    .selectAll<SVGGElement, AttemptMark>('g.ej-attempt')
    .data(attempts, (a) => a.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ej-attempt');
      g.append('path').attr('class', 'ej-attempt-line');
      return g;
    });
  put(groups, {
    'data-edge': (a) => a.edge,
    'data-result': (a) => a.result,
    'data-token': (a) => a.token,
    'data-tls': (a) => a.tls,
  });
  put(groups.select<SVGPathElement>('path.ej-attempt-line'), {
    d: (a) => a.d,
    'marker-end': (a) => (a.result === 'no-answer' ? null : `url(#${ends}-${a.result})`),
  });
  // Where an attempt broke off: a gap mark and "no answer", with the time it waited.
  groups.each(function (a) {
    const g = select(this);
    const breaks = g
      .selectAll<SVGGElement, NonNullable<AttemptMark['broken']>>('g.ej-break')
      .data(a.broken ? [a.broken] : [])
      .join((enter) => {
        const b = enter.append('g').attr('class', 'ej-break');
        b.append('path').attr('d', 'M-9 -4L-3 4M-1 -4L5 4');
        const pill = b.append('g').attr('class', 'ej-break-label');
        pill.append('rect').attr('rx', 10).attr('height', 20).attr('y', -10);
        pill.append('text').attr('dy', '0.35em');
        return b;
      });
    put(breaks, { transform: (b) => `translate(${b.x},${b.y})` }).each(function (b) {
      // The label hangs below the break (or above it, taking turns when several tries broke off).
      const pill = select(this).select<SVGGElement>('g.ej-break-label');
      put(pill, { transform: () => `translate(${b.label.x},${b.label.y})` });
      put(pill.select<SVGTextElement>('text'), {}, () => (b.wait ? label(b.wait) : say('graph.noAnswer')));
      fitPill(pill.node()!, 8, 8, b.label.anchor);
    });
  });
}

export function drawCodes(layer: Layer, codes: readonly CodeMark[], say: Say) {
  put(pills(layer, 'ej-code', codes), {
    'data-code': (c) => c.code,
    'data-kind': (c) => c.kind,
    'aria-label': (c) =>
      say(c.kind === 'deferred' ? 'graph.deferredCode' : 'graph.refusedCode').replace('{code}', String(c.code)),
  }).each(function (c) {
    const g = select(this);
    put(g.select<SVGPathElement>('path.ej-mark-icon'), {
      d: () => (c.lock ? LOCK : c.kind === 'deferred' ? CLOCK : CROSS),
    });
    put(g.select<SVGTextElement>('text'), {}, () => String(c.code));
    fitPill(this, 24, 9, 'middle');
  });
}

export function drawQueues(layer: Layer, queues: readonly QueueMark[], label: Label) {
  put(pills(layer, 'ej-queue', queues), { 'data-queue': (q) => label(q.wait) }).each(function (q) {
    const g = select(this);
    put(g.select<SVGPathElement>('path.ej-mark-icon'), { d: () => CLOCK });
    put(g.select<SVGTextElement>('text'), {}, () => label(q.wait));
    fitPill(this, 24, 9, q.anchor);
  });
}

export function drawFolders(layer: Layer, folders: readonly FolderMark[], say: Say) {
  put(pills(layer, 'ej-folder', folders), { 'data-folder': (f) => f.folder }).each(function (f) {
    const g = select(this);
    put(g.select<SVGPathElement>('path.ej-mark-icon'), { d: () => FOLDER });
    put(g.select<SVGTextElement>('text'), {}, () => say(`graph.folder.${f.folder}`));
    fitPill(this, 24, 9, 'middle');
  });
}

/** One check's badge text: its name, ✓ or ✗, the result word when it is neither (softfail,
 *  permerror, quarantine…), and ≠From: on a pass for a domain that does not align with From:. */
const badgeText = (c: VerdictMark['verdicts'][number], say: Say) =>
  [c.check.toUpperCase(), c.pass ? '✓' : '✗', c.result ?? '', c.aligned === false ? say('graph.notAligned') : '']
    .filter(Boolean)
    .join(' ');

export function drawVerdicts(layer: Layer, verdicts: readonly VerdictMark[], say: Say) {
  pills(layer, 'ej-verdicts', verdicts).each(function (v) {
    const g = select(this);
    // The checks' own names (SPF, DKIM, DMARC, PTR) and result words are protocol names, never translated.
    const text = v.verdicts.map((c) => badgeText(c, say)).join('  ');
    const unaligned = v.verdicts.filter((c) => c.aligned === false).map((c) => c.check);
    put(g, {
      'data-verdicts': () => v.verdicts.map((c) => `${c.check}:${c.pass ? 'pass' : 'fail'}`).join(' '),
      'data-pass': () => String(v.verdicts.every((c) => c.pass)),
      'data-unaligned': () => (unaligned.length > 0 ? unaligned.join(' ') : null),
      'data-auth': () => v.auth,
    });
    put(g.select<SVGTextElement>('text'), {}, () => text);
    fitPill(this, 9, 9, v.anchor);
  });
}

/** Each recipient's result at its branch's end: ✓ delivered, ✗ with the code, a clock while it waits. */
export function drawResults(layer: Layer, results: readonly ResultMark[], say: Say) {
  const icon = { delivered: CHECK, bounced: CROSS, rejected: CROSS, deferred: CLOCK, quarantined: FOLDER } as const;
  pills(layer, 'ej-result', results)
    .attr('data-recipient', (r) => r.key)
    .attr('data-result', (r) => r.outcome)
    .attr('data-field', (r) => r.field)
    .attr('data-code', (r) => r.code)
    .each(function (r) {
      const g = select(this);
      const told = r.outcome === 'delivered' && r.downloaded ? 'downloaded' : r.outcome;
      const result = say(`graph.recipient.${told}`)
        .replace('{code}', r.code === null ? '' : String(r.code))
        .trim();
      // At a door shared with others, the mark names whom it is about.
      const words =
        r.who === null ? result : say('graph.recipient.who').replace('{who}', r.who).replace('{result}', result);
      g.select('path.ej-mark-icon').attr('d', icon[r.outcome]);
      g.select('text').text(words);
      g.attr('aria-label', say('graph.recipient.says').replace('{address}', r.key).replace('{result}', result));
      fitPill(this, 24, 9, r.anchor);
    });
}

/** What DNS said about the destination's MX, kept beside the resolver (`data-dns-record`). */
export function drawRecords(layer: Layer, records: readonly RecordMark[], label: Label) {
  put(pills(layer, 'ej-record', records), { 'data-dns-record': (r) => label(r.text) }).each(function (r) {
    put(select(this).select<SVGTextElement>('text'), {}, () => label(r.text));
    fitPill(this, 10, 10, r.anchor);
  });
}

export function drawBubbles(layer: Layer, bubbles: readonly BubbleMark[], label: Label) {
  put(pills(layer, 'ej-bubble', bubbles), { 'data-dns': (b) => b.key }).each(function (b) {
    put(select(this).select<SVGTextElement>('text'), {}, () => label(b.text));
    fitPill(this, 10, 10, b.anchor, b.max);
  });
}

/**
 * DNS's verdict (nxdomain, null MX) in place of servers that do not exist: a cross and the verdict
 * in the middle of the recipient side's empty box. Only such a journey's zones have one.
 */
export function drawDnsVerdict(zones: Selection<SVGGElement, LaidZone, BaseType, unknown>, label: Label) {
  zones.each(function (z) {
    select(this)
      .selectAll<SVGGElement, LaidZone>('g.ej-verdict')
      .data(z.verdict ? [z] : [])
      .join((enter) => {
        const v = enter.append('g').attr('class', 'ej-verdict');
        v.append('path').attr('d', 'M-12 -12L12 12M12 -12L-12 12');
        v.append('text').attr('dy', '0.35em').attr('x', 24);
        return v;
      })
      .attr('transform', (v) => `translate(${v.x + v.width / 2 - 90},${v.y + v.height / 2 + 8})`)
      .select('text')
      .text((v) => (v.verdict ? label(v.verdict) : ''));
  });
}

/**
 * Expert depth's short tag on the active line, at its middle (the envelope rides above it):
 * "SMTP 587", "DNS 53", "LMTP". Hidden with no `middle`; made at its first use, after Send.
 */
export function drawPill(layer: Layer, step: Step | null, middle: Point | null) {
  let pill = layer.select<SVGGElement>('g.ej-pill');
  if (!step || !middle) {
    if (!pill.empty() && pill.style('display') !== 'none') pill.style('display', 'none');
    return;
  }
  if (pill.empty()) {
    pill = layer.append('g').attr('class', 'ej-pill');
    pill.append('rect').attr('rx', 10).attr('height', 22).attr('y', -11);
    pill.append('text').attr('dy', '0.35em').attr('text-anchor', 'middle');
  }
  const label = pillLabel(step);
  const width = pillWidth(label);
  pill.style('display', null).attr('transform', `translate(${middle.x},${middle.y})`);
  pill
    .select('rect')
    .attr('x', -width / 2)
    .attr('width', width);
  pill.select('text').text(label);
}

export function drawMarks(
  layers: Record<'attempts' | 'badges', Layer>,
  marks: Marks,
  label: Label,
  say: Say,
  /** The id prefix of the attempts' line-end markers. */
  ends: string,
) {
  drawAttempts(layers.attempts, marks.attempts, label, say, ends);
  drawCodes(layers.badges, marks.codes, say);
  drawQueues(layers.badges, marks.queues, label);
  drawFolders(layers.badges, marks.folders, say);
  drawVerdicts(layers.badges, marks.verdicts, say);
  drawRecords(layers.badges, marks.records, label);
  drawTaps(layers.badges, marks.taps, say);
  drawResolvers(layers, marks.resolvers, label, ends);
}

/**
 * The receiving MX's own resolver: a small globe with its words, and its pull with the MX (the
 * question out, dotted; the answer back), drawn as the sender's DNS pulls are but with no `data-edge`
 * or `data-result`, which name the contract's nodes only. Its name says whose resolver it is.
 */
export function drawResolvers(
  layers: Record<'attempts' | 'badges', Layer>,
  marks: readonly ResolverMark[],
  label: Label,
  /** The id prefix of the attempts' line-end markers. */
  ends: string,
) {
  const pulls = marks.flatMap((m) => m.pulls.map((p) => ({ ...p, key: `${m.key}|${p.key}`, kind: p.key })));
  const lines = layers.attempts
    .selectAll<SVGGElement, (typeof pulls)[number]>('g.ej-pull')
    .data(pulls, (p) => p.key)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'ej-pull')
        .attr('data-pull', (p) => p.kind);
      g.append('path').attr('class', 'ej-attempt-line');
      return g;
    });
  put(lines.select<SVGPathElement>('path'), { d: (p) => p.d, 'marker-end': (p) => `url(#${ends}-${p.kind})` });
  // The globe is not a mark (the question token rests on it, as on the sender's resolver); its words are.
  const groups = layers.badges
    .selectAll<SVGGElement, ResolverMark>('g.ej-own-resolver')
    .data(marks, (m) => m.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ej-own-resolver').attr('role', 'img');
      g.append('circle').attr('class', 'ej-own-resolver-body').attr('r', RESOLVER_RADIUS);
      g.append('path')
        .attr('class', 'ej-own-resolver-icon')
        .attr('d', ICONS.dns)
        .attr('transform', 'translate(-9,-9) scale(0.75)');
      const words = g.append('g').attr('class', 'ej-mark ej-own-resolver-words');
      words.append('text').attr('class', 'ej-own-resolver-title');
      words.append('text').attr('class', 'ej-own-resolver-host');
      return g;
    });
  put(groups, {
    transform: (m) => `translate(${m.x},${m.y})`,
    'data-resolver-of': (m) => m.node,
    'data-asking': (m) => String(m.asking),
    'aria-label': (m) => label({ key: 'graph.ownResolver', params: { domain: m.domain, host: m.host } }),
  });
  const texts = (cls: string, y: (m: ResolverMark) => number, words: (m: ResolverMark) => string) =>
    put(
      groups.select<SVGTextElement>(`text.${cls}`),
      {
        'text-anchor': (m) => (m.beside ? 'start' : 'middle'),
        x: (m) => (m.beside ? RESOLVER_RADIUS + 8 : 0),
        y,
      },
      words,
    ).each(function (m) {
      // Below it (wide) the words keep to its column, clear of the MX's; beside it (tall), to the picture's edge.
      const max = m.beside ? 220 : 124;
      const width = textWidth(this, cls);
      setIf(this, 'textLength', width > max ? max : null);
      setIf(this, 'lengthAdjust', width > max ? 'spacingAndGlyphs' : null);
    });
  texts(
    'ej-own-resolver-title',
    (m) => (m.beside ? -3 : RESOLVER_RADIUS + 15),
    (m) => label({ key: 'graph.ownResolver.title', params: { domain: m.domain } }),
  );
  texts(
    'ej-own-resolver-host',
    (m) => (m.beside ? 13 : RESOLVER_RADIUS + 30),
    (m) => m.host,
  );
}

/** An open padlock: what crossed here was readable on the wire. */
const OPEN_LOCK = 'M-5 -1h10v8h-10z M-3 -1v-3a3 3 0 0 1 6 0';
/** Two sheets: a copy. */
const COPY = 'M-6 -6h8v10h-8z M-2 -2h8v10h-8z';

/** The man in the middle's copy at its node, and the plaintext mark on a line it read. */
export function drawTaps(layer: Layer, taps: readonly TapMark[], say: Say) {
  put(pills(layer, 'ej-tap', taps), { 'data-tap': (t) => t.kind }).each(function (t) {
    const g = select(this);
    put(g.select<SVGPathElement>('path.ej-mark-icon'), { d: () => (t.kind === 'copy' ? COPY : OPEN_LOCK) });
    put(g.select<SVGTextElement>('text'), {}, () => say(t.kind === 'copy' ? 'graph.copy' : 'graph.plain'));
    fitPill(this, 24, 9, 'middle');
  });
}
