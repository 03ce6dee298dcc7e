// Reading mail: the IMAP session of email-facts.md §2d and the POP3 session of §2e.
import { octets } from '../mail/rfc5322';
import { client, note, server, type TranscriptLine } from './types';

export interface AccessSession {
  host: string;
  user: string;
  folder: 'INBOX' | 'Junk';
  /** POP3 "leave a copy on the server": UIDL to know what was fetched before, no DELE (RFC 1939 §7). */
  keep?: boolean;
  /** Every line of the stored message, for literal sizes. */
  messageLines: readonly string[];
}

/** The reader already has three older messages in the inbox and none in Junk; ours arrives as number 4
 *  in the inbox or 1 in Junk (IMAP), or number 2 in the POP3 maildrop. Each folder has its own
 *  UIDVALIDITY (RFC 9051 §2.3.1.1). */
const IMAP_NUMBER = 4;
const numberIn = (folder: AccessSession['folder']) => (folder === 'Junk' ? 1 : IMAP_NUMBER);
const UIDVALIDITY = { INBOX: 1736840000, Junk: 1736840001 } as const;
const POP3_OLDER_OCTETS = 1754;

/** LOGIN and SELECT; with `idle` the app selects before the message arrives and waits in IDLE. */
export function imapLogin(s: AccessSession, idle = false): TranscriptLine[] {
  const exists = idle ? numberIn(s.folder) - 1 : numberIn(s.folder);
  return [
    server(`* OK [CAPABILITY IMAP4rev1 IMAP4rev2 AUTH=PLAIN IDLE] ${s.host} ready`),
    client(`a1 LOGIN ${s.user} "s3cret"`),
    server('a1 OK LOGIN completed'),
    client(`a2 SELECT ${s.folder}`),
    server(`* ${exists} EXISTS`),
    server('* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)'),
    server('* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted'),
    server(`* OK [UIDVALIDITY ${UIDVALIDITY[s.folder]}] UIDs valid`),
    server(`* OK [UIDNEXT ${exists + 1}] Predicted next UID`),
    server('a2 OK [READ-WRITE] SELECT completed'),
    ...(idle ? [client('a3 IDLE'), server('+ idling'), note('note.imap.idle')] : []),
  ];
}

/** The IDLE notice: the server announces the new message's number, nothing of its content (RFC 2177). */
export function imapNotice(): TranscriptLine[] {
  return [server(`* ${IMAP_NUMBER} EXISTS`), client('DONE'), server('a3 OK IDLE terminated')];
}

/** The app asks for the announced message (its header fields first). */
export function imapFetchRequest(): TranscriptLine[] {
  return [client(`a4 FETCH ${IMAP_NUMBER} (FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])`)];
}

/** The FETCH exchange (tags after a3 when the app was idling) and LOGOUT, tags counting on without a gap. */
export function imapRead(s: AccessSession, idle = false): TranscriptLine[] {
  const [first, second, last] = idle ? ['a4', 'a5', 'a6'] : ['a3', 'a4', 'a5'];
  const blank = s.messageLines.indexOf('');
  const head = s.messageLines.slice(0, blank < 0 ? s.messageLines.length : blank);
  const wanted = head.filter((l) => /^(From|Subject|Date):/i.test(l));
  // The literal counts the octets of those header lines and the blank line, CRLFs included.
  const literal = octets([...wanted, '']);
  const n = numberIn(s.folder);
  return [
    client(`${first} FETCH ${n} (FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])`),
    server(`* ${n} FETCH (FLAGS () BODY[HEADER.FIELDS (FROM SUBJECT DATE)] {${literal}}`),
    ...wanted.map(server),
    server(''),
    server(')'),
    server(`${first} OK FETCH completed`),
    client(`${second} FETCH ${n} BODY[]`),
    note('note.imap.seen'),
    server(`* ${n} FETCH (FLAGS (\\Seen) BODY[] {${octets(s.messageLines)}}`),
    note('note.literal', { octets: octets(s.messageLines) }),
    server(')'),
    server(`${second} OK FETCH completed`),
    client(`${last} LOGOUT`),
    server(`* BYE ${s.host} logging out`),
    server(`${last} OK LOGOUT completed`),
  ];
}

export function pop3Login(s: AccessSession): TranscriptLine[] {
  const size = octets(s.messageLines);
  const count = s.folder === 'INBOX' ? 2 : 1;
  const total = POP3_OLDER_OCTETS + (s.folder === 'INBOX' ? size : 0);
  return [
    server('+OK POP3 server ready'),
    client(`USER ${s.user}`),
    server('+OK'),
    client('PASS s3cret'),
    server(`+OK maildrop has ${count} messages (${total} octets)`),
    client('STAT'),
    server(`+OK ${count} ${total}`),
    ...(s.keep
      ? [
          // Unique ids (RFC 1939 §7): the app remembers which it already downloaded and keeps them on the server.
          client('UIDL'),
          server('+OK'),
          server('1 whqtswO00WBw418f9t5JxYwZ'),
          ...(count === 2 ? [server('2 QhdPYR:00WBw1Ph7x7')] : []),
          server('.'),
          note('note.pop3.uidl'),
        ]
      : []),
  ];
}

/** The app files its copy of what it sent in the Sent folder on the server (RFC 9051 §6.3.12; UIDPLUS RFC 4315). */
export function imapAppendSent(s: AccessSession): TranscriptLine[] {
  const size = octets(s.messageLines);
  return [
    note('note.imap.appendSession', { host: s.host }),
    client(`A005 APPEND "Sent" (\\Seen) {${size}}`),
    server('+ Ready for literal data'),
    note('note.literal', { octets: size }),
    server('A005 OK [APPENDUID 1700000000 57] Append completed.'),
  ];
}

export function pop3Read(s: AccessSession): TranscriptLine[] {
  if (s.folder !== 'INBOX') return [note('note.pop3.inboxOnly'), client('QUIT'), server('+OK Bye')];
  return [
    client('RETR 2'),
    server(`+OK ${octets(s.messageLines)} octets`),
    note('note.literal', { octets: octets(s.messageLines) }),
    server('.'),
    ...(s.keep
      ? [note('note.pop3.keep')]
      : [client('DELE 2'), server('+OK message 2 deleted'), note('note.pop3.dele')]),
    client('QUIT'),
    server('+OK Bye'),
    // Only a marked message is removed at QUIT; with "leave a copy" nothing was marked.
    ...(s.keep ? [] : [note('note.pop3.update')]),
  ];
}
