// Several recipients (issue 15, email-facts.md §8): one MAIL FROM and one RCPT TO per recipient,
// one session per destination domain, local delivery in the same journey, Bcc only in the envelope,
// and one DSN listing exactly the recipients that failed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, MAX_RECIPIENTS, validateMessage, type Plan } from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';
import { planFor } from './helpers';

const lines = (plan: Plan, id: string) =>
  plan.steps.filter((s) => s.id === id).map((s) => s.transcript.map((l) => l.text));
const rcptLines = (transcript: readonly string[]) => transcript.filter((l) => l.startsWith('RCPT TO:'));
const header = (plan: Plan, stepId: string, name: string) =>
  plan.steps
    .find((s) => s.id === stepId)
    ?.headers.filter((h) => h.name === name)
    .map((h) => h.value) ?? [];

describe('reading To, Cc and Bcc', () => {
  it('"bob@example.org, dave@example.org" sends to both', () => {
    const message = { ...DEFAULT_MESSAGE, to: 'bob@example.org, dave@example.org' };
    expect(validateMessage(message)).toEqual({});
    expect(planFor(message).recipients.map((r) => [r.address, r.outcome])).toEqual([
      ['bob@example.org', 'delivered'],
      ['dave@example.org', 'delivered'],
    ]);
  });

  it('names the bad address, refuses one typed twice, and more than 8 in all', () => {
    expect(validateMessage({ ...DEFAULT_MESSAGE, cc: 'carol@example.com, dave@' }).cc).toEqual({
      key: 'error.recipient.bad-domain',
      params: { address: 'dave@' },
    });
    expect(validateMessage({ ...DEFAULT_MESSAGE, bcc: 'bob@example.org' }).bcc).toEqual({
      key: 'error.recipient.twice',
      params: { address: 'bob@example.org' },
    });
    const many = Array.from({ length: MAX_RECIPIENTS }, (_, i) => `u${i}@example.org`).join(', ');
    expect(validateMessage({ ...DEFAULT_MESSAGE, to: many })).toEqual({});
    expect(validateMessage({ ...DEFAULT_MESSAGE, to: many, bcc: 'one.more@example.net' }).bcc).toEqual({
      key: 'error.recipients.many',
      params: { max: 8 },
    });
  });
});

describe('bob@example.org, carol@example.com and (Bcc) dave@example.net, who is unknown there', () => {
  const plan = planFor({ to: 'bob@example.org, carol@example.com', bcc: 'dave@example.net' });

  it('delivers two and bounces one, each with its own result', () => {
    expect(plan.recipients).toEqual([
      { address: 'bob@example.org', field: 'to', outcome: 'delivered', branch: 'example.org' },
      { address: 'carol@example.com', field: 'to', outcome: 'delivered', branch: null },
      { address: 'dave@example.net', field: 'bcc', outcome: 'bounced', branch: 'example.net' },
    ]);
    expect(plan.outcome).toBe('bounced');
  });

  it('submits with one MAIL FROM and one RCPT TO per recipient, Bcc included, each answered', () => {
    const [submit = []] = lines(plan, 'submit');
    expect(submit.filter((l) => l.startsWith('MAIL FROM:'))).toHaveLength(1);
    expect(rcptLines(submit)).toEqual([
      'RCPT TO:<bob@example.org>',
      'RCPT TO:<carol@example.com>',
      'RCPT TO:<dave@example.net>',
    ]);
    expect(submit.filter((l) => l === '250 2.1.5 Ok')).toHaveLength(3);
  });

  it('opens one session per destination domain, drawn as two branches', () => {
    expect(plan.branches).toEqual(['example.org', 'example.net']);
    const relays = plan.steps.filter((s) => s.id === 'relay');
    expect(relays.map((s) => [s.to, s.branch, s.rcpt])).toEqual([
      ['recipient-mx', 'example.org', ['bob@example.org']],
      ['recipient-mx@example.net', 'example.net', ['dave@example.net']],
    ]);
    const [, toNet = []] = lines(plan, 'relay');
    expect(toNet).toContain('550 5.1.1 <dave@example.net>: Recipient address rejected: User unknown');
    const ids = plan.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['recipient-mx', 'recipient-mx@example.net', 'sender-store']));
    expect(plan.edges.map((e) => e.id)).toContain('sender-mta->recipient-mx@example.net');
  });

  it('delivers the local recipient in the same journey, into the provider’s own store', () => {
    const local = plan.steps.find((s) => s.id === 'store' && s.branch === null);
    expect(local).toMatchObject({ from: 'sender-msa', to: 'sender-store', rcpt: ['carol@example.com'] });
  });

  it('keeps Bcc in the envelope and out of every header', () => {
    expect(plan.steps.find((s) => s.id === 'submit')?.envelope?.rcpt).toContain('dave@example.net');
    for (const step of plan.steps) expect(step.headers.map((h) => h.name)).not.toContain('Bcc');
    expect(header(plan, 'compose', 'To')).toEqual(['Bob <bob@example.org>, Carol <carol@example.com>']);
    const delivered = plan.steps.filter((s) => s.id === 'read').flatMap((s) => s.headers.map((h) => h.value));
    expect(delivered.join('\n')).not.toContain('dave@example.net');
  });

  it('writes one bounce listing only the failed recipient', () => {
    expect(plan.steps.filter((s) => s.id === 'bounce')).toHaveLength(1);
    const [dsn = []] = lines(plan, 'bounce');
    expect(dsn.filter((l) => l.startsWith('Final-Recipient:'))).toEqual(['Final-Recipient: rfc822; dave@example.net']);
  });

  it('names a recipient in a Received line only when its session had one (RFC 5321 §4.4)', () => {
    const [msa = ''] = header(plan, 'submit', 'Received');
    expect(msa).not.toContain(' for <');
    const [mx = ''] = header(plan, 'check-dmarc', 'Received');
    expect(mx).toContain('for <bob@example.org>');
  });
});

describe('random recipient lists (property)', () => {
  const POOL = [
    'bob@example.org', // delivered
    'dave@example.org', // delivered, same session as bob
    'bbob@example.org', // unknown: 550 at RCPT, the session goes on for the others
    'erin@example.net', // delivered, its own session
    'zed@example.net', // unknown at example.net
    'carol@example.com', // local
    'x@example.invalid', // no such domain: bounced without a session
    'grace@nomx.example.net', // implicit MX
    'bob@alumni.example.net', // forwards to bob@example.org (a third organisation)
    'carol@alumni.example.net', // unknown at the forwarder: 550 in the same session as bob@alumni
    'old@alumni.example.net', // forwards to bbob@example.org, unknown there: the forwarder bounces
  ];
  const FORWARDS = [
    { kind: 'alias' as const, address: 'bob@alumni.example.net', value: 'bob@example.org' },
    { kind: 'alias' as const, address: 'old@alumni.example.net', value: 'bbob@example.org' },
  ];
  const lists = fc
    .uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: MAX_RECIPIENTS })
    .chain((addresses) =>
      fc.tuple(
        fc.constant(addresses),
        fc.array(fc.constantFrom('to', 'cc', 'bcc'), { minLength: addresses.length, maxLength: addresses.length }),
      ),
    );

  it('outcomes add up, and one DSN per reporting MTA lists exactly the failed recipients (none when all succeed)', () => {
    fc.assert(
      fc.property(lists, ([addresses, fields]) => {
        // To must not be empty: the first address goes there whatever field was drawn for it.
        const field = (i: number) => (i === 0 ? 'to' : fields[i]);
        const pick = (f: string) => addresses.filter((_, i) => field(i) === f).join(', ');
        const message = { ...DEFAULT_MESSAGE, to: pick('to'), cc: pick('cc'), bcc: pick('bcc') };
        const scenario = buildScenario(message, 'imap', null, FORWARDS);
        if (!scenario) throw new Error(`invalid ${JSON.stringify(message)}`);
        const plan = planWithDetail(scenario);
        expect(plan.recipients.map((r) => r.address).sort()).toEqual([...addresses].sort());
        // Each forwarding address is sent on to its own target, whoever shares its session.
        for (const r of plan.recipients)
          expect(r.forwardedTo).toBe(FORWARDS.find((f) => f.address === r.address)?.value);
        const expected: Record<string, string> = {
          'bbob@example.org': 'bounced',
          'zed@example.net': 'bounced',
          'x@example.invalid': 'bounced',
          'carol@alumni.example.net': 'bounced',
          'old@alumni.example.net': 'bounced',
        };
        for (const r of plan.recipients)
          expect([r.address, r.outcome]).toEqual([r.address, expected[r.address] ?? 'delivered']);
        const failed = plan.recipients.filter((r) => r.outcome === 'bounced');
        const bounces = plan.steps.filter((s) => s.id === 'bounce');
        const listedBy = (from: string) =>
          bounces
            .filter((s) => s.from === from)
            .flatMap((s) => s.transcript.map((l) => l.text))
            .filter((l) => l.startsWith('Final-Recipient:'))
            .map((l) => l.replace('Final-Recipient: rfc822; ', ''))
            .sort();
        // The sending MTA reports what it could not deliver; the forwarder reports its onward copies.
        const byForwarder = failed.filter((r) => r.forwardedTo).map((r) => r.address);
        const byMta = failed.filter((r) => !r.forwardedTo).map((r) => r.address);
        expect(bounces.map((s) => s.from)).toEqual([
          ...(byMta.length > 0 ? ['sender-mta'] : []),
          ...(byForwarder.length > 0 ? ['forwarder-1'] : []),
        ]);
        expect(listedBy('sender-mta')).toEqual(byMta.sort());
        expect(listedBy('forwarder-1')).toEqual(byForwarder.sort());
        for (const s of bounces) expect(s.to).toBe('sender-store');
        // Alice's app fetches once, after the last bounce.
        expect(plan.steps.filter((s) => s.id === 'bounce-read')).toHaveLength(failed.length > 0 ? 1 : 0);
        // Every destination has one lane; a recipient refused at a forwarder is told at the forwarder (a hop).
        const told = new Set(plan.recipients.flatMap((r) => (r.branch ? [r.branch] : [])));
        for (const b of plan.branches) expect(told).toContain(b);
        for (const b of told) if (b !== 'alumni.example.net') expect(plan.branches).toContain(b);
        expect(new Set(plan.branches).size).toBe(plan.branches.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('sub-addresses', () => {
  it('bob+lunch@example.org is delivered into bob’s mailbox, as the provider’s rules say (RFC 5233)', () => {
    const plan = planFor({ to: 'bob+lunch@example.org' });
    expect(plan.outcome).toBe('delivered');
    expect(plan.steps.some((s) => s.id === 'bounce')).toBe(false);
    expect(planFor({ to: 'nobody+lunch@example.org' }).outcome).toBe('bounced');
  });
});
