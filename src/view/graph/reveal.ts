// What the picture keeps back until the journey reaches it. A prediction question asks what happens
// next, so nothing that only the outcome makes known may be drawn before its step: the route of a
// reply turning back or of a bounce, and DNS's verdict on a domain that takes no mail (nobody knows
// it before the MX question is answered, RFC 5321 §5.1).
import type { GraphEdge, Step } from '../../model';

/** Tokens that travel a route nobody can foresee: a reply coming back, a bounce (a new message). */
const OUTCOME_TOKENS: ReadonlySet<Step['token']> = new Set(['answer', 'bounce']);

/**
 * The index of the step that first travels an edge the outcome made, or -1 for an edge of the usual
 * route, which is drawn from the start.
 */
export function revealedBy(edge: Pick<GraphEdge, 'from' | 'to'>, steps: readonly Step[]): number {
  const first = steps.find((s) => s.from === edge.from && s.to === edge.to);
  return first && OUTCOME_TOKENS.has(first.token) ? first.index : -1;
}

/** The edges drawn at `cursor` (-1 before Send): the usual route, and outcome routes from their first step on. */
export function edgesAt<E extends Pick<GraphEdge, 'from' | 'to'>>(
  edges: readonly E[],
  steps: readonly Step[],
  cursor: number,
): E[] {
  return edges.filter((e) => {
    const by = revealedBy(e, steps);
    return by < 0 || cursor >= by;
  });
}

/** Whether DNS's verdict (no such domain, no mail) is told: once the answer to the MX question came back. */
export function verdictToldAt(steps: readonly Step[], cursor: number, arrived: boolean): boolean {
  const asked = steps.find((s) => s.id === 'dns-mx');
  if (!asked) return false;
  return cursor > asked.index || (cursor === asked.index && arrived);
}
