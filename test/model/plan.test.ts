// The planned journeys: exact routes, ports, and what same-domain mail never touches.
import { describe, expect, it } from 'vitest';
import { hasMessage } from '../../src/i18n';
import '../../src/i18n/detail';
import { de } from '../i18n/catalogues';
import { PRESETS, messageForPreset, DEFAULT_MESSAGE, type WorldEdit } from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';
import { activeSequence, planFor } from './helpers';
import { CROSS_DOMAIN_NODES, SAME_DOMAIN_NODES } from '../contract';

describe('cross-domain plan (alice@example.com → bob@example.org)', () => {
  const plan = planFor();

  it('visits the nodes in the order of email-facts §1a', () => {
    expect(plan.steps.map((s) => `${s.from}->${s.to}`)).toEqual([
      'sender-client->sender-client',
      'sender-client->sender-msa',
      'sender-client->sender-store', // the app's copy in Sent (IMAP APPEND)
      'sender-msa->sender-mta',
      'sender-mta->dns', // MX
      'sender-mta->dns', // A
      'sender-mta->dns', // AAAA: a second question
      'sender-mta->recipient-mx',
      'recipient-mx->recipient-mx', // PTR, SPF, DKIM key, DMARC policy: the MX's own look-ups
      'recipient-mx->recipient-mx',
      'recipient-mx->recipient-mx',
      'recipient-mx->recipient-mx',
      'recipient-mx->relay-1',
      'relay-1->recipient-store',
      'recipient-client->recipient-imap', // IMAP is a pull: the app asks (and waits in IDLE)
      'recipient-imap->recipient-client', // the IDLE notice, without the message
      'recipient-client->recipient-imap', // FETCH
      'recipient-imap->recipient-client', // the message comes back
    ]);
    expect(plan.outcome).toBe('delivered');
  });

  it('asks DNS for MX first, then for the address of the chosen exchange', () => {
    expect(plan.steps.filter((s) => s.to === 'dns').map((s) => s.id)).toEqual(['dns-mx', 'dns-a', 'dns-aaaa']);
    const [a, aaaa] = plan.steps.filter((s) => s.id.startsWith('dns-a'));
    expect(a?.caption.params?.mx).toBe('mx1.example.org');
    expect(a?.caption.params?.addresses).toBe('198.51.100.25');
    expect(aaaa?.caption.params?.addresses).toBe('2001:db8:25::25');
  });

  it('submits on 587 with STARTTLS, and uses port 25 between MTAs', () => {
    const byId = Object.fromEntries(plan.steps.map((s) => [s.id, s]));
    expect(byId.submit).toMatchObject({ port: 587, security: 'STARTTLS' });
    expect(byId.handoff?.port).toBe(25);
    expect(byId.relay).toMatchObject({ port: 25, protocol: 'SMTP relay' });
    expect(byId['dns-mx']?.port).toBe(53);
    expect(byId.store?.protocol).toBe('LMTP');
    expect(byId.store?.port).not.toBe(25); // LMTP is never on port 25 (RFC 2033)
    expect(byId.read).toMatchObject({ protocol: 'IMAP', port: 993 });
  });

  it('draws the whole route with the contract node ids and FROM->TO edges', () => {
    // The contract's nodes, and Alice's own store, where her app files the copy in Sent.
    expect(plan.nodes.map((n) => n.id).sort()).toEqual([...CROSS_DOMAIN_NODES, 'sender-store'].sort());
    expect(plan.edges.map((e) => e.id)).toContain('sender-mta->recipient-mx');
  });
});

describe('same-domain plan (alice@example.com → carol@example.com)', () => {
  const plan = planFor({ to: 'carol@example.com' });

  it('goes straight from the MSA to the store, then the reader pulls it', () => {
    // Alice's store gets the Sent copy right after submission; then the message is filed for Carol.
    const arrivals = [...new Set(activeSequence(plan))].filter((id) => id !== 'sender-store');
    expect(arrivals).toEqual([...SAME_DOMAIN_NODES]);
    expect(plan.outcome).toBe('delivered');
  });

  it('never touches DNS, the outbound MTA or a relay, not even in the picture', () => {
    const touched = plan.steps.flatMap((s) => [s.from, s.to]);
    for (const id of [...touched, ...plan.nodes.map((n) => n.id)]) {
      expect(id).not.toBe('dns');
      expect(id).not.toMatch(/^relay-/);
      expect(id).not.toBe('recipient-mx');
    }
  });

  it('still submits with AUTH on 587', () => {
    expect(plan.steps[1]).toMatchObject({ id: 'submit', port: 587 });
  });
});

describe('retrieval over POP3', () => {
  it('reads through recipient-pop3 on port 995', () => {
    const plan = planFor({}, null, 'pop3');
    expect(activeSequence(plan).slice(-2)).toEqual(['recipient-pop3', 'recipient-client']);
    expect(plan.steps.at(-1)).toMatchObject({ protocol: 'POP3', port: 995 });
  });
});

/** Worlds the presets do not cover: every other caption, wait and bubble appears in one of them. */
const EDITED_WORLDS: WorldEdit[][] = [
  [{ kind: 'reach', host: 'mx1.example.org', value: 'refused' }],
  [{ kind: 'mailbox', address: 'bob@example.org', value: 'temporary' }],
  [
    { kind: 'dmarc', domain: 'example.com', value: 'quarantine' },
    { kind: 'dkim', domain: 'example.com', value: false },
    { kind: 'spf', domain: 'example.com', value: 'none' },
  ],
  [{ kind: 'dmarc', domain: 'example.com', value: 'absent' }],
  [{ kind: 'mx', domain: 'example.org', value: [{ preference: 10, exchange: 'mx9.example.org' }] }],
  [
    { kind: 'size-limit', host: 'mx1.example.org', value: 1 },
    { kind: 'attachment', value: 10 },
  ],
  [{ kind: 'domain', domain: 'example.org', value: 'null-mx' }],
];

describe('every plan', () => {
  const plans = [
    planFor(),
    planFor({ to: 'carol@example.com' }),
    ...PRESETS.map((p) => planFor(messageForPreset(p, DEFAULT_MESSAGE), p)),
    ...PRESETS.map((p) => planFor(messageForPreset(p, DEFAULT_MESSAGE), p, 'pop3')),
    ...EDITED_WORLDS.map((edits) => planWithDetail(buildScenario(DEFAULT_MESSAGE, 'imap', null, edits)!)),
  ];

  it('ends in a terminal outcome with numbered steps', () => {
    for (const plan of plans) {
      expect(['delivered', 'bounced', 'rejected', 'deferred', 'quarantined']).toContain(plan.outcome);
      expect(plan.steps.map((s) => s.index)).toEqual(plan.steps.map((_, i) => i));
      // Alice's app writes it, or (the dmarc-reject spoof) the spoofer forges it.
      expect(['sender-client', 'spoofer']).toContain(plan.steps[0]?.from);
    }
  });

  it('only uses texts the English and German catalogues have: captions, labels, waits, bubbles, verdicts', () => {
    const german: Record<string, string> = de;
    for (const plan of plans) {
      const texts = [
        plan.summary,
        ...(plan.recipientVerdict ? [plan.recipientVerdict] : []),
        ...plan.nodes.map((n) => n.title),
        ...plan.steps.flatMap((s) => [
          s.caption,
          { key: `label.${s.id}` },
          ...(s.myth ? [s.myth] : []),
          ...(s.wait ? [s.wait] : []),
          ...(s.dns ? [s.dns.question, s.dns.answer] : []),
        ]),
      ];
      for (const { key } of texts) {
        expect(hasMessage(key), key).toBe(true);
        expect(german[key], key).toBeTypeOf('string');
      }
    }
  });
});

describe('what the learner types decides the route', () => {
  it('a recipient with no mailbox is refused at RCPT TO and bounced back to the sender', () => {
    const plan = planFor({ to: 'nobody@example.org' });
    expect(plan.outcome).toBe('bounced');
    expect(plan.steps.find((s) => s.id === 'relay')).toMatchObject({ result: 'refused', code: 550 });
    expect(plan.steps.find((s) => s.id === 'bounce')).toMatchObject({ to: 'sender-store', token: 'bounce' });
    expect(plan.steps.at(-1)).toMatchObject({ id: 'bounce-read', to: 'sender-client' });
  });

  it('a domain that does not exist ends at DNS, with no SMTP session to it', () => {
    const plan = planFor({ to: 'bob@example.invalid' });
    expect(plan.outcome).toBe('bounced');
    expect(plan.steps.some((s) => s.to === 'recipient-mx')).toBe(false);
    expect(plan.steps.find((s) => s.id === 'dns-mx')?.caption.key).toBe('step.dns-mx.nxdomain');
  });
});
