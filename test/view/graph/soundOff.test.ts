// @vitest-environment node
// The sound-off test (the December audit, §3): with the captions hidden, every journey's ending can
// be told from the picture alone. The signature is what the picture draws at the end: its nodes and
// boxes, every attempt with its result, codes, queues, folders, check badges, each recipient's mark
// and what DNS said; never a caption, never a host name. Endings that are the same by design (port
// 465 instead of 587, another language) are not journeys of their own here: they share a plan's picture.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/model';
import { layoutGraph } from '../../../src/view/graph/layout';
import { marksAt } from '../../../src/view/graph/marks';
import { resultsAt } from '../../../src/view/graph/results';
import { edgesAt } from '../../../src/view/graph/reveal';
import { journey, journeyFrom, PICTURED_JOURNEYS, planOf, type Journey } from '../../journeys';

const modeOf = (plan: Plan) => (plan.nodes.some((n) => n.id === 'dns') ? 'cross-domain' : 'same-domain');
const text = (t: { key: string; params?: Record<string, unknown> } | null) =>
  t ? `${t.key}${t.params ? JSON.stringify(t.params) : ''}` : '';

/** What the picture shows at the end, as sorted lines. */
function signature(plan: Plan): string[] {
  const layout = layoutGraph(plan, modeOf(plan), 'wide');
  const last = plan.steps.length - 1;
  const marks = marksAt(layout, plan.steps, last, true);
  return [
    ...layout.nodes.map((n) => `node ${n.node.id} ${n.node.kind}`),
    ...layout.zones.map((z) => `box ${z.zone} ${z.label?.key ?? ''} ${z.verdict?.key ?? ''}`),
    ...edgesAt(layout.edges, plan.steps, last).map((e) => `edge ${e.id}`),
    ...marks.attempts.map((a) => `attempt ${a.edge} ${a.result} ${a.token}`),
    ...marks.codes.map((c) => `code ${c.node} ${c.code} ${c.kind} ${c.lock}`),
    ...marks.queues.map((q) => `queue ${q.node} ${text(q.wait)}`),
    ...marks.folders.map((f) => `folder ${f.node} ${f.folder}`),
    ...marks.verdicts.map(
      (v) => `checks ${v.node} ${v.verdicts.map((c) => `${c.check}:${c.pass}:${c.aligned ?? ''}`).join(',')}`,
    ),
    ...marks.records.map((r) => `record ${text(r.text)}`),
    ...resultsAt(layout, plan.steps, plan.recipients, last, true).map(
      (r) =>
        `result ${r.outcome} ${r.code ?? ''} ${r.who === null ? 'at device' : 'named at door'}${r.downloaded ? ' downloaded' : ''}`,
    ),
  ].sort();
}

// The audit's several recipients at one MX, one refused.
const MULTI = journeyFrom('multi', { to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' });
const ENDINGS: Journey[] = [...PICTURED_JOURNEYS.map((name) => journey(name)), MULTI];

describe('the sound-off test', () => {
  const signatures = ENDINGS.map((j) => ({ name: j.name, lines: signature(planOf(j)) }));

  it.each(signatures.map((s) => [s.name, s] as const))('%s: its ending is like no other', (_, mine) => {
    const twins = signatures.filter((o) => o !== mine && o.lines.join('\n') === mine.lines.join('\n'));
    expect(twins.map((o) => o.name)).toEqual([]);
  });

  // The four endings the audit could not tell apart, each with the mark that now tells it.
  it.each([
    ['pop3', 'result delivered  at device downloaded'],
    ['no-mx', 'record dns.record.no-mx{"domain":"nomx.example.net"}'],
    ['relay-denied', 'box recipient-provider zone.misdirected '],
    ['relay-denied', 'result bounced 554 named at door'],
    ['multi', 'result bounced 550 named at door'],
    ['multi', 'code recipient-mx 550 refused false'],
  ])('%s shows “%s”', (name, line) => {
    expect(signatures.find((s) => s.name === name)?.lines).toContain(line);
  });

  it('no-mx differs from the default only where DNS said something else', () => {
    expect(signature(planOf('default'))).toContain(
      'record dns.record.mx{"domain":"example.org","list":"mx1 (10), mx2 (20)"}',
    );
  });
});
