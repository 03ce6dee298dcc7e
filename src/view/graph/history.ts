// The picture in words, for screen readers: one sentence per attempt so far, and per queue, folder and verdict.
import type { Plan, Step, Text } from '../../model';
import type { Translate } from '../../i18n';

/** One badge in words: passes (aligned with From: or not), fails, or its own result word. */
function verdictInWords(v: Step['verdicts'][number], say: (key: string, params: Record<string, string>) => string) {
  const check = v.check.toUpperCase();
  if (v.result) return say('graph.says.result', { check, result: v.result });
  if (!v.pass) return say('graph.says.fail', { check });
  return say(v.aligned === false ? 'graph.says.notAligned' : 'graph.says.pass', { check });
}

/** Sentences that say what the picture shows after the steps up to `cursor` (the graph's description). */
export function pictureInWords(plan: Plan, cursor: number, t: Translate): string[] {
  const title = new Map(plan.nodes.map((n) => [n.id, t(n.title)]));
  const name = (id: Step['from']) => title.get(id) ?? id;
  const say = (key: string, params: Record<string, string | number>) => t({ key, params } as Text);
  const lines: string[] = [];
  // DNS's verdict is said once the MX question has been answered, as the picture shows it.
  const asked = plan.steps.findIndex((s) => s.id === 'dns-mx');
  if (plan.recipientVerdict && asked >= 0 && cursor >= asked)
    lines.push(say('graph.says.verdict', { verdict: t(plan.recipientVerdict) }));
  const checked = new Set<Step['from']>();
  for (const s of plan.steps.slice(0, cursor + 1)) {
    if (s.result && s.from !== s.to)
      lines.push(say(`graph.result.${s.result}`, { from: name(s.from), to: name(s.to), code: s.code ?? '' }));
    // Plaintext on the wire, and the man in the middle's copy (issue 24).
    if (s.tls === 'plain' && s.intercepted) {
      lines.push(say('graph.says.plain', { from: name(s.from), to: name(s.to) }));
      lines.push(say('graph.says.copy', { node: name('mitm') }));
    }
    if (s.wait && s.result !== 'no-answer')
      lines.push(say('graph.says.queue', { node: name(s.from), wait: t(s.wait) }));
    if (s.folder) lines.push(say('graph.says.folder', { folder: t({ key: `graph.folder.${s.folder}` }) }));
    // The MX's first check of its own: whom it asks (its provider's resolver, not the sender's).
    const resolver = plan.nodes.find((n) => n.id === s.from)?.resolver;
    if (resolver && s.kind === 'lookup' && s.from === s.to && !checked.has(s.from)) {
      checked.add(s.from);
      lines.push(say('graph.says.ownResolver', { node: name(s.from), ...resolver }));
    }
    if (s.verdicts.length > 0) {
      const verdicts = s.verdicts.map((v) => verdictInWords(v, say)).join(', ');
      lines.push(say('graph.says.verdicts', { node: name(s.to === 'dns' ? s.from : s.to), verdicts }));
    }
  }
  // Once the journey is over, each recipient's result, as the picture shows it at each branch's end.
  if (plan.recipients.length > 1 && cursor >= plan.steps.length - 1)
    for (const r of plan.recipients) {
      const result = say(`graph.recipient.${r.outcome}`, { code: '' }).trim();
      lines.push(say('graph.recipient.says', { address: r.address, result }));
    }
  return lines;
}
