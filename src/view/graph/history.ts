// The picture in words, for screen readers: one sentence per attempt so far, and per queue, folder and verdict.
import type { Plan, Step, Text } from '../../model';
import type { Translate } from '../../i18n';

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
  for (const s of plan.steps.slice(0, cursor + 1)) {
    if (s.result && s.from !== s.to)
      lines.push(say(`graph.result.${s.result}`, { from: name(s.from), to: name(s.to), code: s.code ?? '' }));
    if (s.wait && s.result !== 'no-answer')
      lines.push(say('graph.says.queue', { node: name(s.from), wait: t(s.wait) }));
    if (s.folder) lines.push(say('graph.says.folder', { folder: t({ key: `graph.folder.${s.folder}` }) }));
    if (s.verdicts.length > 0) {
      const verdicts = s.verdicts
        .map((v) => say(v.pass ? 'graph.says.pass' : 'graph.says.fail', { check: v.check.toUpperCase() }))
        .join(', ');
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
