// The model's shared vocabulary: small types every part of the model speaks, with no imports, so
// no file has to import a bigger module (and its imports) just to name a node, a text or a reply.

/** The recipient-side ids that a second or later destination domain repeats with a suffix. */
export type RecipientSideId =
  | 'recipient-mx'
  | 'recipient-mx2'
  | 'recipient-store'
  | 'recipient-imap'
  | 'recipient-pop3'
  | 'recipient-client'
  | `relay-${number}`;

/** Graph node ids: the public contract of DESIGN.md (`data-node` values), second edition included.
 *  The first destination domain keeps the plain ids; each further one uses `${base}@${domain}`. */
export type NodeId =
  | 'sender-client'
  | 'sender-msa'
  | 'sender-mta'
  | 'dns'
  | `relay-${number}`
  | 'recipient-mx'
  | 'recipient-store'
  | 'recipient-imap'
  | 'recipient-pop3'
  | 'recipient-client'
  | 'recipient-mx2'
  | 'sender-store'
  | 'sender-webmail'
  | `forwarder-${number}`
  | 'spoofer'
  | 'mitm'
  | `${RecipientSideId}@${string}`;

export type Mode = 'cross-domain' | 'same-domain';
export type Retrieval = 'imap' | 'pop3';
export type Outcome = 'delivered' | 'bounced' | 'rejected' | 'deferred' | 'quarantined';

/**
 * Text the model wants shown, as a message-catalogue key plus parameters, so the model
 * never holds English sentences and a new language is one catalogue file.
 */
export interface Text {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

/** The mailbox folders a message can be filed into. */
export type Folder = 'INBOX' | 'Junk';

/** An SMTP reply (RFC 5321 §4.2) with its enhanced status code (RFC 3463). */
export interface Reply {
  code: number;
  enhanced: string;
  text: string;
}

/** Why a message could not be delivered: an SMTP reply, or a DSN status with no SMTP session. */
export interface Failure {
  reply: Reply | null;
  status: string;
  /** Set when the sending MTA decided this itself (no remote server said it): why. */
  local?: 'nxdomain' | 'null-mx' | 'no-address' | 'tls-required' | 'servfail';
}

/** One MX record: a preference and a target host name; `.` is the null MX of RFC 7505. */
export interface MxRecord {
  preference: number;
  exchange: string;
}

/** SMTP's envelope (MAIL FROM / RCPT TO); an empty MAIL FROM is the null sender of a bounce. */
export interface Envelope {
  mailFrom: string;
  /** Every RCPT TO of the transaction, comma-separated (Bcc recipients included: they are envelope-only). */
  rcptTo: string;
  /** The same RCPT TO addresses as a list, in the order they were spoken. */
  rcpt: readonly string[];
}

export interface HeaderField {
  name: string;
  /** The value as written after "name: "; folded lines continue with CRLF + tab. */
  value: string;
}

/** Where a message is from its reader's point of view: on the server, on the laptop, on the phone. */
export interface MailboxState {
  /** Whose mailbox this is about: the recipient's, or the sender's when a bounce comes back. */
  owner: 'recipient' | 'sender';
  /** Whose mailbox it is, by name (the recipient's or, for a bounce, the sender's). */
  name: string;
  /** The mailbox store that holds it; empty when no mailbox exists (unknown user, no such domain, null MX). */
  store: string;
  /** The copy in the mailbox store: not there yet, unread, read, removed after POP3's QUIT, or
   *  `none` when the mailbox does not exist at all (an unknown user has no mailbox). */
  server: 'absent' | 'unread' | 'read' | 'removed' | 'none';
  folder: Folder;
  /** The reader's laptop, where the journey ends: shown from the server (IMAP) or downloaded (POP3). */
  laptop: 'none' | 'shown' | 'downloaded' | 'copy' | 'no-mailbox' | 'not-inbox';
  /** A second device reading the same mailbox: it sees the \Seen flag only with IMAP; `waiting`
   *  while nothing has arrived yet. */
  phone: 'none' | 'read' | 'unread' | 'waiting' | 'no-mailbox' | 'not-inbox';
}

/** `output` is what a tool prints (a mail queue listing), not anyone speaking a protocol. */
export type Speaker = 'client' | 'server' | 'note' | 'dns' | 'message' | 'output';

/** One line of a protocol dialogue, tagged so the view can explain commands and reply codes. */
export interface TranscriptLine {
  who: Speaker;
  /** The line as sent on the wire; empty for a commentary note. */
  text: string;
  /** Commentary between protocol lines (catalogue text), e.g. "the TLS handshake happens here". */
  note?: Text;
  /** The SMTP/LMTP reply code a server line starts with (RFC 5321 §4.2). */
  code?: number;
  /** The command word a client line starts with (EHLO, RCPT, FETCH, RETR…). */
  command?: string;
}

/** A prediction question asked before a step (checkpoints=1). */
export interface Checkpoint {
  /** Stable id, e.g. `next-server`; reported to the lesson page with the answer. */
  id: string;
  question: Text;
  choices: readonly Text[];
  correct: number;
  explanation: Text;
  /** What each choice gets as an answer, by index: why a wrong one is wrong (the right one's is the explanation). */
  feedback: readonly Text[];
}

/** The message as Alice composes it. */
export interface ComposedMessage {
  from: string;
  /** One address or several, comma-separated. */
  to: string;
  /** Comma-separated; may be empty. */
  cc: string;
  /** Comma-separated; may be empty. Envelope only: never in the delivered header (RFC 5322 §3.6.3). */
  bcc: string;
  subject: string;
  body: string;
}

/** Where Alice writes: a mail app on her device (SMTP submission), or webmail in a browser (HTTPS). */
export type Client = 'app' | 'webmail';
/** Submission port: 587 with STARTTLS (RFC 6409) or 465 with implicit TLS (RFC 8314 §3.3). */
export type SubmissionPort = 587 | 465;

/** The choices beside the message that shape the journey (configuration keys client, submission, keep). */
export interface SendSetup {
  client: Client;
  submission: SubmissionPort;
  /** POP3 "leave a copy on the server": the client tracks messages with UIDL and sends no DELE (RFC 1939 §7). */
  keep: boolean;
}

/** One recipient of the message and what became of it. */
export interface RecipientResult {
  address: string;
  field: 'to' | 'cc' | 'bcc';
  /** `rejected`: refused in a session with no bounce (at submission, or a spoof refused at the MX). */
  outcome: 'delivered' | 'bounced' | 'deferred' | 'quarantined' | 'rejected';
  /** The destination domain's branch key (see Step.branch); null for local delivery at the sender's provider. */
  branch: string | null;
  /** For an address that forwards to another organisation: where the forwarder sent it on. */
  forwardedTo?: string;
}
