// @vitest-environment node
// Bounces, auto-replies and abuse reports: readBounce on the real reports of the shared corpus (the
// sisimai-* files come from the reference bounce parser's own test set) and on the examples of
// email-facts §3 and §8; the reference parser's own verdicts give the agreement figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBounce, readMessage, readReport } from '../../../src/model/trace';
import { corpusFiles, corpusPresent, type CorpusFile } from './corpusFiles';
import { SISIMAI_EXPECTED, sisimaiKey } from './sisimaiExpected';

const text = (f: CorpusFile) => new TextDecoder('utf-8').decode(f.bytes);

/**
 * Whether a corpus file is a real bounce, judged without the parser: a sisimai report that is not
 * a returned original (-inner), a non-bounce sample, an ARF report or an auto-reply; any other
 * message carrying a message/delivery-status part (RFC 3464).
 */
function isRealBounce(f: CorpusFile): boolean {
  if (f.name.startsWith('sisimai-')) return !/-inner\.eml$|^sisimai-(not-is-not-bounce|arf|rfc3834)-/.test(f.name);
  return /^content-type:\s*message\/delivery-status/im.test(text(f));
}

// The DSN of email-facts §3, whole: the reader's example of a bounce.
const FACTS_DSN = [
  'From: MAILER-DAEMON@out1.example.com',
  'To: alice@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Tue, 14 Jan 2025 10:30:04 +0100',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain',
  '',
  'This is the mail system at host out1.example.com.',
  '',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; out1.example.com',
  'Arrival-Date: Tue, 14 Jan 2025 10:30:03 +0100',
  '',
  'Final-Recipient: rfc822; bbob@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx1.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown',
  '',
  '--b1',
  'Content-Type: text/rfc822-headers',
  '',
  'Received: from smtp.example.com (smtp.example.com [192.0.2.10])',
  '\tby out1.example.com (Postfix) with ESMTPS id 5D2E8800A1',
  '\tfor <bbob@example.org>; Tue, 14 Jan 2025 10:30:03 +0100',
  'From: Alice <alice@example.com>',
  'To: bbob@example.org',
  'Subject: Lunch on Friday?',
  '',
  '--b1--',
  '',
].join('\r\n');

describe('readBounce on the DSN of email-facts §3', () => {
  it('names the reporter, the arrival, the failed recipient and the returned header', () => {
    const bounce = readBounce(FACTS_DSN)!;
    expect(bounce.reportingMta).toBe('out1.example.com');
    expect(bounce.arrivalDate).toBe('Tue, 14 Jan 2025 10:30:03 +0100');
    expect(bounce.recipients).toEqual([
      {
        address: 'bbob@example.org',
        action: 'failed',
        status: '5.1.1',
        remoteMta: 'mx1.example.org',
        diagnostic: '550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown',
        reason: 'userunknown',
      },
    ]);
    expect(bounce.original?.headers).toContain('Subject: Lunch on Friday?');
  });

  it('reads the same report with classic-Mac line ends', () => {
    expect(readBounce(FACTS_DSN.replace(/\r\n/g, '\r'))?.recipients[0]?.reason).toBe('userunknown');
  });
});

describe('text bounces and look-alikes', () => {
  const postfixText = [
    'From: MAILER-DAEMON@out1.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    '',
    'This is the mail system at host out1.example.com.',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    '<bob@example.org>: host mx1.example.org[198.51.100.25] said: 552 5.2.2',
    '    <bob@example.org>: Mailbox full (in reply to RCPT TO command)',
    '',
  ].join('\n');

  it('reads a recipient, its status, the refusing server and the reason from a text report', () => {
    const [r] = readBounce(postfixText)!.recipients;
    expect(r).toMatchObject({
      address: 'bob@example.org',
      status: '5.2.2',
      remoteMta: 'mx1.example.org',
      reason: 'mailboxfull',
    });
  });

  it('names an auto-reply and an abuse report instead of calling them bounces', () => {
    const vacation =
      'From: bob@example.org\nTo: alice@example.com\nAuto-Submitted: auto-replied\nSubject: Out of office\n\nBack on Monday.\n';
    expect(readReport(vacation).kind).toBe('autoReply');
    expect(readBounce(vacation)).toBeNull();
    const arf = [
      'From: abuse@example.net',
      'To: abuse@example.com',
      'Subject: FW: Lunch',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="x"',
      '',
      '--x',
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'Source-IP: 192.0.2.25',
      '',
      '--x--',
    ].join('\n');
    expect(readReport(arf)).toEqual({
      kind: 'feedback',
      feedbackType: 'abuse',
      sourceIp: '192.0.2.25',
      reportedBy: null,
    });
    expect(readBounce(arf)).toBeNull();
  });

  it('returns null for ordinary mail, an empty paste and garbage, and never throws', () => {
    expect(readBounce('From: alice@example.com\nTo: bob@example.org\nSubject: Lunch?\n\nHi Bob\n')).toBeNull();
    expect(readBounce('')).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const b = readBounce(s);
        return b === null || Array.isArray(b.recipients);
      }),
      { numRuns: 300 },
    );
  });
});

describe.runIf(corpusPresent())('readBounce on the real reports of the corpus', () => {
  const files = corpusFiles();

  it('is non-null for every real bounce and null for every other message, without an exception', () => {
    const wrong = files.filter((f) => (readBounce(text(f)) !== null) !== isRealBounce(f)).map((f) => f.name);
    expect(wrong).toEqual([]);
    expect(files.filter(isRealBounce).length).toBeGreaterThan(240);
  });

  it('comes with the trace of a pasted report, and not with the trace of ordinary mail', async () => {
    const kinds = async (name: string) => {
      const result = await readMessage(files.find((f) => f.name === name)!.bytes);
      return result.ok ? (result.trace.report?.kind ?? null) : 'failed';
    };
    expect(await kinds('sisimai-lhost-postfix-04.eml')).toBe('bounce');
    expect(await kinds('sisimai-rfc3834-01.eml')).toBe('autoReply');
    expect(await kinds('sisimai-not-is-not-bounce-01.eml')).toBeNull();
  });

  it('names the ARF reports feedback and the RFC 3834 replies auto-replies', () => {
    const kinds = files
      .filter((f) => /^sisimai-(arf-\d+|rfc3834-\d+)\.eml$/.test(f.name))
      .map((f) => [f.name.startsWith('sisimai-arf') ? 'feedback' : 'autoReply', readReport(text(f)).kind]);
    expect(kinds.length).toBe(5);
    for (const [want, got] of kinds) expect(got).toBe(want);
  });

  it('agrees with the reference parser on recipients, status codes and reasons', () => {
    let reports = 0;
    let counted = 0;
    let statuses = 0;
    let reasons = 0;
    let rows = 0;
    for (const f of files) {
      const expected = SISIMAI_EXPECTED[sisimaiKey(f.name)];
      if (!f.name.startsWith('sisimai-') || !expected) continue;
      reports += 1;
      const got = readBounce(text(f))?.recipients ?? [];
      if (got.length === expected.length) counted += 1;
      expected.forEach(([status, reason], i) => {
        rows += 1;
        const g = got[i];
        if (g?.status && (status.endsWith('*') ? g.status[0] === status[0] : g.status === status)) statuses += 1;
        if (g?.reason === reason) reasons += 1;
      });
    }
    console.info(
      `sisimai agreement on ${reports} reports (${rows} recipients): recipient count ${counted}/${reports}, ` +
        `status ${statuses}/${rows}, reason ${reasons}/${rows}`,
    );
    expect(reports).toBeGreaterThanOrEqual(99);
    expect(counted / reports).toBeGreaterThanOrEqual(0.95);
    expect(statuses / rows).toBeGreaterThanOrEqual(0.85);
    expect(reasons / rows).toBeGreaterThanOrEqual(0.75);
  });
});
