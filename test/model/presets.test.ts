// The failure library: every preset's route, outcome, and defining reply, per email-facts.md §3;
// and every preset is nothing but an edit of the default world: its plan equals the plan of a
// world changed by hand (written out here without applyEdits), so no preset hides a special case.
// Adding a preset adds one row to EXPECTED and one to BY_HAND.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MESSAGE,
  messageForPreset,
  PRESET_RECORDS,
  PRESETS,
  type PresetName,
  type World,
} from '../../src/model';
import { applyEdits, buildScenario, DEFAULT_WORLD } from '../../src/model/engine';
import { plan, planJourney } from '../../src/model/engine';
import { planFor } from './helpers';

const planOf = (preset: PresetName) => planFor(messageForPreset(preset, DEFAULT_MESSAGE), preset);
const route = (preset: PresetName) => planOf(preset).steps.map((s) => s.id);
const allLines = (preset: PresetName) => planOf(preset).steps.flatMap((s) => s.transcript.map((l) => l.text));

/** The test table: every preset's outcome, its steps, and the protocol line that defines it. */
const EXPECTED: Record<PresetName, { outcome: string; steps: string[]; line: string }> = {
  'unknown-user': {
    outcome: 'bounced',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'reply',
      'bounce',
      'bounce-fetch',
      'bounce-read',
    ],
    line: '550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown',
  },
  'no-such-domain': {
    outcome: 'bounced',
    steps: ['compose', 'submit', 'sent', 'handoff', 'dns-mx', 'bounce', 'bounce-fetch', 'bounce-read'],
    line: ';; ->>HEADER<<- status: NXDOMAIN (RCODE 3), ANSWER: 0',
  },
  'null-mx': {
    outcome: 'bounced',
    steps: ['compose', 'submit', 'sent', 'handoff', 'dns-mx', 'bounce', 'bounce-fetch', 'bounce-read'],
    line: 'Diagnostic-Code: X-Postfix; 556 5.1.10 Recipient address has null MX',
  },
  'no-mx': {
    outcome: 'delivered',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: ';; ->>HEADER<<- status: NOERROR, ANSWER: 0',
  },
  'primary-mx-down': {
    outcome: 'delivered',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'dns-a',
      'dns-aaaa',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: '220 mx2.example.org ESMTP ready',
  },
  'all-mx-down': {
    outcome: 'deferred',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'dns-a',
      'dns-aaaa',
      'relay',
      'queue',
    ],
    line: '                                         (connect to mx2.example.org[198.51.100.26]:25: Connection timed out)',
  },
  greylisted: {
    outcome: 'delivered',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'reply',
      'queue',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: '451 4.7.1 Greylisted, try again later',
  },
  'auth-failed': {
    outcome: 'rejected',
    steps: ['compose', 'submit', 'refuse'],
    line: '535 5.7.8 Authentication credentials invalid',
  },
  // A spoof: the spoofer sends straight to Bob's MX; DMARC rejects after DATA and nobody bounces to Alice.
  'dmarc-reject': {
    outcome: 'rejected',
    steps: ['compose', 'relay', 'check-ptr', 'check-spf', 'check-dkim', 'check-dmarc', 'reply'],
    line: '550 5.7.1 Email rejected per DMARC policy for example.com',
  },
  // Issue 24: the same forgery with no DMARC record is delivered; with p=quarantine it is filed in Junk.
  'spoof-no-dmarc': {
    outcome: 'delivered',
    steps: [
      'compose',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: ';; QUESTION: _dmarc.example.com. IN TXT',
  },
  'spoof-quarantine': {
    outcome: 'quarantined',
    steps: [
      'compose',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'read',
    ],
    line: '_dmarc.example.com.    3600 IN TXT  "v=DMARC1; p=quarantine"',
  },
  lookalike: {
    outcome: 'delivered',
    steps: [
      'compose',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: 'examp1e.com.           3600 IN TXT  "v=spf1 ip4:203.0.113.66 -all"',
  },
  'starttls-stripped': {
    outcome: 'delivered',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'starttls',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: '250 8BITMIME',
  },
  'mta-sts-enforce': {
    outcome: 'deferred',
    steps: ['compose', 'submit', 'sent', 'handoff', 'dns-mx', 'dns-a', 'dns-aaaa', 'starttls', 'queue'],
    line: '                                         (TLS is required, but was not offered by host mx1.example.org[198.51.100.25])',
  },
  spam: {
    outcome: 'quarantined',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'read',
    ],
    line: 'a2 SELECT Junk',
  },
  'mailbox-full': {
    outcome: 'bounced',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'reply',
      'bounce',
      'bounce-fetch',
      'bounce-read',
    ],
    line: '552 5.2.2 Mailbox full',
  },
  'too-large': {
    outcome: 'rejected',
    steps: ['compose', 'submit', 'refuse'],
    line: '552 5.3.4 Message size exceeds fixed maximum message size',
  },
  'relay-denied': {
    outcome: 'bounced',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'reply',
      'bounce',
      'bounce-fetch',
      'bounce-read',
    ],
    line: '554 5.7.1 <erin@example.net>: Relay access denied',
  },
  // Two SMTP deliveries: to the forwarder (which checks and seals with ARC), then from it to example.org.
  forwarded: {
    outcome: 'delivered',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'forward',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: 'ARC-Authentication-Results: i=1; mx.alumni.example.net; spf=pass smtp.mailfrom=example.com;',
  },
  'mailing-list': {
    outcome: 'delivered',
    steps: [
      'compose',
      'submit',
      'sent',
      'handoff',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'forward',
      'dns-mx',
      'dns-a',
      'dns-aaaa',
      'relay',
      'check-ptr',
      'check-spf',
      'check-dkim',
      'check-dmarc',
      'filter',
      'store',
      'login',
      'notice',
      'fetch',
      'read',
    ],
    line: 'From: "Alice via friends" <friends@alumni.example.net>',
  },
};

describe.each(Object.entries(EXPECTED) as [PresetName, (typeof EXPECTED)[PresetName]][])(
  'preset %s',
  (preset, expected) => {
    it(`ends ${expected.outcome} after the expected steps`, () => {
      expect(planOf(preset).outcome).toBe(expected.outcome);
      expect(route(preset)).toEqual(expected.steps);
    });

    it('shows its defining protocol line', () => {
      expect(allLines(preset)).toContain(expected.line);
    });
  },
);

describe('failure details', () => {
  it('a full mailbox answers one way only: 552 5.2.2 at once, never 452 first (email-facts §8)', () => {
    const lines = allLines('mailbox-full');
    expect(lines).toContain('552 5.2.2 Mailbox full');
    expect(lines).not.toContain('452 4.2.2 Mailbox full');
  });

  it('the bounce is sent from the null sender back to the original envelope sender', () => {
    const bounce = planOf('unknown-user').steps.find((s) => s.id === 'bounce');
    expect(bounce?.to).toBe('sender-store');
    expect(bounce?.token).toBe('bounce');
    expect(bounce?.envelope).toEqual({ mailFrom: '', rcptTo: 'alice@example.com', rcpt: ['alice@example.com'] });
    const lines = bounce?.transcript.map((l) => l.text) ?? [];
    expect(lines).toContain('MAIL FROM:<>');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Status: 5.1.1',
        'Action: failed',
        'Final-Recipient: rfc822; bbob@example.org',
        'Remote-MTA: dns; mx1.example.org',
      ]),
    );
  });

  it('no such domain bounces with 5.1.2 and no SMTP session to it', () => {
    const plan = planOf('no-such-domain');
    expect(plan.steps.some((s) => s.id === 'relay')).toBe(false);
    expect(plan.steps.find((s) => s.id === 'bounce')?.transcript.map((l) => l.text)).toContain('Status: 5.1.2');
  });

  it('at submission nobody writes a bounce: the app shows the error and nothing leaves', () => {
    const plan = planOf('auth-failed');
    expect(plan.steps.map((s) => s.to)).not.toContain('sender-mta');
    expect(plan.steps.some((s) => s.id === 'bounce')).toBe(false);
    expect(plan.steps.at(-1)?.to).toBe('sender-client');
  });

  it('too large: EHLO advertises SIZE and MAIL FROM carries a bigger SIZE', () => {
    const lines = allLines('too-large');
    expect(lines).toContain('250-SIZE 52428800');
    const size = Number(
      /^MAIL FROM:<alice@example\.com> SIZE=(\d+)$/.exec(lines.find((l) => l.startsWith('MAIL FROM')) ?? '')?.[1],
    );
    expect(size).toBeGreaterThan(62_914_560); // the 60 MiB attachment and the message itself
  });

  it('greylisting waits 5 minutes of Internet time in the queue before the retry', () => {
    const queue = planOf('greylisted').steps.find((s) => s.id === 'queue');
    expect(queue?.simulatedMs).toBe(300_000);
    expect(queue?.caption.params?.minutes).toBe(5);
  });

  it('primary MX down: mx1 gets no answer, then mx2 (preference 20) takes the message', () => {
    const relays = planOf('primary-mx-down').steps.filter((s) => s.id === 'relay');
    expect(relays.map((s) => s.caption.params?.mx)).toEqual(['mx1.example.org', 'mx2.example.org']);
  });

  it('no MX: the domain itself is asked for its address and receives the mail', () => {
    const host = planOf('no-mx').steps.find((s) => s.id === 'dns-a');
    expect(host?.caption.key).toBe('step.dns-host.implicit');
    expect(host?.transcript.map((l) => l.text)).toContain('nomx.example.net.      3600 IN A    203.0.113.60');
  });

  it('spam is accepted and filed in Junk', () => {
    const plan = planOf('spam');
    expect(plan.steps.find((s) => s.id === 'store')?.mailbox.folder).toBe('Junk');
    expect(plan.steps.at(-1)?.headers.map((h) => h.name)).toContain('X-Spam-Flag');
  });
});

const server = (w: World, host: string, change: object): World => ({
  ...w,
  servers: { ...w.servers, [host]: { ...w.servers[host]!, ...change } },
});
const withoutTxt = (w: World, name: string): World => ({
  ...w,
  zone: w.zone.filter((r) => !(r.name === name && r.type === 'TXT')),
});

/** Each preset's world, changed by hand from the default world. */
const BY_HAND: Record<PresetName, (w: World) => World> = {
  'unknown-user': (w) => w,
  'no-such-domain': (w) => w,
  'null-mx': (w) => w,
  'no-mx': (w) => w,
  'primary-mx-down': (w) => server(w, 'mx1.example.org', { reach: 'timeout' }),
  'all-mx-down': (w) =>
    server(server(w, 'mx1.example.org', { reach: 'timeout' }), 'mx2.example.org', { reach: 'timeout' }),
  greylisted: (w) => server(w, 'mx1.example.org', { greylisting: true }),
  'auth-failed': (w) => ({ ...w, sender: { ...w.sender, passwordRight: false } }),
  'dmarc-reject': (w) => {
    const bare = withoutTxt(w, '_dmarc.example.com');
    return {
      ...bare,
      spoof: true,
      zone: [...bare.zone, { name: '_dmarc.example.com', type: 'TXT', ttl: 3600, text: 'v=DMARC1; p=reject' }],
    };
  },
  'spoof-no-dmarc': (w) => ({ ...withoutTxt(w, '_dmarc.example.com'), spoof: true }),
  'spoof-quarantine': (w) => {
    const bare = withoutTxt(w, '_dmarc.example.com');
    return {
      ...bare,
      spoof: true,
      zone: [...bare.zone, { name: '_dmarc.example.com', type: 'TXT', ttl: 3600, text: 'v=DMARC1; p=quarantine' }],
    };
  },
  lookalike: (w) => {
    const bare = withoutTxt(w, '_dmarc.example.com');
    return {
      ...bare,
      spoof: true,
      forgery: 'lookalike',
      zone: [...bare.zone, { name: '_dmarc.example.com', type: 'TXT', ttl: 3600, text: 'v=DMARC1; p=reject' }],
    };
  },
  'starttls-stripped': (w) => ({ ...w, mitm: true }),
  'mta-sts-enforce': (w) => ({
    ...w,
    mitm: true,
    mtaSts: { 'example.org': 'enforce' },
    zone: [...w.zone, { name: '_mta-sts.example.org', type: 'TXT', ttl: 3600, text: 'v=STSv1; id=20250101T000000' }],
  }),
  spam: (w) => server(w, 'filter.example.org', { spam: true }),
  'mailbox-full': (w) => ({ ...w, mailboxes: { ...w.mailboxes, 'bob@example.org': { full: 'permanent' } } }),
  'too-large': (w) => ({ ...w, sender: { ...w.sender, attachmentOctets: 60 * 1_048_576 } }),
  'relay-denied': (w) => ({
    ...w,
    zone: [
      ...w.zone.filter((r) => !(r.name === 'example.net' && r.type === 'MX')),
      { name: 'example.net', type: 'MX', ttl: 3600, mx: { preference: 10, exchange: 'mx1.example.org' } },
    ],
  }),
  forwarded: (w) => ({ ...w, aliases: { ...w.aliases, 'bob@alumni.example.net': 'bob@example.org' } }),
  'mailing-list': (w) => ({
    ...w,
    aliases: { ...w.aliases, 'friends@alumni.example.net': 'bob@example.org' },
    lists: ['friends@alumni.example.net'],
  }),
};

const sorted = (w: World) => JSON.stringify({ ...w, zone: [...w.zone].map((r) => JSON.stringify(r)).sort() });

describe.each(PRESETS)('preset %s', (preset) => {
  const message = messageForPreset(preset, DEFAULT_MESSAGE);

  it('is an edit of the default world that gives the world changed by hand', () => {
    expect(sorted(applyEdits(DEFAULT_WORLD, PRESET_RECORDS[preset].edits))).toBe(
      sorted(BY_HAND[preset](DEFAULT_WORLD)),
    );
  });

  it.each(['imap', 'pop3'] as const)('plans exactly as its world changed by hand (%s)', (retrieval) => {
    const scenario = buildScenario(message, retrieval, preset);
    if (!scenario) throw new Error('preset message invalid');
    expect(planJourney(scenario)).toEqual(plan(message, BY_HAND[preset](DEFAULT_WORLD), retrieval));
  });
});
