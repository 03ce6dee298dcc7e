// The new journeys of issue 15 against email-facts.md §8: webmail, the Sent folder, port 465, POP3's
// "leave a copy", forwarding (SRS, ARC), a mailing list, the spoof refused by DMARC, a real attachment.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  messageForPreset,
  type Plan,
  type PresetName,
  type Retrieval,
  type SendSetup,
} from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';

function planWith(setup: Partial<SendSetup>, retrieval: Retrieval = 'imap', preset: PresetName | null = null): Plan {
  const message = preset ? messageForPreset(preset, DEFAULT_MESSAGE) : DEFAULT_MESSAGE;
  const scenario = buildScenario(message, retrieval, preset, [], { ...DEFAULT_SETUP, ...setup });
  if (!scenario) throw new Error('invalid');
  return planWithDetail(scenario);
}
const step = (plan: Plan, id: string, n = 0) => plan.steps.filter((s) => s.id === id)[n];
const text = (plan: Plan, id: string, n = 0) => step(plan, id, n)?.transcript.map((l) => l.text) ?? [];
const field = (plan: Plan, id: string, name: string, n = 0) =>
  step(plan, id, n)
    ?.headers.filter((h) => h.name === name)
    .map((h) => h.value) ?? [];
const deliveredHeader = (plan: Plan) => step(plan, 'store')?.headers ?? [];

describe('webmail (client=webmail)', () => {
  const plan = planWith({ client: 'webmail' });

  it('the browser speaks HTTPS to sender-webmail, which submits to its own MSA; no SMTP from the browser', () => {
    expect(plan.steps.slice(0, 4).map((s) => [s.id, s.from, s.to, s.protocol, s.port])).toEqual([
      ['compose', 'sender-client', 'sender-client', 'RFC 5322', null],
      ['webmail', 'sender-client', 'sender-webmail', 'HTTPS', 443],
      ['submit', 'sender-webmail', 'sender-msa', 'SMTP submission', 587],
      ['sent', 'sender-webmail', 'sender-store', 'IMAP', 993],
    ]);
    expect(plan.steps.filter((s) => s.from === 'sender-client' && s.protocol.startsWith('SMTP'))).toEqual([]);
    expect(step(plan, 'webmail')?.myth).toEqual({ key: 'myth.3' });
    expect(plan.nodes.map((n) => n.id)).toContain('sender-webmail');
  });

  it('the first Received line reads as webmail writes it: from the browser’s address, with HTTP', () => {
    const received = deliveredHeader(plan).filter((h) => h.name === 'Received');
    expect(received.at(-1)?.value).toMatch(/^from \[203\.0\.113\.45\] by webmail\.example\.com with HTTP; /);
    expect(received.at(-2)?.value).toMatch(/^from webmail\.example\.com \(webmail\.example\.com \[192\.0\.2\.60\]\)/);
  });
});

describe('the Sent folder', () => {
  it('an IMAP app APPENDs its copy to Sent on sender-store after submission (RFC 9051 §6.3.12)', () => {
    const plan = planWith({});
    expect(step(plan, 'sent')).toMatchObject({ from: 'sender-client', to: 'sender-store', folder: 'sent' });
    expect(text(plan, 'sent').some((l) => /^A\d+ APPEND "Sent" \(\\Seen\) \{\d+\}$/.test(l))).toBe(true);
    expect(plan.steps.map((s) => s.id).slice(0, 4)).toEqual(['compose', 'submit', 'sent', 'handoff']);
  });

  it('with POP3 there is no Sent folder on the server, and the caption says so', () => {
    const sent = step(planWith({}, 'pop3'), 'sent');
    expect(sent).toMatchObject({ from: 'sender-client', to: 'sender-client', folder: null });
    expect(sent?.caption.key).toBe('step.sent.pop3');
  });

  it('webmail files the copy itself', () => {
    expect(step(planWith({ client: 'webmail' }), 'sent')?.caption.key).toBe('step.sent.webmail');
  });
});

describe('submission on port 465 and POP3 "leave a copy"', () => {
  it('465: implicit TLS, no STARTTLS in the dialogue (RFC 8314 §3.3)', () => {
    const plan = planWith({ submission: 465 });
    expect(step(plan, 'submit')).toMatchObject({ port: 465, security: 'TLS' });
    expect(text(plan, 'submit')).not.toContain('STARTTLS');
    expect(text(plan, 'submit')).toContain('235 2.7.0 Authentication successful');
    expect(text(planWith({}), 'submit')).toContain('STARTTLS');
  });

  it('keep=1: UIDL, no DELE, and the server keeps the message (RFC 1939 §7)', () => {
    const kept = planWith({ keep: true }, 'pop3');
    expect(text(kept, 'login')).toContain('UIDL');
    expect(text(kept, 'read')).not.toContain('DELE 2');
    expect(step(kept, 'read')?.mailbox.server).not.toBe('removed');
    const plain = planWith({}, 'pop3');
    expect(text(plain, 'read')).toContain('DELE 2');
    expect(step(plain, 'read')?.mailbox.server).toBe('removed');
  });
});

describe('forwarded: bob@alumni.example.net forwards to bob@example.org', () => {
  const plan = planWith({}, 'imap', 'forwarded');
  const checksAt = (node: string) => plan.steps.filter((s) => s.id.startsWith('check-') && s.from === node);

  it('two SMTP deliveries: to forwarder-1, then from forwarder-1’s own IP to example.org', () => {
    const relays = plan.steps.filter((s) => s.id === 'relay').map((s) => `${s.from}->${s.to}`);
    expect(relays).toEqual(['sender-mta->forwarder-1', 'forwarder-1->recipient-mx']);
    expect(plan.outcome).toBe('delivered');
    expect(plan.recipients).toEqual([
      {
        address: 'bob@alumni.example.net',
        field: 'to',
        outcome: 'delivered',
        branch: 'example.org',
        forwardedTo: 'bob@example.org',
      },
    ]);
  });

  it('rewrites the envelope sender with SRS0 and leaves From: alone', () => {
    const srs = step(plan, 'forward')?.envelope?.mailFrom ?? '';
    expect(srs).toMatch(/^SRS0=[A-Za-z0-9+/]{4}=[A-Z0-9]{2}=example\.com=alice@alumni\.example\.net$/);
    expect(text(plan, 'relay', 1).some((l) => l.startsWith(`MAIL FROM:<${srs}>`))).toBe(true);
    expect(deliveredHeader(plan).find((h) => h.name === 'From')?.value).toBe('Alice <alice@example.com>');
    expect(deliveredHeader(plan).find((h) => h.name === 'Return-Path')?.value).toBe(`<${srs}>`);
  });

  it('adds its Received line and one ARC set, instance 1 (RFC 8617)', () => {
    const arc = deliveredHeader(plan).filter((h) => h.name.startsWith('ARC-'));
    expect(arc.map((h) => h.name)).toEqual(['ARC-Seal', 'ARC-Message-Signature', 'ARC-Authentication-Results']);
    for (const h of arc) expect(h.value).toMatch(/^i=1;/);
    const received = deliveredHeader(plan)
      .filter((h) => h.name === 'Received')
      .map((h) => h.value);
    expect(received.some((v) => v.includes('by mx.alumni.example.net'))).toBe(true);
    expect(received.some((v) => v.startsWith('from mx.alumni.example.net') && v.includes('by mx1.example.org'))).toBe(
      true,
    );
  });

  it('example.org’s MX asks three TXT questions: SPF of the SRS domain, example.com’s DKIM key, its DMARC policy', () => {
    const asked = checksAt('recipient-mx').map(
      (s) => s.transcript.find((l) => l.who === 'dns')?.text ?? s.transcript[0]?.text,
    );
    expect(asked.join('\n')).toContain('alumni.example.net');
    const names = checksAt('recipient-mx')
      .flatMap((s) => s.transcript.map((l) => l.text))
      .join('\n');
    expect(names).toContain('s2025._domainkey.example.com');
    expect(names).toContain('_dmarc.example.com');
  });

  it('SPF does not align with example.com, DKIM passes, DMARC passes by DKIM', () => {
    const verdicts = checksAt('recipient-mx').flatMap((s) => s.verdicts);
    expect(verdicts).toEqual([
      { check: 'ptr', pass: true },
      // SPF passes for the SRS domain (as the header says) but does not align with From:.
      { check: 'spf', pass: true, aligned: false },
      { check: 'dkim', pass: true },
      { check: 'dmarc', pass: true },
    ]);
    const results = deliveredHeader(plan).find((h) => h.name === 'Authentication-Results')?.value ?? '';
    expect(results).toContain('spf=pass smtp.mailfrom=alumni.example.net');
    expect(results).toContain('dkim=pass header.d=example.com');
    expect(results).toContain('dmarc=pass header.from=example.com');
  });
});

describe('mailing-list: the list changes subject and footer, breaks DKIM, and rewrites From:', () => {
  const plan = planWith({}, 'imap', 'mailing-list');

  it('shows the rewritten From:, the subject tag and Reply-To in the delivered header', () => {
    const h = deliveredHeader(plan);
    expect(h.find((f) => f.name === 'From')?.value).toBe('"Alice via friends" <friends@alumni.example.net>');
    expect(h.find((f) => f.name === 'Subject')?.value).toBe('[friends] Lunch on Friday?');
    expect(h.find((f) => f.name === 'Reply-To')?.value).toBe('Alice <alice@example.com>');
    expect(step(plan, 'forward')?.caption.key).toBe('step.forward.list');
  });

  it('DKIM fails at example.org; SPF passes for the list’s own domain', () => {
    const checks = plan.steps.filter((s) => s.id.startsWith('check-') && s.from === 'recipient-mx');
    expect(checks.flatMap((s) => s.verdicts).find((v) => v.check === 'dkim')?.pass).toBe(false);
    expect(checks.flatMap((s) => s.verdicts).find((v) => v.check === 'spf')?.pass).toBe(true);
    const results = deliveredHeader(plan).find((h) => h.name === 'Authentication-Results')?.value ?? '';
    expect(results).toContain('dkim=fail header.d=example.com');
  });
});

describe('dmarc-reject is a spoof', () => {
  const plan = planWith({}, 'imap', 'dmarc-reject');

  it('the MX asks SPF, the DKIM key and the DMARC policy of example.com, finds nothing aligned, and rejects after DATA', () => {
    const names = plan.steps
      .filter((s) => ['check-spf', 'check-dkim', 'check-dmarc'].includes(s.id))
      .map((s) => s.transcript.map((l) => l.text).join('\n'));
    expect(names[0]).toContain('example.com');
    expect(names[1]).toContain('s2025._domainkey.example.com');
    expect(names[2]).toContain('_dmarc.example.com');
    expect(text(plan, 'reply')).toContain('550 5.7.1 Email rejected per DMARC policy for example.com');
    expect(text(plan, 'relay').some((l) => l.startsWith('MAIL FROM:<alice@example.com>'))).toBe(true);
  });

  it('Alice never sees a bounce: no bounce step, nothing at sender-store', () => {
    expect(plan.steps.some((s) => s.id.startsWith('bounce'))).toBe(false);
    expect(plan.steps.some((s) => s.to === 'sender-store' || s.from === 'sender-store')).toBe(false);
    expect(plan.outcome).toBe('rejected');
  });
});

describe('smaller realities', () => {
  it('too-large: the 60 MB attachment is a real multipart/mixed, base64 part, about 4/3 of its size', () => {
    const plan = planWith({}, 'imap', 'too-large');
    const composed = text(plan, 'compose');
    expect(field(plan, 'compose', 'Content-Type')[0]).toMatch(/^multipart\/mixed; boundary=/);
    expect(composed).toContain('Content-Transfer-Encoding: base64');
    const size = Number(/SIZE=(\d+)/.exec(text(plan, 'submit').find((l) => l.startsWith('MAIL FROM')) ?? '')?.[1]);
    // base64 is 4/3 of the file; lines of 76 characters plus CRLF add 2/76 more (RFC 2045 §6.8).
    const base64 = (60 * 1_048_576 * 4) / 3;
    expect(size).toBeGreaterThan(base64 * (78 / 76));
    expect(size).toBeLessThan(base64 * (78 / 76) + 10_000);
  });

  it('the envelope-vs-To mix-up appears at the RCPT decision, never where no SMTP was spoken', () => {
    const plan = planWith({});
    const at = plan.steps.filter((s) => s.myth?.key === 'myth.7').map((s) => s.id);
    expect(at).toEqual(['relay']);
    for (const s of plan.steps.filter((x) => x.myth?.key === 'myth.7')) expect(s.rcpt.length).toBeGreaterThan(0);
  });
});
