// @vitest-environment node
// The picture's grammar as data: which marks each journey's steps leave, and where they sit.
import { describe, expect, it } from 'vitest';
import { layoutGraph, pointOnEdge } from '../../../src/view/graph/layout';
import { answeringNode, bubblesAt, marksAt } from '../../../src/view/graph/marks';
import { OUTCOME_JOURNEYS as JOURNEYS, planOf, type PicturedName } from '../../journeys';
import { planFor } from '../../model/helpers';
import { step } from './steps';

const finalMarks = (journey: PicturedName, orientation: 'wide' | 'tall' = 'wide') => {
  const plan = planOf(journey);
  const layout = layoutGraph(plan, journey === 'same-domain' ? 'same-domain' : 'cross-domain', orientation);
  return { plan, layout, marks: marksAt(layout, plan.steps, plan.steps.length - 1, true) };
};

describe('marksAt', () => {
  it.each(JOURNEYS)('%s: one attempt per step that tried something, with its result', (journey) => {
    const { plan, marks } = finalMarks(journey);
    const laidOut = new Set(finalMarks(journey).layout.nodes.map((n) => n.node.id as string));
    const drawn = (id: string) => laidOut.has(id);
    const tried = plan.steps.filter((s) => s.result && s.from !== s.to && drawn(s.from) && drawn(s.to));
    expect(marks.attempts.map((a) => [a.edge, a.result])).toEqual(tried.map((s) => [`${s.from}->${s.to}`, s.result]));
    for (const a of marks.attempts) expect(a.d).toMatch(/^M[\d.-]+,[\d.-]+[LQ]/);
  });

  it.each(JOURNEYS)('%s: a code badge for every refusal and deferral, a clock for every wait', (journey) => {
    const { plan, marks } = finalMarks(journey);
    for (const s of plan.steps) {
      if ((s.result === 'refused' || s.result === 'deferred') && s.code !== null)
        expect(marks.codes.some((c) => c.code === s.code && c.node === answeringNode(s))).toBe(true);
      if (s.wait && s.result !== 'no-answer') expect(marks.queues.some((q) => q.node === s.from)).toBe(true);
      if (s.folder) expect(marks.folders.some((f) => f.folder === s.folder)).toBe(true);
    }
    if (journey === 'default') expect(marks.codes).toEqual([]);
  });

  it('a refused login is a lock at the submission server, once', () => {
    const { marks } = finalMarks('auth-failed');
    expect(marks.codes).toEqual([expect.objectContaining({ node: 'sender-msa', code: 535, lock: true })]);
  });

  it('spam lands in Junk', () => {
    // Alice's copy in Sent first (issue 15), then the message in Bob's Junk.
    expect(finalMarks('spam').marks.folders.map((f) => f.folder)).toEqual(['sent', 'junk']);
    expect(finalMarks('default').marks.folders.map((f) => f.folder)).toEqual(['sent', 'inbox']);
  });

  it('an attempt with no answer breaks off before the host, carrying its waiting time', () => {
    const { marks } = finalMarks('primary-mx-down');
    const lost = marks.attempts.find((a) => a.result === 'no-answer');
    expect(lost?.broken).not.toBeNull();
    expect(lost?.broken?.wait).toEqual({ key: 'wait.timeout', params: { seconds: 30 } });
  });

  it('the current step leaves its marks only once it has arrived', () => {
    const plan = planOf('unknown-user');
    const layout = layoutGraph(plan, 'cross-domain', 'wide');
    const refusal = plan.steps.findIndex((s) => s.result === 'refused');
    expect(marksAt(layout, plan.steps, refusal, false).codes).toEqual([]);
    expect(marksAt(layout, plan.steps, refusal, true).codes).toHaveLength(1);
    expect(marksAt(layout, plan.steps, -1, true).attempts).toEqual([]);
  });

  it('attempts between the same two nodes run in separate lanes', () => {
    const { marks } = finalMarks('greylisted');
    const relays = marks.attempts.filter((a) => a.edge === 'sender-mta->recipient-mx');
    expect(relays.map((a) => a.result)).toEqual(['deferred', 'accepted']);
    expect(relays[0]!.d).not.toBe(relays[1]!.d);
  });

  it('verdict badges gather at the node that checked', () => {
    const plan = planOf('default');
    const layout = layoutGraph(plan, 'cross-domain', 'wide');
    const steps = [
      step({ index: 0, from: 'recipient-mx', to: 'dns', kind: 'lookup', verdicts: [{ check: 'spf', pass: true }] }),
      step({ index: 1, from: 'recipient-mx', to: 'dns', kind: 'lookup', verdicts: [{ check: 'dmarc', pass: false }] }),
    ];
    const marks = marksAt(layout, steps, 1, true);
    expect(marks.verdicts).toEqual([
      expect.objectContaining({
        node: 'recipient-mx',
        verdicts: [
          { check: 'spf', pass: true },
          { check: 'dmarc', pass: false },
        ],
      }),
    ]);
  });
});

describe('bubblesAt', () => {
  it('the question at once, the answer once it is back, beside the resolver and never on it', () => {
    for (const orientation of ['wide', 'tall'] as const) {
      const plan = planOf('default');
      const layout = layoutGraph(plan, 'cross-domain', orientation);
      const lookup = plan.steps.find((s) => s.id === 'dns-mx')!;
      const dns = layout.nodes.find((n) => n.node.id === 'dns')!;
      expect(bubblesAt(layout, lookup, false).map((b) => b.key)).toEqual(['question']);
      const both = bubblesAt(layout, lookup, true);
      expect(both.map((b) => b.text)).toEqual([lookup.dns!.question, lookup.dns!.answer]);
      for (const b of both) expect(Math.hypot(b.x - dns.x, b.y - dns.y)).toBeGreaterThanOrEqual(40);
    }
    expect(bubblesAt(layoutGraph(planOf('default'), 'cross-domain', 'wide'), step(), true)).toEqual([]);
  });
});

describe("the MX's own look-ups", () => {
  it('sit above the MX on the far side of the relay line that brought the message, never on it', () => {
    let checked = 0;
    for (const journey of [...JOURNEYS, 'mx1-refused'] as const) {
      const plan = planOf(journey);
      const layout = layoutGraph(plan, 'cross-domain', 'wide');
      const at = (id: string) => layout.nodes.find((n) => n.node.id === id)!;
      for (const s of plan.steps.filter((x) => x.id.startsWith('check-') && x.from.startsWith('recipient-mx'))) {
        const relay = plan.steps.filter((x) => x.index < s.index && x.to === s.from && x.from !== s.from).at(-1)!;
        const [from, mx] = [at(relay.from), at(s.from)];
        for (const b of bubblesAt(layout, s, true)) {
          // Where the relay line crosses the bubble's row: outside the side the bubble's text runs to.
          const crossing = mx.x + ((from.x - mx.x) * (mx.y - b.y)) / (mx.y - from.y);
          expect(b.y, `${journey} ${s.id}`).toBeLessThan(mx.y);
          if (b.anchor === 'start') expect(crossing, `${journey} ${s.id}`).toBeLessThan(b.x);
          else expect(crossing, `${journey} ${s.id}`).toBeGreaterThan(b.x);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

/**
 * Everything the picture shows of a journey on the way, its text left out: the nodes, every mark
 * each step leaves (attempts, codes, queues, folders, verdicts), the DNS answers and the tokens.
 */
function soundOff(journey: PicturedName): string[] {
  const plan = planOf(journey);
  const layout = layoutGraph(plan, journey === 'same-domain' ? 'same-domain' : 'cross-domain', 'wide');
  const seen = new Set(layout.nodes.map((n) => `node ${n.node.id}`));
  if (plan.recipientVerdict) seen.add(`verdict ${JSON.stringify(plan.recipientVerdict)}`);
  plan.steps.forEach((s, i) => {
    const marks = marksAt(layout, plan.steps, i, true);
    for (const a of marks.attempts) seen.add(`${a.result} ${a.edge} ${a.token}`);
    for (const c of marks.codes) seen.add(`code ${c.code} at ${c.node}`);
    for (const q of marks.queues) seen.add(`queue ${JSON.stringify(q.wait)} at ${q.node}`);
    for (const f of marks.folders) seen.add(`folder ${f.folder}`);
    for (const v of marks.verdicts) seen.add(`verdicts ${JSON.stringify(v.verdicts)} at ${v.node}`);
    for (const b of bubblesAt(layout, s, true)) if (b.key === 'answer') seen.add(`dns ${JSON.stringify(b.text)}`);
    seen.add(`token ${s.token}`);
  });
  return [...seen].sort();
}

describe('sound off', () => {
  it('with every caption and panel hidden, every pair of journeys still looks different', () => {
    const seen = JOURNEYS.map((journey) => [journey, JSON.stringify(soundOff(journey))] as const);
    const same = seen.flatMap(([a, x], i) => seen.slice(i + 1).flatMap(([b, y]) => (x === y ? [`${a} = ${b}`] : [])));
    expect(same).toEqual([]);
  });
});

describe('a recipient refused while the session goes on for the others', () => {
  it('is a ✗550 at the MX from the RCPT step on, not before', () => {
    const plan = planFor({ to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' });
    const layout = layoutGraph(plan, 'cross-domain', 'wide');
    const rcpt = plan.steps.findIndex((s) => s.id === 'relay' && s.rcptCodes);
    expect(marksAt(layout, plan.steps, rcpt, false).codes).toEqual([]);
    expect(marksAt(layout, plan.steps, rcpt, true).codes).toEqual([
      expect.objectContaining({ node: 'recipient-mx', code: 550, kind: 'refused' }),
    ]);
  });
});

describe("the receiving MX's own resolver", () => {
  const checks = (plan: ReturnType<typeof planOf>) =>
    plan.steps.filter((s) => s.kind === 'lookup' && s.from === s.to && s.from.startsWith('recipient-mx'));
  const inBox = (p: { x: number; y: number }, z: { x: number; y: number; width: number; height: number }) =>
    p.x > z.x && p.x < z.x + z.width && p.y > z.y && p.y < z.y + z.height;

  it("is drawn inside its provider's box from the MX's first check on, in every journey whose MX checks", () => {
    let drawn = 0;
    for (const journey of JOURNEYS) {
      const plan = planOf(journey);
      const mode = journey === 'same-domain' ? 'same-domain' : 'cross-domain';
      for (const orientation of ['wide', 'tall'] as const) {
        const layout = layoutGraph(plan, mode, orientation);
        const asked = checks(plan);
        // One resolver per destination whose MX checks, named after that destination's provider.
        expect(layout.resolvers ?? [], journey).toHaveLength(
          new Set(asked.map((s) => plan.nodes.find((n) => n.id === s.from)?.branch ?? s.from)).size,
        );
        for (const r of layout.resolvers ?? []) {
          const mx = plan.nodes.find((n) => n.id === r.askers[0])!;
          expect(r.host, journey).toBe(`resolver.${r.domain}`);
          expect(r.domain, journey).toBe(mx.resolver?.domain);
          const box = layout.zones.find(
            (z) => z.zone === 'recipient-provider' && inBox(r, z) && inBox({ x: r.x, y: r.y + 46 }, z),
          );
          expect(box, `${journey} ${orientation}: ${r.host} inside its provider's box`).toBeDefined();
          // Clear of every server's circle and words: beside them in the row (wide), between two rows (tall).
          for (const n of layout.nodes) {
            const clear =
              orientation === 'wide'
                ? Math.abs(n.x - r.x) >= 140 || Math.abs(n.y - r.y) >= 90
                : Math.abs(n.y - r.y) >= 60;
            expect(clear, `${journey} ${orientation} ${n.node.id}`).toBe(true);
          }
        }
        plan.steps.forEach((_, i) => {
          const marks = marksAt(layout, plan.steps, i, true);
          const first = asked[0] ? plan.steps.indexOf(asked[0]) : Infinity;
          // Not before the MX's first check (the picture does not need it earlier), from then on always.
          expect(marks.resolvers.length > 0, `${journey} ${orientation} step ${i}`).toBe(i >= first);
          for (const m of marks.resolvers) expect(m.pulls.map((p) => p.key)).toEqual(['request', 'response']);
          drawn += marks.resolvers.length;
        });
      }
    }
    expect(drawn).toBeGreaterThan(100);
  });

  it('is not drawn where nobody checks: the same domain, a refused recipient, a domain that takes no mail', () => {
    for (const journey of ['same-domain', 'unknown-user', 'no-such-domain'] as const) {
      const plan = planOf(journey);
      const layout = layoutGraph(plan, journey === 'same-domain' ? 'same-domain' : 'cross-domain', 'wide');
      expect(layout.resolvers ?? [], journey).toEqual([]);
    }
  });

  it("the check's question goes out at once, its answer's line once the answer is back", () => {
    const plan = planOf('default');
    const layout = layoutGraph(plan, 'cross-domain', 'wide');
    const first = plan.steps.findIndex((s) => s.id === 'check-ptr');
    const pulls = (arrived: boolean) =>
      marksAt(layout, plan.steps, first, arrived).resolvers[0]!.pulls.map((p) => p.key);
    expect(pulls(false)).toEqual(['request']);
    expect(pulls(true)).toEqual(['request', 'response']);
    expect(marksAt(layout, plan.steps, first, true).resolvers[0]).toMatchObject({
      node: 'recipient-mx',
      host: 'resolver.example.org',
      asking: true,
    });
  });

  it('the second MX asks over the first: its pull bends round it instead of running through it', () => {
    const plan = planOf('primary-mx-down');
    const layout = layoutGraph(plan, 'cross-domain', 'wide');
    const [mark] = marksAt(layout, plan.steps, plan.steps.length - 1, true).resolvers;
    expect(mark?.node).toBe('recipient-mx2');
    for (const p of mark!.pulls) expect(p.d).toMatch(/Q/);
    const [direct] = finalMarks('default').marks.resolvers;
    for (const p of direct!.pulls) expect(p.d).not.toMatch(/Q/);
  });

  it("no other server's line runs across a resolver or its words", () => {
    for (const journey of JOURNEYS) {
      const plan = planOf(journey);
      if (journey === 'same-domain') continue;
      const layout = layoutGraph(plan, 'cross-domain', 'wide');
      for (const r of layout.resolvers ?? [])
        for (const e of layout.edges.filter((x) => !r.askers.includes(x.from) && !r.askers.includes(x.to)))
          for (let t = 0; t <= 1; t += 0.05) {
            const p = pointOnEdge(e.source, e.target, e.control, t);
            const inside = Math.abs(p.x - r.x) < 70 && p.y > r.y - 22 && p.y < r.y + 52;
            expect(inside, `${journey}: ${e.id} across ${r.host}`).toBe(false);
          }
    }
  });
});
