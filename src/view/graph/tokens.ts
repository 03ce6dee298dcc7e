// The moving tokens (the envelope and what else travels, and the DNS question) in an HTML overlay above the <svg>.
// Moving them inside the SVG made Chromium repaint the whole picture every frame, which slow laptops
// could not keep up with; here they move by CSS transform. Positions stay in SVG units and are mapped.
import { select } from 'd3-selection';
import type { Token } from '../../model';
import type { Point } from './geometry';
import { ENVELOPE } from './icons';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One SVG element of a token's drawing: its tag, attributes and text. */
type Part = readonly [tag: string, attributes: Readonly<Record<string, string>>, text?: string];

const LETTER: readonly Part[] = [
  ['rect', { x: '-15', y: '-10', width: '30', height: '20', rx: '3' }],
  ['path', { d: ENVELOPE.flap }],
];

/** The drawing of each kind of token, built as elements; CSS shows the one named by the box's `data-token`. */
const SHAPES: Record<Token, readonly Part[]> = {
  message: LETTER,
  // A returned letter: the envelope with a U-turn arrow, written by the mail system itself.
  bounce: [
    ...LETTER,
    ['path', { class: 'ej-tok-mark', d: 'M7 6H-5M-5 6l4-4M-5 6l4 4' }],
    ['text', { class: 'ej-tok-from', x: '-15', y: '22' }, 'MAILER-DAEMON'],
  ],
  credentials: [
    ['circle', { cx: '-7', cy: '0', r: '6' }],
    ['path', { d: 'M-1 0H14M10 0v5M14 0v4' }],
  ],
  question: [
    ['circle', { class: 'ej-tok-disc', r: '11' }],
    ['text', { class: 'ej-tok-glyph', dy: '0.35em', 'text-anchor': 'middle' }, '?'],
  ],
  answer: [
    ['circle', { class: 'ej-tok-disc', r: '11' }],
    ['path', { class: 'ej-tok-cross', d: 'M-5 -5L5 5M5 -5L-5 5' }],
  ],
  notice: [['path', { d: 'M-8 6h16l-2-3v-5a6 6 0 0 0-12 0v5z M-2 9a2 2 0 0 0 4 0' }]],
  // A report: the envelope with a small bar chart on it (a summary of many messages, not one of them).
  report: [...LETTER, ['path', { class: 'ej-tok-mark', d: 'M-6 8v-5M-1 8v-9M4 8v-3' }]],
};

/** A token's drawing as SVG elements (made one by one: no markup is ever parsed). */
function drawing(token: string, parts: readonly Part[]): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('data-shape', token);
  for (const [tag, attributes, text] of parts) {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    g.appendChild(element);
  }
  return g;
}

export interface OverlayTokens {
  envelope: HTMLElement;
  question: HTMLElement;
  questionText: { text(): string; text(value: string): unknown };
  /** Switches the travelling token's drawing (writes only when it changes). */
  setToken(token: Token): void;
}

export function overlayTokens(overlay: HTMLElement): OverlayTokens {
  // Each token is an HTML box holding its icon: a transform on the box is composited, while one on
  // an <svg> element itself makes Chromium lay out and repaint around it.
  const layer = select(overlay);
  const envelopeBox = layer.append('div').attr('class', 'ej-token ej-envelope').style('display', 'none');
  const envelope = envelopeBox.append('svg').attr('viewBox', '-17 -12 34 24');
  for (const [token, parts] of Object.entries(SHAPES)) envelope.node()!.appendChild(drawing(token, parts));
  const box = envelopeBox.node()!;
  box.dataset.token = 'message';
  const questionBox = layer.append('div').attr('class', 'ej-token ej-question').style('display', 'none');
  const question = questionBox.append('svg').attr('viewBox', '-14 -14 28 28');
  question.append('circle').attr('r', 13);
  question.append('text').attr('dy', '0.35em').attr('text-anchor', 'middle');
  return {
    envelope: box,
    question: questionBox.node()!,
    questionText: question.select('text'),
    setToken(token) {
      if (box.dataset.token !== token) box.dataset.token = token;
    },
  };
}

/**
 * Shows a token at a point in SVG units, or hides it, writing to the DOM only when something
 * changed. The SVG-to-overlay mapping is measured only after `invalidate()` (a resize or a new
 * layout): measuring reads layout, and doing it right after a step's DOM changes would force
 * Chromium to lay out the page in the middle of the frame.
 */
export function placer(svgElement: SVGSVGElement, overlay: HTMLElement) {
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
    // A token starts hidden (overlayTokens), so one not placed yet counts as hidden.
    const before = last.get(token) ?? 'none';
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
