// The picture's data (issue 14, model side): every attempt's result and code, waits with real
// times, folders, tokens, DNS bubbles, the MX's verdicts, and the states behind the Expert tabs.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset, type Plan, type PresetName, type Retrieval } from '../../src/model';
import { planFor } from './helpers';

const planOf = (preset: PresetName | null, retrieval: Retrieval = 'imap') =>
  planFor(preset ? messageForPreset(preset, DEFAULT_MESSAGE) : {}, preset, retrieval);
const step = (plan: Plan, id: string) => plan.steps.find((s) => s.id === id);
const recipientNodes = (plan: Plan) => plan.nodes.filter((n) => n.id.startsWith('recipient-') || n.id === 'relay-1');

describe('attempts, refusals and waits', () => {
  it('auth-failed: credentials go out, 535 comes back, nothing passes the MSA and no envelope exists', () => {
    const plan = planOf('auth-failed');
    expect(plan.steps.map((s) => [s.from, s.to, s.token, s.result, s.code])).toEqual([
      ['sender-client', 'sender-client', 'message', null, null],
      ['sender-client', 'sender-msa', 'credentials', 'refused', 535],
      ['sender-msa', 'sender-client', 'answer', 'refused', 535],
    ]);
    expect(plan.steps.every((s) => s.envelope === null)).toBe(true);
  });

  it('a refusal at the MX goes back from the MX to the relay with its code', () => {
    for (const [preset, code] of [
      ['unknown-user', 550],
      ['mailbox-full', 552],
      ['relay-denied', 554],
    ] as const) {
      expect(step(planOf(preset), 'reply'), preset).toMatchObject({
        from: 'recipient-mx',
        to: 'sender-mta',
        result: 'refused',
        code,
        token: 'answer',
      });
    }
  });

  it('primary MX down: mx1 gets no answer after about 30 s, then mx2 takes it', () => {
    const relays = planOf('primary-mx-down').steps.filter((s) => s.id === 'relay');
    expect(relays.map((s) => [s.to, s.result])).toEqual([
      ['recipient-mx', 'no-answer'],
      ['recipient-mx2', 'accepted'],
    ]);
    expect(relays[0]?.wait).toEqual({ key: 'wait.timeout', params: { seconds: 30 } });
    expect(relays[0]?.simulatedMs).toBe(30_000);
    expect(planOf('primary-mx-down').nodes.map((n) => n.id)).toContain('recipient-mx2');
  });

  it('queues show real waiting times: retry in 5 min after greylisting, give up after 5 days', () => {
    expect(step(planOf('greylisted'), 'queue')?.wait).toEqual({ key: 'wait.retry', params: { minutes: 5 } });
    expect(step(planOf('greylisted'), 'reply')).toMatchObject({ result: 'deferred', code: 451 });
    expect(step(planOf('all-mx-down'), 'queue')?.wait).toEqual({ key: 'wait.give-up', params: { days: 5 } });
  });
});

describe('no recipient servers for a domain that takes no mail', () => {
  it.each([
    ['no-such-domain', 'verdict.nxdomain', 'dns.a.nxdomain'],
    ['null-mx', 'verdict.null-mx', 'dns.a.null-mx'],
  ] as const)('%s', (preset, verdict, answer) => {
    const plan = planOf(preset);
    expect(recipientNodes(plan)).toEqual([]);
    expect(plan.recipientVerdict).toEqual({ key: verdict });
    expect(step(plan, 'dns-mx')?.dns?.answer.key).toBe(answer);
  });

  it('every other journey has no verdict', () => {
    expect(planOf(null).recipientVerdict).toBeNull();
  });
});

describe('DNS you can read', () => {
  const plan = planOf(null);

  it("MX, then A and AAAA as two questions, to the sender provider's resolver", () => {
    expect(plan.steps.filter((s) => s.to === 'dns').map((s) => s.dns?.question)).toEqual([
      { key: 'dns.q.mx', params: { domain: 'example.org' } },
      { key: 'dns.q.a', params: { host: 'mx1.example.org' } },
      { key: 'dns.q.aaaa', params: { host: 'mx1.example.org' } },
    ]);
    expect(step(plan, 'dns-mx')?.dns?.answer).toEqual({ key: 'dns.a.list', params: { list: 'mx1 (10), mx2 (20)' } });
    expect(step(plan, 'dns-a')?.dns?.answer.params?.list).toBe('198.51.100.25');
    expect(plan.nodes.find((n) => n.id === 'dns')?.zone).toBe('sender-provider');
  });

  it("the MX's own look-ups carry bubbles and verdicts: PTR, SPF, DKIM key, DMARC policy", () => {
    const checks = plan.steps.filter((s) => s.id.startsWith('check-'));
    expect(checks.map((s) => [s.from, s.to, s.dns?.question.key])).toEqual([
      ['recipient-mx', 'recipient-mx', 'dns.q.ptr'],
      ['recipient-mx', 'recipient-mx', 'dns.q.txt'],
      ['recipient-mx', 'recipient-mx', 'dns.q.txt'],
      ['recipient-mx', 'recipient-mx', 'dns.q.txt'],
    ]);
    expect(checks.flatMap((s) => s.verdicts)).toEqual([
      { check: 'ptr', pass: true },
      { check: 'spf', pass: true },
      { check: 'dkim', pass: true },
      { check: 'dmarc', pass: true },
    ]);
  });

  it('dmarc-reject: neither SPF nor DKIM passes, so DMARC fails and the policy rejects', () => {
    const verdicts = planOf('dmarc-reject').steps.flatMap((s) => s.verdicts);
    expect(verdicts.filter((v) => !v.pass).map((v) => v.check)).toEqual(['spf', 'dkim', 'dmarc']);
  });

  it('dmarc-reject is a spoof: the refusal after DATA goes back to the spoofer, never to Alice', () => {
    const p = planOf('dmarc-reject');
    expect(step(p, 'reply')).toMatchObject({ from: 'recipient-mx', to: 'spoofer', result: 'refused', code: 550 });
    const visited = p.steps.flatMap((s) => [s.from, s.to]);
    expect(visited.filter((n) => n.startsWith('sender-'))).toEqual([]);
    expect(p.nodes.map((n) => n.id)).toContain('spoofer');
    expect(p.recipients).toEqual([
      { address: 'bob@example.org', field: 'to', outcome: 'rejected', branch: 'example.org' },
    ]);
  });
});

describe('pulls, Junk and the bounce', () => {
  it('IMAP: a request, the IDLE notice, then FETCH and the message as a response', () => {
    const tail = planOf(null).steps.slice(-4);
    expect(tail.map((s) => [s.from, s.to, s.result, s.token])).toEqual([
      ['recipient-client', 'recipient-imap', 'request', 'question'],
      ['recipient-imap', 'recipient-client', 'response', 'notice'],
      ['recipient-client', 'recipient-imap', 'request', 'question'],
      ['recipient-imap', 'recipient-client', 'response', 'message'],
    ]);
  });

  it('spam lands in Junk; with POP3 no message travels to the app (POP3 reads only the inbox)', () => {
    expect(step(planOf('spam'), 'store')?.folder).toBe('junk');
    const pop3 = planOf('spam', 'pop3');
    expect(pop3.steps.filter((s) => s.to === 'recipient-client').map((s) => s.token)).toEqual(['answer']);
  });

  it("every bounce is a new message into sender-store, then fetched by the sender's app", () => {
    for (const preset of ['unknown-user', 'no-such-domain', 'null-mx', 'mailbox-full'] as const) {
      const tail = planOf(preset).steps.slice(-3);
      expect(
        tail.map((s) => [s.id, s.from, s.to, s.result, s.token]),
        preset,
      ).toEqual([
        ['bounce', 'sender-mta', 'sender-store', 'accepted', 'bounce'],
        ['bounce-fetch', 'sender-client', 'sender-store', 'request', 'question'],
        ['bounce-read', 'sender-store', 'sender-client', 'response', 'bounce'],
      ]);
    }
  });
});

describe('the states behind the Expert tabs', () => {
  it('before anything arrives, the mailbox is waiting, not "left the server"', () => {
    const first = planOf(null).steps[0]?.mailbox;
    expect(first).toMatchObject({ owner: 'recipient', server: 'absent', phone: 'waiting' });
  });

  it('a user who does not exist has no mailbox at all', () => {
    expect(planOf('unknown-user').steps[0]?.mailbox).toMatchObject({
      server: 'none',
      store: '',
      laptop: 'no-mailbox',
      phone: 'no-mailbox',
    });
  });

  it("the bounce has its own envelope and header, and arrives in the sender's mailbox", () => {
    const bounce = step(planOf('unknown-user'), 'bounce');
    expect(bounce?.envelope).toEqual({ mailFrom: '', rcptTo: 'alice@example.com', rcpt: ['alice@example.com'] });
    expect(bounce?.headers.find((h) => h.name === 'From')?.value).toBe('MAILER-DAEMON@out1.example.com');
    expect(bounce?.mailbox).toMatchObject({ owner: 'sender', server: 'unread' });
  });
});
