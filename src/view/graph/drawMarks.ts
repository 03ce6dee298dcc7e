// Draws the picture's grammar (marks.ts) with D3: attempt lines, reply-code badges, queue clocks,
// folders, verdict badges and DNS bubbles. Called on step changes only, never per frame.
import { select, type Selection } from 'd3-selection';
import type { Text } from '../../model';
import type { AttemptMark, BubbleMark, CodeMark, FolderMark, Marks, QueueMark, VerdictMark } from './marks';
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
  text.removeAttribute('textLength');
  const measured = textWidth(text, group.getAttribute('class') ?? '');
  const width = Math.min(measured, max - padLeft - padRight);
  if (width < measured) {
    text.setAttribute('textLength', String(width));
    text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
  }
  const total = padLeft + width + padRight;
  const left = anchor === 'start' ? 0 : anchor === 'middle' ? -total / 2 : -total;
  rect.setAttribute('x', String(left));
  rect.setAttribute('width', String(total));
  text.setAttribute('x', String(left + padLeft));
  const icon = group.querySelector('path.ej-mark-icon');
  icon?.setAttribute('transform', `translate(${left + 12},0)`);
}

function pills<D extends { key: string }>(layer: Layer, cls: string, data: readonly D[]) {
  return layer
    .selectAll<SVGGElement, D>(`g.${cls}`)
    .data(data, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', `ej-mark ${cls}`);
      g.append('rect').attr('rx', 11).attr('y', -11).attr('height', 22);
      g.append('path').attr('class', 'ej-mark-icon');
      g.append('text').attr('dy', '0.35em');
      return g;
    })
    .attr('transform', (d) => {
      const p = d as unknown as { x: number; y: number };
      return `translate(${p.x},${p.y})`;
    });
}

export function drawAttempts(layer: Layer, attempts: readonly AttemptMark[], label: Label, say: Say, ends: string) {
  const groups = layer
    .selectAll<SVGGElement, AttemptMark>('g.ej-attempt')
    .data(attempts, (a) => a.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ej-attempt');
      g.append('path').attr('class', 'ej-attempt-line');
      return g;
    })
    .attr('data-edge', (a) => a.edge)
    .attr('data-result', (a) => a.result)
    .attr('data-token', (a) => a.token);
  groups
    .select('path.ej-attempt-line')
    .attr('d', (a) => a.d)
    .attr('marker-end', (a) => (a.result === 'no-answer' ? null : `url(#${ends}-${a.result})`));
  // Where an attempt broke off: a gap mark and "no answer", with the time it waited.
  groups.each(function (a) {
    const g = select(this);
    g.selectAll<SVGGElement, NonNullable<AttemptMark['broken']>>('g.ej-break')
      .data(a.broken ? [a.broken] : [])
      .join((enter) => {
        const b = enter.append('g').attr('class', 'ej-break');
        b.append('path').attr('d', 'M-9 -4L-3 4M-1 -4L5 4');
        const pill = b.append('g').attr('class', 'ej-break-label');
        pill.append('rect').attr('rx', 10).attr('height', 20).attr('y', -10);
        pill.append('text').attr('dy', '0.35em');
        return b;
      })
      .attr('transform', (b) => `translate(${b.x},${b.y})`)
      .each(function (b) {
        const mark = this as SVGGElement;
        // The label hangs below the break (stacked when several tries broke off on the same way).
        const pill = select(mark).select<SVGGElement>('g.ej-break-label');
        pill.attr('transform', `translate(${b.label.x},${b.label.y})`);
        pill.select('text').text(b.wait ? label(b.wait) : say('graph.noAnswer'));
        fitPill(pill.node()!, 8, 8, b.label.anchor);
      });
  });
}

export function drawCodes(layer: Layer, codes: readonly CodeMark[], say: Say) {
  pills(layer, 'ej-code', codes)
    .attr('data-code', (c) => c.code)
    .attr('data-kind', (c) => c.kind)
    .each(function (c) {
      const g = select(this);
      g.select('path.ej-mark-icon').attr('d', c.lock ? LOCK : c.kind === 'deferred' ? CLOCK : CROSS);
      g.select('text').text(String(c.code));
      g.attr(
        'aria-label',
        say(c.kind === 'deferred' ? 'graph.deferredCode' : 'graph.refusedCode').replace('{code}', String(c.code)),
      );
      fitPill(this, 24, 9, 'middle');
    });
}

export function drawQueues(layer: Layer, queues: readonly QueueMark[], label: Label) {
  pills(layer, 'ej-queue', queues)
    .attr('data-queue', (q) => label(q.wait))
    .each(function (q) {
      const g = select(this);
      g.select('path.ej-mark-icon').attr('d', CLOCK);
      g.select('text').text(label(q.wait));
      fitPill(this, 24, 9, q.anchor);
    });
}

export function drawFolders(layer: Layer, folders: readonly FolderMark[], say: Say) {
  pills(layer, 'ej-folder', folders)
    .attr('data-folder', (f) => f.folder)
    .each(function (f) {
      const g = select(this);
      g.select('path.ej-mark-icon').attr('d', FOLDER);
      g.select('text').text(say(`graph.folder.${f.folder}`));
      fitPill(this, 24, 9, 'middle');
    });
}

export function drawVerdicts(layer: Layer, verdicts: readonly VerdictMark[]) {
  pills(layer, 'ej-verdicts', verdicts).each(function (v) {
    const g = select(this);
    // The checks' own names (SPF, DKIM, DMARC, PTR) are protocol names, never translated.
    const text = v.verdicts.map((c) => `${c.check.toUpperCase()} ${c.pass ? '✓' : '✗'}`).join('  ');
    g.attr('data-verdicts', v.verdicts.map((c) => `${c.check}:${c.pass ? 'pass' : 'fail'}`).join(' '));
    g.attr('data-pass', String(v.verdicts.every((c) => c.pass)));
    g.select('text').text(text);
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
      const words = say(`graph.recipient.${r.outcome}`)
        .replace('{code}', r.code === null ? '' : String(r.code))
        .trim();
      g.select('path.ej-mark-icon').attr('d', icon[r.outcome]);
      g.select('text').text(words);
      g.attr('aria-label', say('graph.recipient.says').replace('{address}', r.key).replace('{result}', words));
      fitPill(this, 24, 9, r.anchor);
    });
}

export function drawBubbles(layer: Layer, bubbles: readonly BubbleMark[], label: Label) {
  pills(layer, 'ej-bubble', bubbles)
    .attr('data-dns', (b) => b.key)
    .each(function (b) {
      const g = select(this);
      g.select('text').text(label(b.text));
      fitPill(this, 10, 10, b.anchor, b.max);
    });
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
  drawVerdicts(layers.badges, marks.verdicts);
}
