// @vitest-environment node
// The graph's pure layout: every journey's nodes get distinct places inside the picture, inside their zones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode, NodeId, Plan, Zone } from '../../../src/model';
import {
  layoutGraph,
  orientationFor,
  pointOnEdge,
  routeRank,
  TALL_BELOW_PX,
  wrapLabel,
  type Layout,
  type Orientation,
} from '../../../src/view/graph/layout';
import { boxKey } from '../../../src/view/graph/lanes';
import { OUTCOME_JOURNEYS as JOURNEYS, planOf } from '../../journeys';

const ORIENTATIONS: Orientation[] = ['wide', 'tall'];
const modeOf = (plan: Plan) =>
  plan.nodes.some((n) => n.id === 'dns' || n.zone === 'internet' || n.zone === 'recipient-provider')
    ? 'cross-domain'
    : 'same-domain';

function expectSound(layout: Layout) {
  const places = layout.nodes.map((n) => `${n.x},${n.y}`);
  expect(new Set(places).size).toBe(places.length);
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(40);
    expect(n.x).toBeLessThanOrEqual(layout.width - 40);
    expect(n.y).toBeGreaterThanOrEqual(40);
    expect(n.y).toBeLessThanOrEqual(layout.height - 40);
    const zone = layout.zones.find((z) => z.key === boxKey(n.node) && !z.verdict);
    expect(zone, `${n.node.id} has its zone`).toBeDefined();
    expect(n.x).toBeGreaterThan(zone!.x);
    expect(n.x).toBeLessThan(zone!.x + zone!.width);
    expect(n.y).toBeGreaterThan(zone!.y);
    expect(n.y).toBeLessThan(zone!.y + zone!.height);
  }
  // Nodes keep a whole node's width (and their labels) apart.
  for (const a of layout.nodes)
    for (const b of layout.nodes)
      if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.node.id} / ${b.node.id}`).toBeGreaterThanOrEqual(100);
  for (const e of layout.edges) {
    expect(layout.nodes.some((n) => n.node.id === e.from && n.x === e.source.x && n.y === e.source.y)).toBe(true);
    expect(layout.nodes.some((n) => n.node.id === e.to && n.x === e.target.x && n.y === e.target.y)).toBe(true);
  }
}

describe('layoutGraph', () => {
  it.each(JOURNEYS.flatMap((j) => ORIENTATIONS.map((o) => [j, o] as const)))(
    '%s, %s: every node placed once, inside the picture and its zone',
    (journey, orientation) => {
      const plan = planOf(journey);
      const layout = layoutGraph(plan, modeOf(plan), orientation);
      expectSound(layout);
      const away = (n: GraphNode) => n.zone === 'recipient-provider' || n.zone === 'recipient-device';
      const drawn = plan.recipientVerdict ? plan.nodes.filter((n) => !away(n)) : plan.nodes;
      expect(layout.nodes.map((n) => n.node.id)).toEqual(drawn.map((n) => n.id));
    },
  );

  it('the default journey keeps its familiar wide picture', () => {
    const layout = layoutGraph(planOf('default'), 'cross-domain', 'wide');
    const at = Object.fromEntries(layout.nodes.map((n) => [n.node.id, [n.x, n.y]]));
    expect(at).toMatchObject({
      'sender-client': [90, 110],
      // Alice's mailbox store, where her Sent copy goes (issue 15), next to her app.
      'sender-store': [250, 110],
      'sender-msa': [410, 110],
      'sender-mta': [570, 110],
      dns: [730, 110],
      'recipient-mx': [410, 472],
      'relay-1': [570, 472],
      'recipient-store': [730, 472],
      'recipient-imap': [890, 472],
      'recipient-client': [1050, 472],
    });
    // Bob's device box leaves room below its labels for his result (issue 15).
    expect([layout.width, layout.height]).toEqual([1140, 614]);
  });

  it('no such domain: no recipient server is drawn, and the verdict takes their place', () => {
    for (const journey of ['no-such-domain', 'null-mx'] as const) {
      const plan = planOf(journey);
      expect(plan.recipientVerdict).not.toBeNull();
      for (const orientation of ORIENTATIONS) {
        const layout = layoutGraph(plan, 'cross-domain', orientation);
        expect(layout.nodes.some((n) => n.node.id.startsWith('recipient-') || n.node.id.startsWith('relay-'))).toBe(
          false,
        );
        expect(layout.edges.some((e) => e.to.startsWith('recipient-'))).toBe(false);
        const verdict = layout.zones.find((z) => z.verdict);
        expect(verdict?.verdict).toEqual(plan.recipientVerdict);
        expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('a second MX is its own node, after the first on the route', () => {
    const plan = planOf('default');
    const mx = plan.nodes.find((n) => n.id === 'recipient-mx')!;
    const withMx2: Plan = {
      ...plan,
      nodes: [...plan.nodes, { ...mx, id: 'recipient-mx2', host: 'mx2.example.org' }],
      edges: [...plan.edges, { id: 'sender-mta->recipient-mx2', from: 'sender-mta', to: 'recipient-mx2' }],
    };
    for (const orientation of ORIENTATIONS) {
      const layout = layoutGraph(withMx2, 'cross-domain', orientation);
      expectSound(layout);
      const one = layout.nodes.find((n) => n.node.id === 'recipient-mx')!;
      const two = layout.nodes.find((n) => n.node.id === 'recipient-mx2')!;
      expect(orientation === 'wide' ? one.x < two.x : one.y < two.y).toBe(true);
    }
  });

  it('the Internet is drawn between the providers even with no node in it', () => {
    for (const orientation of ORIENTATIONS) {
      const layout = layoutGraph(planOf('default'), 'cross-domain', orientation);
      const zone = (name: string) => layout.zones.find((z) => z.zone === name)!;
      const internet = zone('internet');
      expect(internet).toBeDefined();
      const sender = zone('sender-provider');
      const recipient = zone('recipient-provider');
      expect(internet.y).toBeGreaterThanOrEqual(sender.y + sender.height);
      expect(internet.y + internet.height).toBeLessThanOrEqual(recipient.y);
    }
  });

  it('the tall layout is one column in route order', () => {
    const layout = layoutGraph(planOf('greylisted'), 'cross-domain', 'tall');
    expect(new Set(layout.nodes.map((n) => n.x)).size).toBe(1);
    const ys = [...layout.nodes].sort((a, b) => routeRank(a.node.id) - routeRank(b.node.id)).map((n) => n.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('property: any set of nodes of the contract is laid out soundly', () => {
    const ids: [NodeId, Zone, GraphNode['kind']][] = [
      ['sender-client', 'sender-device', 'client'],
      ['sender-webmail', 'sender-provider', 'server'],
      ['sender-msa', 'sender-provider', 'server'],
      ['sender-mta', 'sender-provider', 'server'],
      ['sender-store', 'sender-provider', 'store'],
      ['dns', 'internet', 'dns'],
      ['forwarder-1', 'internet', 'server'],
      ['recipient-mx', 'recipient-provider', 'server'],
      ['recipient-mx2', 'recipient-provider', 'server'],
      ['relay-1', 'recipient-provider', 'filter'],
      ['recipient-store', 'recipient-provider', 'store'],
      ['recipient-imap', 'recipient-provider', 'server'],
      ['recipient-client', 'recipient-device', 'client'],
    ];
    const base = planOf('default');
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 2 }), fc.constantFrom(...ORIENTATIONS), (chosen, orientation) => {
        const nodes = chosen.map(([id, zone, kind]) => ({ id, zone, kind, host: id, title: { key: `node.${id}` } }));
        const layout = layoutGraph({ ...base, nodes, edges: [] }, 'cross-domain', orientation);
        expect(layout.nodes).toHaveLength(nodes.length);
        expectSound(layout);
      }),
    );
  });
});

describe('outsiders and the tall column', () => {
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
    const layout = layoutGraph(planOf('three-recipients'), 'cross-domain', 'tall');
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

describe('routeRank', () => {
  it('orders the contract nodes along the journey', () => {
    const route: NodeId[] = ['sender-client', 'sender-msa', 'sender-mta', 'dns', 'recipient-mx', 'recipient-mx2'];
    const rest: NodeId[] = ['relay-1', 'recipient-store', 'recipient-imap', 'recipient-client'];
    const ranks = [...route, ...rest].map(routeRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});

describe('helpers', () => {
  it('orientationFor switches to the column below the phone width', () => {
    expect(orientationFor(TALL_BELOW_PX - 1)).toBe('tall');
    expect(orientationFor(TALL_BELOW_PX)).toBe('wide');
  });

  it('pointOnEdge runs from one end to the other, following the curve', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    expect(pointOnEdge(a, b, null, 0)).toEqual(a);
    expect(pointOnEdge(a, b, null, 1)).toEqual(b);
    expect(pointOnEdge(a, b, null, 0.25)).toEqual({ x: 25, y: 0 });
    expect(pointOnEdge(a, b, { x: 50, y: -100 }, 0.5)).toEqual({ x: 50, y: -50 });
  });

  it('wrapLabel keeps words whole and lines short', () => {
    expect(wrapLabel('Incoming mail server (MX)', 17)).toEqual(['Incoming mail', 'server (MX)']);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 8 }), (words) => {
        const lines = wrapLabel(words.join(' '), 17);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) expect(line.length <= 17 || !line.includes(' ')).toBe(true);
      }),
    );
  });
});
