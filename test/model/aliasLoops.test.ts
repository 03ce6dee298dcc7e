// Forwarding that comes back round: a real server ends a loop with 5.4.6 (RFC 3463; RFC 5321 §6.3)
// instead of passing the message round for ever, and says so; a long chain is followed to its end.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, type WorldEdit } from '../../src/model';
import { buildScenario, planJourney } from '../../src/model/engine';

const alias = (address: string, value: string): WorldEdit => ({ kind: 'alias', address, value });
const planWith = (edits: readonly WorldEdit[]) => {
  const scenario = buildScenario({ ...DEFAULT_MESSAGE, to: 'bob@example.org' }, 'imap', null, edits);
  if (!scenario) throw new Error('no scenario');
  return planJourney(scenario);
};
const refusals = (edits: readonly WorldEdit[]) =>
  planWith(edits)
    .steps.filter((s) => s.result === 'refused' && s.caption.key.startsWith('step.relay'))
    .map((s) => `${s.caption.key} ${String(s.caption.params?.reply ?? '')}`);

describe('forwarding loops are ended and told', () => {
  it('two addresses of one domain that forward to each other: refused at RCPT with 5.4.6', () => {
    const edits = [alias('bob@example.org', 'dave@example.org'), alias('dave@example.org', 'bob@example.org')];
    expect(planWith(edits).outcome).toBe('bounced');
    expect(refusals(edits)).toEqual([
      'step.relay.rejected.loop 550 5.4.6 <bob@example.org>: Recipient address rejected: mail forwarding loop',
    ]);
  });

  it('two organisations forwarding to each other: the copy that comes back round is refused with 5.4.6', () => {
    const edits = [alias('bob@example.org', 'dave@example.net'), alias('dave@example.net', 'bob@example.org')];
    const plan = planWith(edits);
    expect(plan.outcome).not.toBe('delivered');
    expect(refusals(edits)).toEqual([
      'step.relay.rejected.loop 554 5.4.6 Too many hops (Received lines): mail forwarding loop',
    ]);
  });

  it('a chain of ten aliases in one domain is followed to the mailbox at its end', () => {
    const chain = Array.from({ length: 10 }, (_, i) =>
      alias(
        i === 0 ? 'bob@example.org' : `bob${i}@example.org`,
        i === 9 ? 'carol@example.org' : `bob${i + 1}@example.org`,
      ),
    );
    const plan = planWith([...chain, { kind: 'mailbox', address: 'carol@example.org', value: 'permanent' }]);
    // The chain ends at carol's full mailbox: only following every link finds it.
    expect(plan.outcome).toBe('bounced');
    expect(refusals(chain.concat({ kind: 'mailbox', address: 'carol@example.org', value: 'permanent' }))[0]).toContain(
      '552 5.2.2',
    );
  });
});
