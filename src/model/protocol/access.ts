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

/**
 * What each folder held before our message: the inbox three older messages (UIDs 1-3, the third not
 * yet read), Junk none. Ours arrives as number 4 in the inbox or 1 in Junk (IMAP), or number 2 in
 * the POP3 maildrop. Each folder has its own UIDVALIDITY (RFC 9051 §2.3.1.1).
 */
const FOLDERS = {
  INBOX: { older: 3, firstUnseen: 3, validity: 1736840000 },
  Junk: { older: 0, firstUnseen: null, validity: 1736840001 },
} as const;
const numberIn = (folder: AccessSession['folder']) => FOLDERS[folder].older + 1;
const POP3_OLDER_OCTETS = 1754;

/** The app's session, when it logged in before the message arrived and waits in IDLE. */
export interface Idling {
  /** Wall-clock time it logged in, e.g. `10:27:40`. */
  since: string;
  /** The sender, who had not yet pressed Send then. */
  sender: string;
}

/**
 * SELECT as a server answers a client that did not ENABLE IMAP4rev2: the IMAP4rev1 form, with
 * RECENT and the first unseen message (RFC 3501 §6.3.1; RFC 9051 §6.3.2 drops both for rev2).
 * `arrived`: whether our message is already in the folder.
 */
function select(folder: AccessSession['folder'], arrived: boolean): TranscriptLine[] {
  const { older, firstUnseen, validity } = FOLDERS[folder];
  const exists = arrived ? older + 1 : older;
  const unseen = firstUnseen ?? (arrived ? exists : null);
  return [
    client(`a2 SELECT ${folder}`),
    server(`* ${exists} EXISTS`),
    // Recent: new since the last session; only our message can be, and only once it is there.
    server(`* ${arrived ? 1 : 0} RECENT`),
    ...(unseen === null ? [] : [server(`* OK [UNSEEN ${unseen}] Message ${unseen} is first unseen`)]),
    server(`* OK [UIDVALIDITY ${validity}] UIDs valid`),
    server(`* OK [UIDNEXT ${exists + 1}] Predicted next UID`),
    server('* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)'),
    server('* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted'),
    server('a2 OK [READ-WRITE] SELECT completed'),
  ];
}

/**
 * LOGIN and SELECT. With `idling` the session is the one the app opened before the message was
 * sent: it saw the folder without our message and has waited in IDLE since (RFC 2177).
 */
export function imapLogin(s: AccessSession, idling: Idling | null = null): TranscriptLine[] {
  return [
    ...(idling ? [note('note.imap.earlier', { time: idling.since, sender: idling.sender })] : []),
    server(`* OK [CAPABILITY IMAP4rev1 IMAP4rev2 AUTH=PLAIN IDLE] ${s.host} ready`),
    client(`a1 LOGIN ${s.user} "s3cret"`),
    server('a1 OK LOGIN completed'),
    ...select(s.folder, !idling),
    ...(idling ? [client('a3 IDLE'), server('+ idling'), note('note.imap.idle', { time: idling.since })] : []),
  ];
}

/**
 * The IDLE notice at `time`, when the message is filed: the server announces the new message's
 * number (and, to a rev1 client, that it is recent), nothing of its content (RFC 2177).
 */
export function imapNotice(time: string): TranscriptLine[] {
  const n = numberIn('INBOX');
  return [
    note('note.imap.announce', { time }),
    server(`* ${n} EXISTS`),
    server('* 1 RECENT'),
    client('DONE'),
    server('a3 OK IDLE terminated'),
  ];
}

/** The app asks for the announced message (its header fields first). */
export function imapFetchRequest(): TranscriptLine[] {
  return [client(`a4 FETCH ${numberIn('INBOX')} (FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])`)];
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
  // A rev1 session sees the new message as \Recent; BODY.PEEK leaves \Seen unset, BODY[] sets it.
  return [
    client(`${first} FETCH ${n} (FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])`),
    server(`* ${n} FETCH (FLAGS (\\Recent) BODY[HEADER.FIELDS (FROM SUBJECT DATE)] {${literal}}`),
    ...wanted.map(server),
    server(''),
    server(')'),
    server(`${first} OK FETCH completed`),
    client(`${second} FETCH ${n} BODY[]`),
    note('note.imap.seen'),
    server(`* ${n} FETCH (FLAGS (\\Seen \\Recent) BODY[] {${octets(s.messageLines)}}`),
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
