// The graph's shared geometry: the shapes of a laid-out picture and the small helpers the first load
// needs (orientation, a point along an edge, label wrapping). layout.ts, which places the nodes, comes
// with the later tier (src/embed/later.ts); this file stays in the first load and holds nothing heavy.
import type { GraphEdge, GraphNode, Text, Zone } from '../../model';

export type Orientation = 'wide' | 'tall';

export interface Point {
  x: number;
  y: number;
}

export interface LaidNode extends Point {
  node: GraphNode;
}

export interface LaidZone {
  /** The box's key for the data join: its zone, and on the recipient's side its domain or reader. */
  key: string;
  zone: Zone;
  /** The zone's title; none for the box of a recipient side that does not exist. */
  label: Text | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Drawn in place of the zone's servers when DNS says the domain takes no mail. */
  verdict: Text | null;
  /** Where the title goes: at the top (the default), or at the bottom of an outsider's box, below its badges. */
  labelAt?: 'bottom';
  /** The leftmost x the title may reach (tall: right of the node column and the curves beside it). */
  labelLeft?: number;
  /** Where a title that starts at the left begins (right of a lone server's line), instead of ending at the right. */
  labelFrom?: number;
}

export interface LaidEdge extends GraphEdge {
  source: Point;
  target: Point;
  /** Control point of a curve for an edge that would otherwise run through another node. */
  control: Point | null;
}

/** A receiving MX's own resolver, drawn inside its provider's box (not a node of the contract). */
export interface LaidResolver extends Point {
  /** The MX nodes of the box that ask it (the first and the second MX). */
  askers: GraphNode['id'][];
  host: string;
  domain: string;
}

export interface Layout {
  orientation: Orientation;
  width: number;
  height: number;
  nodes: LaidNode[];
  zones: LaidZone[];
  edges: LaidEdge[];
  /** The receiving MXs' own resolvers, where their checks are asked (absent in the first picture's compact form). */
  resolvers?: LaidResolver[];
}

/** Containers narrower than this get the top-to-bottom layout, so text stays legible on phones. */
export const TALL_BELOW_PX = 640;

export const orientationFor = (containerWidth: number): Orientation =>
  containerWidth < TALL_BELOW_PX ? 'tall' : 'wide';

/** The point a fraction t along an edge, following its curve when it has one. */
export function pointOnEdge(a: Point, b: Point, control: Point | null, t: number): Point {
  if (!control) return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * control.x + t * t * b.x, y: u * u * a.y + 2 * u * t * control.y + t * t * b.y };
}

/** Splits a label into lines of at most `max` characters at spaces (the wide layout's narrow columns). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
