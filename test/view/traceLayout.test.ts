// @vitest-environment node
// The route picture's layout for long chains: runs fold, the number of boxes stays bounded, and every
// hop still has exactly one box and one arrow to travel along.
import { describe, expect, it } from 'vitest';
import { analyseTrace } from '../../src/model/trace';
import { edgeOfHop, FOLD_RUN, layoutTrace, MAX_GRAPH_NODES } from '../../src/view/trace/traceLayout';

/** `count` hops; the organisation changes every `run` hops. */
function chain(count: number, run: number) {
  const received = Array.from({ length: count }, (_, k) => {
    const i = count - k;
    const org = (n: number) => `org${Math.floor((n - 1) / run)}.example`;
    return {
      key: 'received',
      value: `from h${i - 1}.${org(Math.max(1, i - 1))} by h${i}.${org(i)} with ESMTP; Tue, 14 Jan 2025 09:30:05 +0000`,
    };
  });
  return analyseTrace(received);
}

/** The hops (0-based) each box stands for, in order. */
const covered = (nodes: ReturnType<typeof layoutTrace>['nodes']) =>
  nodes.slice(1).flatMap((n) => Array.from({ length: n.folded || 1 }, (_, k) => n.index - 1 + k));

describe('trace layout of long chains', () => {
  it.each([
    [6, 10],
    [3000, 1000],
    [3000, 7],
    [3000, 1],
    [200, 3],
  ])('%i hops in runs of %i: bounded boxes, each hop once, every hop on an arrow', (count, run) => {
    const trace = chain(count, run);
    const layout = layoutTrace(trace, 1100);
    expect(layout.nodes.length).toBeLessThanOrEqual(MAX_GRAPH_NODES);
    expect(covered(layout.nodes)).toEqual(Array.from({ length: count }, (_, i) => i));
    for (let hop = 0; hop < count; hop += 1) expect(edgeOfHop(layout.edges, hop)).toBeDefined();
    expect(layout.folded).toBe(layout.nodes.reduce((sum, n) => sum + n.folded, 0));
  });

  it('draws a short route hop by hop, with nothing folded', () => {
    const layout = layoutTrace(chain(FOLD_RUN, 10), 1100);
    expect(layout.nodes.map((n) => n.role === 'fold')).not.toContain(true);
    expect(layout.folded).toBe(0);
  });
});
