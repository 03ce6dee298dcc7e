// Issue 15 review: the spoof's picture starts at its first row, an outsider's line leaves it sideways
// (clear of its own labels), and the tall layout's curves run in the margin left of the nodes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, type Plan } from '../../../src/model';
import { buildScenario } from '../../../src/model/engine';
import { planJourney } from '../../../src/model/engine';
import { layoutGraph, pointOnEdge } from '../../../src/view/graph/layout';
import { planOf } from './steps';

const several = (): Plan => {
  const message = { ...DEFAULT_MESSAGE, to: 'bob@example.org, carol@example.com', bcc: 'dave@example.net' };
  return planJourney(buildScenario(message, 'imap', null)!);
};

describe('the layout of issue 15’s journeys', () => {
  it('the spoof has no empty band on top: its first row is where Alice’s would be', () => {
    const spoof = layoutGraph(planOf('dmarc-reject'), 'cross-domain', 'wide');
    const usual = layoutGraph(planOf('forwarded'), 'cross-domain', 'wide');
    expect(Math.min(...spoof.nodes.map((n) => n.y))).toBe(Math.min(...usual.nodes.map((n) => n.y)));
    expect(spoof.height).toBeLessThan(usual.height);
  });

  it.each(['dmarc-reject', 'forwarded'] as const)('%s: the outsider’s line to the MX leaves it level', (preset) => {
    const layout = layoutGraph(planOf(preset), 'cross-domain', 'wide');
    const outsider = preset === 'dmarc-reject' ? 'spoofer' : 'forwarder-1';
    const edge = layout.edges.find((e) => e.from === outsider && e.to === 'recipient-mx')!;
    expect(edge.control).toEqual({ x: edge.target.x, y: edge.source.y });
    // Below the outsider (where its labels are), the line is already a column away from it.
    const early = pointOnEdge(edge.source, edge.target, edge.control, 0.25);
    expect(early.y - edge.source.y).toBeLessThan(40);
    expect(Math.abs(early.x - edge.source.x)).toBeGreaterThan(60);
  });

  it('tall: a curve past other nodes bends into the margin left of the column, never over the labels', () => {
    const layout = layoutGraph(several(), 'cross-domain', 'tall');
    const column = layout.nodes[0]!.x;
    const curved = layout.edges.filter((e) => e.control);
    expect(curved.length).toBeGreaterThan(0);
    for (const e of curved)
      for (let t = 0.05; t < 1; t += 0.05) {
        const p = pointOnEdge(e.source, e.target, e.control, t);
        expect(p.x).toBeLessThanOrEqual(column);
        expect(p.x).toBeGreaterThan(12);
      }
  });
});
