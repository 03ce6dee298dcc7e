// A temporary DNS failure (email-facts §3): the recipient domain's name servers fail, the resolver
// answers SERVFAIL, and the outgoing relay keeps the message queued (4.4.3) instead of bouncing it
// as it does for NXDOMAIN. The edit is one record (editKinds.ts): link, card and words follow from it.
import { describe, expect, it } from 'vitest';
import { t, atDepth } from '../../src/i18n';
import '../../src/i18n/detail';
import { DEFAULT_MESSAGE, encodeEdits, type Plan, type WorldEdit } from '../../src/model';
import { buildScenario, cardFor, decodeEdits, describeEdit, editFor } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';
import { planOf } from '../journeys';

const SERVFAIL: WorldEdit = { kind: 'servfail', domain: 'example.org', value: true };
const planWith = (...edits: WorldEdit[]): Plan => planWithDetail(buildScenario(DEFAULT_MESSAGE, 'imap', null, edits)!);
const lines = (plan: Plan, id: string) => plan.steps.find((s) => s.id === id)?.transcript.map((l) => l.text) ?? [];

describe('the recipient domain answers SERVFAIL', () => {
  const plan = planWith(SERVFAIL);

  it('the relay asks for the MX, gets SERVFAIL and keeps the message queued: deferred, never bounced', () => {
    expect(plan.outcome).toBe('deferred');
    expect(plan.steps.map((s) => s.id)).toEqual(['compose', 'submit', 'sent', 'handoff', 'dns-mx', 'queue']);
    const [ask, queue] = plan.steps.slice(-2);
    expect(ask).toMatchObject({
      from: 'sender-mta',
      to: 'dns',
      result: 'deferred',
      caption: { key: 'step.dns-mx.servfail' },
    });
    expect(ask?.dns?.answer).toEqual({ key: 'dns.a.servfail' });
    expect(queue).toMatchObject({ from: 'sender-mta', to: 'sender-mta', caption: { key: 'step.queue.dns' } });
    expect(queue?.wait?.key).toBe('wait.give-up');
    expect(plan.summary.params).toMatchObject({ status: '4.4.3' });
  });

  it('the transcript shows the SERVFAIL answer and the queue waiting on a name service error', () => {
    expect(lines(plan, 'dns-mx')).toEqual([
      ';; QUESTION: example.org. IN MX',
      ';; ->>HEADER<<- status: SERVFAIL (RCODE 2), ANSWER: 0',
    ]);
    expect(lines(plan, 'queue').join('\n')).toMatch(
      /Name service error for name=example\.org type=MX: Host not found, try again/,
    );
  });

  it('the captions correct the mix-up, in Expert and Beginner, and differ from NXDOMAIN', () => {
    const nxdomain = planWith({ kind: 'domain', domain: 'example.org', value: 'nxdomain' });
    expect(nxdomain.outcome).toBe('bounced');
    const ask = plan.steps.find((s) => s.id === 'dns-mx')!;
    const expert = t(ask.caption);
    const beginner = t(atDepth(ask.caption, 'beginner'));
    expect(expert).toMatch(/does not bounce the mail at once/);
    expect(expert).toMatch(/temporary/);
    expect(beginner).toMatch(/not sent back/);
    expect(beginner).not.toMatch(/SERVFAIL|4\.4\.3/);
    const other = nxdomain.steps.find((s) => s.id === 'dns-mx')!;
    expect(t(atDepth(other.caption, 'beginner'))).not.toBe(beginner);
  });

  it('other recipients and domains are not touched: switched off, the journey delivers again', () => {
    expect(planWith({ ...SERVFAIL, value: false }).outcome).toBe('delivered');
    expect(planWith({ ...SERVFAIL, domain: 'example.net' }).outcome).toBe('delivered');
  });

  it('the world link carries it and reads it back; "Your changes" says it in words', () => {
    expect(encodeEdits([SERVFAIL])).toBe('q_example.org_1');
    expect(decodeEdits('q_example.org_1*q_example.net_0')).toEqual([
      SERVFAIL,
      { kind: 'servfail', domain: 'example.net', value: false },
    ]);
    expect(decodeEdits('q_example.org_2')).toBeNull();
    expect(t(describeEdit(SERVFAIL))).toBe("example.org's DNS answers SERVFAIL (a temporary failure)");
  });

  it("the DNS card has the switch for the recipient's domain, and it makes this edit", () => {
    const scenario = buildScenario(DEFAULT_MESSAGE, 'imap', null, [])!;
    const control = cardFor('dns', scenario)?.controls.find((c) => c.edit === 'servfail');
    expect(control).toMatchObject({ kind: 'toggle', target: 'example.org', value: false });
    expect(editFor(control!, true)).toEqual(SERVFAIL);
    const failing = buildScenario(DEFAULT_MESSAGE, 'imap', null, [SERVFAIL])!;
    expect(cardFor('dns', failing)?.controls.find((c) => c.edit === 'servfail')?.value).toBe(true);
  });

  it('the catalogue journey is the same plan the model makes from its link', () => {
    expect(planOf('dns-servfail').outcome).toBe('deferred');
  });
});

describe('a spoofer meets the same failing DNS', () => {
  it('finds no MX to forge to, so no forged message is delivered', () => {
    const plan = planWith({ kind: 'spoof', value: true }, SERVFAIL);
    expect(plan.steps.some((s) => s.from === 'spoofer')).toBe(false);
    expect(plan.outcome).toBe('deferred');
  });
});
