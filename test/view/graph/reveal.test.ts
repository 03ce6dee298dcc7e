// @vitest-environment node
// What the picture shows, and when: nothing a prediction question asks is drawn before its step
// (a reply's or a bounce's route, a code, a result, DNS's verdict on a domain that takes no mail);
// each recipient's result under its own device, or named at the door that refused it; the protocol
// tag never over the code badge that tells an ending apart.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/model';
import { layoutGraph, type Layout, type Orientation } from '../../../src/view/graph/layout';
import { marksAt } from '../../../src/view/graph/marks';
import { pillLabel, pillSpot, pillWidth } from '../../../src/view/graph/pill';
import { resultsAt } from '../../../src/view/graph/results';
import { edgesAt, revealedBy, verdictToldAt } from '../../../src/view/graph/reveal';
import { journey, journeyFrom, PICTURED_JOURNEYS, planOf, WORLD_JOURNEYS, type JourneyName } from '../../journeys';

const modeOf = (plan: Plan) => (plan.nodes.some((n) => n.id === 'dns') ? 'cross-domain' : 'same-domain');
const laid = (plan: Plan, orientation: Orientation = 'wide') => layoutGraph(plan, modeOf(plan), orientation);
const CATALOGUE: JourneyName[] = [
  ...PICTURED_JOURNEYS,
  'forwarding-beside-others',
  'forwarded-copy-bounces',
  ...WORLD_JOURNEYS,
];
const MULTI = journeyFrom('multi', { to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' });

describe('nothing is drawn before its step', () => {
  it.each(CATALOGUE)('%s: routes, codes, results and verdicts appear only with the step that makes them', (name) => {
    const plan = planOf(name);
    const layout = laid(plan);
    const last = plan.steps.length - 1;
    for (let cursor = -1; cursor <= last; cursor += 1) {
      const done = plan.steps.slice(0, cursor + 1);
      const told = (s: (typeof done)[number]) => s.token === 'answer' || s.token === 'bounce';
      for (const e of edgesAt(layout.edges, plan.steps, cursor)) {
        const first = plan.steps.find((s) => s.from === e.from && s.to === e.to);
        if (first && told(first)) expect(first.index, `${name} @${cursor}: ${e.id}`).toBeLessThanOrEqual(cursor);
      }
      // Before the current step arrives, its own marks are not drawn: everything shown comes from done steps.
      const before = marksAt(layout, plan.steps, cursor, false);
      const coded = new Set(done.slice(0, -1).flatMap((s) => [s.code, ...Object.values(s.rcptCodes ?? {})]));
      for (const c of before.codes) expect(coded.has(c.code), `${name} @${cursor}: ${c.code}`).toBe(true);
      expect(resultsAt(layout, plan.steps, plan.recipients, cursor, false).length).toBeLessThanOrEqual(
        cursor < 0 ? 0 : plan.recipients.length,
      );
      const asked = plan.steps.findIndex((s) => s.id === 'dns-mx');
      if (plan.recipientVerdict)
        expect(verdictToldAt(plan.steps, cursor, false), `${name} @${cursor}`).toBe(asked >= 0 && cursor > asked);
    }
    // At the end the whole route is drawn: nothing is kept back for ever.
    expect(edgesAt(layout.edges, plan.steps, last)).toEqual(layout.edges);
    expect(resultsAt(layout, plan.steps, plan.recipients, -1, false)).toEqual([]);
  });

  it.each([
    ['unknown-user', ['recipient-mx->sender-mta', 'sender-mta->sender-store', 'sender-store->sender-client']],
    ['no-such-domain', ['sender-mta->sender-store', 'sender-store->sender-client']],
    ['auth-failed', ['sender-msa->sender-client']],
    ['dmarc-reject', ['recipient-mx->spoofer']],
  ] as const)('%s: before Send, no bounce route and no reply turning back (%j)', (name, routes) => {
    const plan = planOf(name);
    const layout = laid(plan);
    const idle = edgesAt(layout.edges, plan.steps, -1).map((e) => e.id);
    for (const route of routes) {
      expect(layout.edges.map((e) => e.id)).toContain(route);
      expect(idle).not.toContain(route);
      const by = revealedBy(
        layout.edges.find((e) => e.id === route)!,
        plan.steps,
      );
      expect(edgesAt(layout.edges, plan.steps, by).map((e) => e.id)).toContain(route);
    }
  });

  it('the default journey keeps its whole route from the start', () => {
    const plan = planOf('default');
    const layout = laid(plan);
    expect(edgesAt(layout.edges, plan.steps, -1)).toEqual(layout.edges);
  });

  it.each(['no-such-domain', 'null-mx'] as const)('%s: DNS verdict told once the MX answer came back', (name) => {
    const plan = planOf(name);
    const asked = plan.steps.findIndex((s) => s.id === 'dns-mx');
    expect(verdictToldAt(plan.steps, -1, false)).toBe(false);
    expect(verdictToldAt(plan.steps, asked, false)).toBe(false);
    expect(verdictToldAt(plan.steps, asked, true)).toBe(true);
  });
});

describe('each recipient told under its own node', () => {
  const plan = planOf(MULTI);
  const results = (layout: Layout, cursor: number) => resultsAt(layout, plan.steps, plan.recipients, cursor, true);
  const nodeAt = (layout: Layout, x: number, y: number) =>
    layout.nodes.reduce((a, b) => (Math.hypot(b.x - x, b.y - y) < Math.hypot(a.x - x, a.y - y) ? b : a));

  it.each(['wide', 'tall'] as const)('%s: Bob delivered under his app, nobody refused at the MX, named', (o) => {
    const layout = laid(plan, o);
    const end = results(layout, plan.steps.length - 1);
    const bob = end.find((r) => r.key === 'bob@example.org')!;
    const nobody = end.find((r) => r.key === 'nobody@example.org')!;
    expect(bob).toMatchObject({ outcome: 'delivered', who: null });
    expect(nobody).toMatchObject({ outcome: 'bounced', code: 550, who: 'nobody' });
    expect(nodeAt(layout, bob.x, bob.y - (o === 'wide' ? 100 : 44)).node.id).toBe('recipient-client');
    expect(nodeAt(layout, nobody.x, nobody.y - (o === 'wide' ? 100 : 44)).node.id).toBe('recipient-mx');
    // Never two results stacked at one place.
    const places = end.map((r) => `${r.x},${r.y}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('the refusal is told at the RCPT step, not only at the end of the branch', () => {
    const relay = plan.steps.find((s) => s.id === 'relay' && s.branch === 'example.org')!;
    const layout = laid(plan);
    expect(results(layout, relay.index).map((r) => r.key)).toEqual(['nobody@example.org']);
    expect(resultsAt(layout, plan.steps, plan.recipients, relay.index, false)).toEqual([]);
  });

  it('a refused recipient in another domain keeps its own lane (the catalogue’s three recipients)', () => {
    const three = planOf('three-recipients');
    const end = resultsAt(laid(three), three.steps, three.recipients, three.steps.length - 1, true);
    expect(end.map((r) => [r.key, r.outcome, r.who])).toEqual([
      ['bob@example.org', 'delivered', null],
      ['carol@example.com', 'delivered', null],
      ['dave@example.net', 'bounced', null],
    ]);
  });
});

describe('the protocol tag never covers a code badge', () => {
  const box = (x: number, y: number, w: number) => ({ left: x - w / 2, right: x + w / 2, top: y - 11, bottom: y + 11 });
  const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  it.each(
    (['auth-failed', 'too-large', 'unknown-user', 'mailbox-full', 'relay-denied', 'greylisted'] as const).flatMap(
      (name) => (['wide', 'tall'] as const).map((o) => [name, o] as const),
    ),
  )('%s (%s): at every coded step, the tag and every badge so far are apart', (name, o) => {
    const plan = planOf(journey(name));
    const layout = laid(plan, o);
    const at = new Map(layout.nodes.map((n) => [n.node.id, n]));
    for (const s of plan.steps) {
      const a = at.get(s.from);
      const b = at.get(s.to);
      if (!a || !b || s.from === s.to || s.code === null) continue;
      const control = layout.edges.find((e) => e.from === s.from && e.to === s.to)?.control ?? null;
      const spot = pillSpot(s, a, b, control);
      const tag = box(spot.x, spot.y, pillWidth(pillLabel(s)));
      // A code badge is "✗ 552": an icon and three digits, about 60 units wide.
      for (const c of marksAt(layout, plan.steps, s.index, true).codes)
        expect(overlap(tag, box(c.x, c.y, 62)), `${s.id} tag over ${c.code}`).toBe(false);
    }
  });
});
