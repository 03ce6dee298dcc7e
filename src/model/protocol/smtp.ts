// An SMTP (or LMTP) session as servers really speak it: email-facts.md §2a and §2c.
import type { Reply } from '../words/vocabulary';
import { client, note, server, message, type TranscriptLine } from './types';

export interface SmtpSession {
  /** LMTP says LHLO and answers once per recipient after the data (RFC 2033). */
  lmtp?: boolean;
  clientName: string;
  serverName: string;
  /** The largest message the server takes, advertised in EHLO (RFC 1870). */
  sizeLimit: number;
  starttls: boolean;
  /** Submission: AUTH is offered after STARTTLS, and required (RFC 6409 §4.3). */
  auth: { user: string; password: string; reply: Reply } | null;
  dsn: boolean;
  mailFrom: string;
  messageSize: number;
  /** One RCPT TO per recipient, in order; each gets its own reply (RFC 5321 §3.3). */
  rcptTo: readonly string[];
  /** NOTIFY=FAILURE,DELAY on RCPT, as relaying MTAs send it (RFC 3461). */
  notify?: boolean;
  /** What the server answers at MAIL FROM and RCPT TO; 250s when left out. */
  mailReply?: Reply;
  /** The reply to every RCPT TO (a server-wide answer, e.g. greylisting or relay denied)… */
  rcptReply?: Reply;
  /** … or per recipient (an unknown user, a full mailbox), by address; 250 where neither says. */
  rcptReplies?: Readonly<Record<string, Reply>>;
  /** A submitting app gives up on the whole message at the first refused RCPT TO (and says QUIT). */
  stopAtRefusal?: boolean;
  /** Implicit TLS from the first byte (port 465, RFC 8314): no STARTTLS in the dialogue. */
  implicitTls?: boolean;
  /** What the server answers after the final dot; a 250 "queued" (or LMTP "delivered") when left out. */
  dataReply?: Reply;
  /** Stop after the final dot: the server's verdict on the data comes in a later step. */
  untilDot?: boolean;
  /** The message lines sent after DATA (already dot-stuffed). */
  data: readonly string[];
  queueId: string;
}

const OK = (code: number, enhanced: string, text: string): Reply => ({ code, enhanced, text });
export const replyLine = (r: Reply) => server(`${r.code} ${r.enhanced} ${r.text}`);

/** base64 of NUL user NUL password: SASL PLAIN (RFC 4616). */
export function saslPlain(user: string, password: string): string {
  return btoa(`\0${user}\0${password}`);
}

function ehlo(s: SmtpSession, afterTls: boolean): TranscriptLine[] {
  const verb = s.lmtp ? 'LHLO' : 'EHLO';
  const extensions = [
    `SIZE ${s.sizeLimit}`,
    ...(s.starttls && !afterTls ? ['STARTTLS'] : []),
    ...(s.auth && afterTls ? ['AUTH PLAIN LOGIN'] : []),
    'ENHANCEDSTATUSCODES',
    ...(s.dsn ? ['DSN'] : []),
    '8BITMIME',
  ];
  return [
    client(`${verb} ${s.clientName}`),
    server(`250-${s.serverName}`),
    ...extensions.map((ext, i) => server(`250${i === extensions.length - 1 ? ' ' : '-'}${ext}`)),
  ];
}

export const quit = (): TranscriptLine[] => [client('QUIT'), server('221 2.0.0 Bye')];

export function smtpSession(s: SmtpSession): TranscriptLine[] {
  const greeting = server(`220 ${s.serverName} ${s.lmtp ? 'LMTP' : 'ESMTP'} ready`);
  if (s.implicitTls) return rest(s, [note('note.implicitTls', { server: s.serverName }), greeting, ...ehlo(s, true)]);
  const lines: TranscriptLine[] = [greeting, ...ehlo(s, false)];
  if (s.starttls) {
    lines.push(client('STARTTLS'), server('220 2.0.0 Ready to start TLS'), note('note.tls', { server: s.serverName }));
    lines.push(...ehlo(s, true));
  }
  return rest(s, lines);
}

/** After the greeting and TLS: AUTH, MAIL FROM, one RCPT TO per recipient, DATA and the verdict. */
function rest(s: SmtpSession, lines: TranscriptLine[]): TranscriptLine[] {
  if (s.auth) {
    lines.push(client(`AUTH PLAIN ${saslPlain(s.auth.user, s.auth.password)}`), replyLine(s.auth.reply));
    if (s.auth.reply.code !== 235) return [...lines, ...quit()];
    // Many submission servers then hold MAIL FROM and From: to the logged-in user's addresses (provider policy).
    lines.push(note('note.msa.sender', { user: s.auth.user }));
  }
  lines.push(
    client(`MAIL FROM:<${s.mailFrom}> SIZE=${s.messageSize}`),
    replyLine(s.mailReply ?? OK(250, '2.1.0', 'Ok')),
  );
  if (s.mailReply && s.mailReply.code >= 400) return [...lines, ...quit()];
  const accepted: string[] = [];
  for (const rcpt of s.rcptTo) {
    const reply = s.rcptReply ?? s.rcptReplies?.[rcpt] ?? OK(250, '2.1.5', 'Ok');
    lines.push(client(`RCPT TO:<${rcpt}>${s.notify ? ' NOTIFY=FAILURE,DELAY' : ''}`), replyLine(reply));
    if (reply.code < 400) accepted.push(rcpt);
    else if (s.stopAtRefusal) return [...lines, ...quit()];
  }
  // With no recipient accepted there is nothing to send; with some, the data goes to those (RFC 5321 §3.3).
  if (accepted.length === 0) return [...lines, ...quit()];
  lines.push(client('DATA'), server('354 End data with <CR><LF>.<CR><LF>'));
  lines.push(...s.data.map(message), client('.'));
  if (s.untilDot) return lines;
  if (s.dataReply) lines.push(replyLine(s.dataReply));
  // LMTP answers once per accepted recipient after the data (RFC 2033 §4.2).
  else if (s.lmtp) lines.push(...accepted.map((r) => server(`250 2.0.0 <${r}> Ok: delivered as ${s.queueId}`)));
  else lines.push(server(`250 2.0.0 Ok: queued as ${s.queueId}`));
  return [...lines, ...quit()];
}
