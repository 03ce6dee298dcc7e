// A forgery through an open relay (email-facts.md §9): the MX sees the relay's address, not the
// spoofer's, and that address is not in example.com's SPF either; with no example.com signature DMARC
// fails, and the disposition is example.com's policy, exactly as for a direct forgery.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, encodeEdits, type Plan, type WorldEdit } from '../../src/model';
import { applyEdits, buildScenario, decodeEdits, DEFAULT_WORLD, plan } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';
import { worldEdit } from './arbitraries';
import { atDepth, t } from '../../src/i18n';
import '../../src/i18n/detail';

const RELAY = 'relay.open-hosting.example';
const RELAY_IP = '203.0.113.120';
const SPOOFER_IP = '203.0.113.66';
const viaRelay: readonly WorldEdit[] = [
  { kind: 'spoof', value: true },
  { kind: 'forgery', value: 'open-relay' },
];
const dmarc = (value: 'none' | 'quarantine' | 'reject' | 'absent'): WorldEdit => ({
  kind: 'dmarc',
  domain: 'example.com',
  value,
});
/** The journey in a world with these edits; `detailed`: with every protocol line and header written. */
const planIn = (edits: readonly WorldEdit[], detailed = false): Plan => {
  const scenario = buildScenario(DEFAULT_MESSAGE, 'imap', null, edits);
  const p = detailed && scenario ? planWithDetail(scenario) : plan(DEFAULT_MESSAGE, applyEdits(DEFAULT_WORLD, edits));
  if (!p) throw new Error('the default message always plans');
  return p;
};
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);
const authOf = (p: Plan) => p.steps.find((s) => s.auth)?.auth;

describe('a forgery sent through an open relay', () => {
  it('meets example.com’s DMARC policy as a direct forgery does', () => {
    const outcomes = { reject: 'rejected', quarantine: 'quarantined', none: 'delivered', absent: 'delivered' } as const;
    for (const [policy, outcome] of Object.entries(outcomes) as [keyof typeof outcomes, string][]) {
      const relayed = planIn([...viaRelay, dmarc(policy)]);
      const direct = planIn([{ kind: 'spoof', value: true }, dmarc(policy)]);
      expect(relayed.outcome, policy).toBe(outcome);
      expect(relayed.outcome).toBe(direct.outcome);
      expect(authOf(relayed)).toBe(authOf(direct));
    }
  });

  it('says the refusal reaches the open relay, which owes the forged sender a bounce (backscatter)', () => {
    const relayed = planIn([...viaRelay, dmarc('reject')], true);
    const reply = step(relayed, 'reply');
    expect(reply?.code).toBe(550);
    expect(reply?.caption.key).toBe('step.reply.spoof.open-relay');
    const said = reply ? t(reply.caption) : '';
    expect(said).toContain(`The refusal goes back to ${RELAY}`);
    expect(said).toContain('MAIL FROM:<alice@example.com>');
    expect(said).toContain('backscatter');
    expect(said).not.toMatch(/never sees anything|gets no bounce/);
    expect(relayed.summary.key).toBe('summary.spoof-rejected.open-relay');
    expect(t(relayed.summary)).not.toContain('gets no bounce');
    expect(t(atDepth(relayed.summary, 'beginner'))).toContain('failure notice');
    // A forger that connects itself still drops the refusal: no bounce reaches Alice.
    const direct = planIn([{ kind: 'spoof', value: true }, dmarc('reject')], true);
    expect(step(direct, 'reply')?.caption.key).toBe('step.reply.spoof');
    expect(direct.summary.key).toBe('summary.spoof-rejected');
  });

  it('over random worlds, ends as the same forgery sent directly would, SPF aside', () => {
    // Edits that change where or whether the forgery is sent, or what is forged, are left out.
    const elsewhere = ['mx', 'domain', 'reach', 'alias', 'list', 'forgery', 'spoof'];
    const noise = fc.array(
      worldEdit.filter((e) => !elsewhere.includes(e.kind)),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(noise, (before) => {
        const relayed = planIn([...before, ...viaRelay]);
        const direct = planIn([...before, { kind: 'spoof', value: true }, { kind: 'forgery', value: 'exact' }]);
        expect(relayed.outcome).toBe(direct.outcome);
        const dmarcOf = (p: Plan) => authOf(p)?.split(';').slice(1).join(';');
        expect(dmarcOf(relayed)).toBe(dmarcOf(direct));
      }),
      { numRuns: 80 },
    );
  });

  it('fails SPF for the relay’s address, or softfails under ~all, and DKIM fails', () => {
    expect(authOf(planIn([...viaRelay, dmarc('reject')]))).toBe('spf=fail;dkim=fail;dmarc=fail');
    const soft = planIn([...viaRelay, dmarc('reject'), { kind: 'spf', domain: 'example.com', value: 'softfail' }]);
    expect(authOf(soft)).toBe('spf=softfail;dkim=fail;dmarc=fail');
  });

  it('is refused with 550 5.7.1 at p=reject and filed in Junk at p=quarantine', () => {
    const rejected = planIn([...viaRelay, dmarc('reject')], true);
    const reply = step(rejected, 'reply');
    expect(reply?.code).toBe(550);
    expect(reply?.caption.params?.reply).toContain('5.7.1');
    const junk = planIn([...viaRelay, dmarc('quarantine')]);
    expect(junk.steps.some((s) => s.folder === 'junk')).toBe(true);
  });

  it('shows the relay connecting to the MX, and the spoofer only in the relay’s own Received line', () => {
    const p = planIn([...viaRelay, dmarc('none')], true);
    const relay = step(p, 'relay');
    expect(relay?.from).toBe('spoofer');
    expect(relay?.to).toBe('recipient-mx');
    expect(relay?.caption.key).toBe('step.spoof.relay.open-relay');
    expect(relay?.myth?.key).toBe('myth.11');
    expect(relay?.transcript.some((l) => l.text === `EHLO ${RELAY}`)).toBe(true);
    const spf = step(p, 'check-spf');
    expect(spf?.caption.params?.ip).toBe(RELAY_IP);
    const stored = p.steps.at(-1)?.headers ?? [];
    const received = stored.filter((h) => h.name === 'Received').map((h) => h.value);
    const atMx = received.find((v) => v.includes('by mx1.example.org'));
    expect(atMx).toContain(`from ${RELAY} (${RELAY} [${RELAY_IP}])`);
    const atRelay = received.find((v) => v.includes(`by ${RELAY}`));
    expect(atRelay).toContain(`[${SPOOFER_IP}]`);
    expect(stored.find((h) => h.name === 'From')?.value).toContain('alice@example.com');
  });

  it('draws the spoofer’s node as sending through the relay, and only that way', () => {
    const p = planIn([...viaRelay, dmarc('reject')]);
    expect(p.nodes.find((n) => n.id === 'spoofer')?.title).toEqual({ key: 'node.spoofer.open-relay' });
    const ptr = p.steps.find((s) => s.id === 'check-ptr');
    expect(ptr?.dns?.answer.params).toEqual({ list: RELAY });
    expect(planIn([{ kind: 'spoof', value: true }]).nodes.find((n) => n.id === 'spoofer')?.title.key).toBe(
      'node.spoofer',
    );
  });

  it('is written in the world key as y_r and read back', () => {
    expect(encodeEdits(viaRelay)).toBe('s_1*y_r');
    expect(decodeEdits('s_1*y_r')).toEqual(viaRelay);
  });
});
