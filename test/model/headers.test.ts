// Trace fields: one Received per accepting server, prepended, correct `with`, dates in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfc5322Date } from '../../src/model/message/internetTime';
import { planFor } from './helpers';

const receivedOf = (plan: ReturnType<typeof planFor>) =>
  plan.steps.at(-1)?.headers.filter((h) => h.name === 'Received') ?? [];

/** The date after the last semicolon, as the header analysers read it (email-facts.md §4). */
function dateOf(value: string): number {
  const date = value.slice(value.lastIndexOf(';') + 1).trim();
  const parsed = Date.parse(date);
  expect(Number.isNaN(parsed), date).toBe(false);
  return parsed;
}

describe('Received lines', () => {
  const cross = planFor();

  it('cross-domain: one per accepting server, newest on top, with the right `with` keyword', () => {
    const received = receivedOf(cross);
    expect(received.map((h) => /by (\S+)/.exec(h.value)?.[1])).toEqual([
      'store.example.org',
      'filter.example.org',
      'mx1.example.org',
      'out1.example.com',
      'smtp.example.com',
    ]);
    expect(received.map((h) => /with (\S+)/.exec(h.value)?.[1])).toEqual([
      'LMTP',
      'ESMTP',
      'ESMTPS',
      'ESMTPS',
      'ESMTPSA',
    ]);
  });

  it('dates parse and run oldest (bottom) to newest (top): 1 s, 2 s, 2 s, 1 s, 1 s after Date', () => {
    const times = receivedOf(cross)
      .map((h) => dateOf(h.value))
      .reverse();
    const sent = Date.parse(cross.steps.at(-1)?.headers.find((h) => h.name === 'Date')?.value ?? '');
    expect([sent, ...times].slice(1).map((t, i) => (t - ([sent, ...times][i] ?? 0)) / 1000)).toEqual([1, 2, 2, 1, 1]);
  });

  it('existing fields are never changed or reordered: each step only adds on top', () => {
    for (let i = 1; i < cross.steps.length; i++) {
      const before = cross.steps[i - 1]?.headers ?? [];
      const after = cross.steps[i]?.headers ?? [];
      const added = after.length - before.length;
      if (cross.steps[i - 1]?.id === 'submit' || cross.steps[i]?.id === 'submit') continue; // the MSA inserts Message-ID
      expect(after.slice(added)).toEqual(before);
    }
  });

  it('the store adds Return-Path (the envelope sender) on top, and the MX adds Authentication-Results', () => {
    const names = cross.steps.at(-1)?.headers.map((h) => h.name) ?? [];
    expect(names[0]).toBe('Return-Path');
    expect(cross.steps.at(-1)?.headers[0]?.value).toBe('<alice@example.com>');
    expect(names.filter((n) => n === 'Return-Path')).toHaveLength(1);
    expect(names).toContain('Authentication-Results');
    expect(names).toContain('DKIM-Signature');
    expect(names).toContain('Message-ID');
  });

  it('same-domain: two Received lines, ESMTPSA at the MSA and LMTP at the store', () => {
    const received = receivedOf(planFor({ to: 'carol@example.com' }));
    expect(received.map((h) => /with (\S+)/.exec(h.value)?.[1])).toEqual(['LMTP', 'ESMTPSA']);
  });

  it('a non-ASCII subject is sent as an RFC 2047 encoded-word', () => {
    const subject = planFor({ subject: 'Grüße aus Köln' }).steps[0]?.headers.find((h) => h.name === 'Subject');
    expect(subject?.value).toBe('=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=');
  });
});

describe('rfc5322Date', () => {
  it('formats the start of the journey as email-facts.md does', () => {
    expect(rfc5322Date(1_736_847_000, 60)).toBe('Tue, 14 Jan 2025 10:30:00 +0100');
    expect(rfc5322Date(1_736_847_005, 0)).toBe('Tue, 14 Jan 2025 09:30:05 +0000');
  });

  it('agrees with the platform date parser for any second and offset (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800 }),
        fc.integer({ min: -720, max: 840 }),
        (seconds, offset) => {
          expect(Date.parse(rfc5322Date(seconds, offset)) / 1000).toBe(seconds);
        },
      ),
    );
  });
});

describe('IMAP and POP3', () => {
  it('IMAP leaves the message in the store, marked \\Seen, and the phone sees it read', () => {
    const last = planFor().steps.at(-1);
    expect(last?.mailbox).toEqual({
      owner: 'recipient',
      name: 'Bob',
      store: 'store.example.org',
      server: 'read',
      folder: 'INBOX',
      laptop: 'shown',
      phone: 'read',
    });
  });

  it('POP3: DELE only marks; the message leaves the server after QUIT', () => {
    const plan = planFor({}, null, 'pop3');
    const read = plan.steps.at(-1);
    const lines = read?.transcript.map((l) => l.text) ?? [];
    expect(lines.indexOf('DELE 2')).toBeLessThan(lines.indexOf('QUIT'));
    expect(plan.steps.at(-2)?.mailbox.server).toBe('unread');
    expect(read?.mailbox).toEqual({
      owner: 'recipient',
      name: 'Bob',
      store: 'store.example.org',
      server: 'removed',
      folder: 'INBOX',
      laptop: 'downloaded',
      phone: 'none',
    });
  });

  it('the IMAP header literal counts the octets of the fetched lines exactly', () => {
    const lines =
      planFor()
        .steps.at(-1)
        ?.transcript.map((l) => l.text) ?? [];
    const fetch = lines.find((l) => l.includes('BODY[HEADER.FIELDS'))?.match(/\{(\d+)\}/)?.[1];
    const fields = lines.filter((l) => /^(Date|From|Subject):/.test(l));
    expect(Number(fetch)).toBe(fields.reduce((n, l) => n + l.length + 2, 0) + 2);
  });
});
