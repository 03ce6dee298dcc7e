// The bounce: a delivery status notification (RFC 3464) in a multipart/report (RFC 6522).
import type { Failure, HeaderField } from '../words/vocabulary';
import { client, message, note, server, type TranscriptLine } from './types';

/** One failed recipient's block of the report (RFC 3464 §2.3). */
export interface FailedFacts {
  recipient: string;
  remoteMta: string | null;
  failure: Failure;
}

export interface BounceFacts {
  reportingMta: string;
  sender: string;
  arrivalDate: string;
  date: string;
  /** Only the recipients that failed, each in its own block (RFC 3464 §2.3); never the delivered ones. */
  failed: readonly FailedFacts[];
  /** A forwarder's bounce: the SRS envelope sender it was given, which it decodes to `sender`. */
  srs?: string;
  /** The server the bounce is handed to (Alice's mailbox store), and the reporting MTA's queue id. */
  deliveredTo: string;
  queueId: string;
}

/**
 * `smtp;` quotes a remote server's reply; a decision the MTA made itself (NXDOMAIN, null MX, no
 * address) uses the MTA's own type, Postfix's `X-Postfix;` (RFC 3464 §2.3.6; email-facts §8).
 * With no address for any MX the field is left out (it is optional).
 */
function diagnostic(b: FailedFacts): string[] {
  const { reply, local } = b.failure;
  const domain = b.recipient.slice(b.recipient.lastIndexOf('@') + 1);
  if (local === 'nxdomain')
    return [
      `Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=${domain} type=MX: Host not found`,
    ];
  if (local === 'no-address')
    return [
      `Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for the mail servers of ${domain}`,
    ];
  if (!reply) return [];
  return [`Diagnostic-Code: ${local ? 'X-Postfix' : 'smtp'}; ${reply.code} ${reply.enhanced} ${reply.text}`];
}

export function dsnMessage(b: BounceFacts): string[] {
  return [
    `From: MAILER-DAEMON@${b.reportingMta}`,
    `To: ${b.sender}`,
    `Date: ${b.date}`,
    'Subject: Undelivered Mail Returned to Sender',
    // Its own id, and the mark that it was written by a machine, so no auto-responder answers it (RFC 3834 §5).
    `Message-ID: <${b.queueId}.bounce@${b.reportingMta}>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b0unce"',
    '',
    '--dsn-b0unce',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered to one or more recipients.',
    '',
    '--dsn-b0unce',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${b.reportingMta}`,
    `Arrival-Date: ${b.arrivalDate}`,
    '',
    ...b.failed.flatMap((f) => [
      `Final-Recipient: rfc822; ${f.recipient}`,
      'Action: failed',
      `Status: ${f.failure.status}`,
      ...(f.remoteMta ? [`Remote-MTA: dns; ${f.remoteMta}`] : []),
      ...diagnostic(f),
      '',
    ]),
    '--dsn-b0unce',
    'Content-Type: text/rfc822-headers',
    '',
  ];
}

/** The bounce's own header: a new message from MAILER-DAEMON to the original envelope sender. */
export function dsnHeaders(b: BounceFacts): HeaderField[] {
  return dsnMessage(b)
    .slice(0, 8)
    .map((line) => {
      const at = line.indexOf(': ');
      return { name: line.slice(0, at), value: line.slice(at + 2) };
    });
}

/** The bounce goes out with the null sender <> so that nobody ever bounces a bounce (RFC 5321 §4.5.5). */
export function dsnTranscript(b: BounceFacts): TranscriptLine[] {
  return [
    note('note.dsn.nullSender'),
    ...(b.srs ? [note('note.dsn.srs', { srs: b.srs, sender: b.sender })] : []),
    // A session like any other: the receiving server greets, the reporting MTA names itself.
    server(`220 ${b.deliveredTo} ESMTP`),
    client(`EHLO ${b.reportingMta}`),
    server(`250 ${b.deliveredTo}`),
    client('MAIL FROM:<>'),
    server('250 2.1.0 Ok'),
    client(`RCPT TO:<${b.sender}>`),
    server('250 2.1.5 Ok'),
    client('DATA'),
    server('354 End data with <CR><LF>.<CR><LF>'),
    ...dsnMessage(b).map(message),
    note('note.dsn.original'),
    message('--dsn-b0unce--'),
    client('.'),
    server('250 2.0.0 Ok: queued as 7B1C09D2E4'),
  ];
}
