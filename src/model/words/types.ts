// The plan and its steps as the store and views see them, built from the vocabulary (vocabulary.ts).

import type {
  Checkpoint,
  Envelope,
  HeaderField,
  MailboxState,
  NodeId,
  Outcome,
  RecipientResult,
  Text,
  TranscriptLine,
} from './vocabulary';

export type {
  Checkpoint,
  Client,
  Envelope,
  Failure,
  Folder,
  HeaderField,
  MailboxState,
  Mode,
  MxRecord,
  NodeId,
  Outcome,
  RecipientResult,
  RecipientSideId,
  Reply,
  Retrieval,
  SendSetup,
  Speaker,
  SubmissionPort,
  Text,
  TranscriptLine,
} from './vocabulary';

/** Which side of the picture a node belongs to; the view groups nodes into zones by it. */
export type Zone = 'sender-device' | 'sender-provider' | 'internet' | 'recipient-provider' | 'recipient-device';

export interface GraphNode {
  id: NodeId;
  zone: Zone;
  /** What the node is, in plain words (catalogue key). */
  title: Text;
  /** The host name or device it stands for, e.g. smtp.example.com. */
  host: string;
  /** `browser`: Alice writing in webmail, drawn as a browser window, not a mail app. `attacker`: the
   *  spoofer and the man in the middle, drawn unlike any honest server. */
  kind: 'client' | 'browser' | 'server' | 'dns' | 'store' | 'filter' | 'attacker';
  /** On recipient-side nodes: the destination domain they belong to (see Plan.branches); null for
   *  the reader of a local recipient. Absent on the sender's side. */
  branch?: string | null;
  /** On the recipient's MX: the recursive resolver it asks for its own checks (PTR, SPF, DKIM, DMARC),
   *  its provider's, not the sender's (email-facts §8): its host name and the domain it serves. */
  resolver?: { host: string; domain: string };
}

/**
 * One hop or action of the journey: what moves from where to where, over which protocol,
 * and what a learner is told about it.
 */
export interface Step extends StepPicture {
  index: number;
  /** Stable id of the kind of step, e.g. `submit`, `dns-mx`, `relay`. */
  id: string;
  from: NodeId;
  to: NodeId;
  /** `local`: work inside one node; `hop`: the message moves; `lookup`: a question and its answer. */
  kind: 'local' | 'hop' | 'lookup';
  protocol: string;
  port: number | null;
  /** Encryption on the hop, e.g. `STARTTLS`, `TLS`; null when none or not applicable. */
  security: string | null;
  caption: Text;
  /** What this would take on the real Internet, in milliseconds. */
  simulatedMs: number;
  /** Simulated Internet time (epoch seconds) when the step starts and ends. */
  startsAt: number;
  endsAt: number;
  /** The protocol dialogue of this step, line by line. */
  transcript: readonly TranscriptLine[];
  /** The message header as it stands after this step (newest field first). */
  headers: readonly HeaderField[];
  /** SMTP's envelope (MAIL FROM / RCPT TO) once there is one. */
  envelope: Envelope | null;
  mailbox: MailboxState;
  /** A common mix-up this step puts right, or null. */
  myth: Text | null;
  /** A prediction question to ask before this step plays (checkpoints=1), or null. */
  checkpoint: Checkpoint | null;
  /** Which destination this step belongs to (its domain, a key of Plan.branches); null on the shared
   *  trunk (compose, submission, hand-off, Sent copy, bounce) and for local delivery. */
  branch: string | null;
  /** In a journey to several recipients: whose mailbox this step files into or reads from (a name),
   *  so the timeline can tell Bob's delivery from Carol's. Absent with one recipient. */
  whose?: string;
  /** The RCPT TO addresses spoken in this step (SMTP or LMTP), in order; empty when none. */
  rcpt: readonly string[];
  /** The reply code of each RCPT TO refused in this step while the session went on for the others. */
  rcptCodes?: Readonly<Record<string, number>>;
}

/** How one drawn attempt ended: DESIGN.md's `data-result` values. */
export type AttemptResult = 'accepted' | 'refused' | 'no-answer' | 'deferred' | 'request' | 'response';

/** What the moving token is, so the picture can draw it differently. */
export type Token =
  | 'message' // the email itself
  | 'bounce' // a DSN: a new message from MAILER-DAEMON
  | 'question' // a DNS question or an IMAP/POP3 request
  | 'answer' // a DNS answer (or a server's reply travelling back)
  | 'credentials' // AUTH at submission
  | 'notice' // IMAP IDLE "new mail" notice (no message content)
  | 'report'; // a DMARC aggregate or TLS report: a message of its own

/** A DNS question and its answer as short plain text for bubbles ("MX of example.org?" / "mx1 (10), mx2 (20)"). */
export interface DnsBubble {
  question: Text;
  answer: Text;
}

/** The receiving server's own checks, drawn as badges at the MX. */
export interface Verdict {
  check: 'ptr' | 'spf' | 'dkim' | 'dmarc';
  /** The check's own result, as the MX's Authentication-Results says it. */
  pass: boolean;
  /** False on a pass for a domain that does not align with From: (SRS, a forger's own d=), which gives
   *  DMARC nothing; true on a pass that aligns, where the badge says so. */
  aligned?: boolean;
  /** The result word when it is neither pass nor fail (softfail, neutral, none, permerror), or a DMARC
   *  disposition (quarantine, reject) that the badge spells out. */
  result?: string;
}

/** What the picture draws for a step, beyond its route (the second edition of the contract). */
export interface StepPicture {
  /** How this step's attempt ended; null for a step inside one node (compose, queue wait). */
  result: AttemptResult | null;
  /** The reply code the picture shows on a refusal or deferral (550, 535, 451, 552, 554, 556), else null. */
  code: number | null;
  /** For a step where the message waits in a queue: the waiting time as catalogue text, else null. */
  wait: Text | null;
  /** Which mailbox folder a store step files into; null on other steps. */
  folder: 'inbox' | 'junk' | 'sent' | null;
  token: Token;
  /** For DNS look-ups (the sender MTA's and the receiving MX's own), the bubbles; else null. */
  dns: DnsBubble | null;
  /** On the MX look-up when the recipient domain publishes MTA-STS: the policy the sending MTA looked
   *  up (`_mta-sts` TXT) and fetched over HTTPS, drawn as a second question and answer; else absent. */
  policy?: DnsBubble;
  /** Verdict badges this step adds at its node (e.g. the MX's SPF/DKIM/DMARC checks); empty when none. */
  verdicts: readonly Verdict[];
  /** On an SMTP step between two servers: whether what it carries is encrypted (`tls`) or readable
   *  on the wire (`plain`); null on other steps (DESIGN.md's `data-tls`). */
  tls: 'tls' | 'plain' | null;
  /** On the MX's last check: the results as its Authentication-Results writes them,
   *  `spf=…;dkim=…;dmarc=…` (DESIGN.md's `data-auth`); else null. */
  auth: string | null;
  /** A man in the middle keeps a readable copy of what this step carries (plaintext on the wire). */
  intercepted: boolean;
}

export interface GraphEdge {
  /** `FROM->TO`, the `data-edge` value of DESIGN.md. */
  id: string;
  from: NodeId;
  to: NodeId;
  /** An SMTP line between two servers: `plain` when any step on it crossed unencrypted, else `tls`
   *  (DESIGN.md's `data-tls`); absent for other lines (a client's, DNS, access, LMTP, internal hops). */
  tls?: 'tls' | 'plain';
}

export interface Plan {
  steps: readonly Step[];
  /** Whether steps carry protocol detail (transcript, header, envelope, mailbox); see detail.ts. */
  detailed: boolean;
  outcome: Outcome;
  /** Why the journey ended as it did (catalogue key), shown when it finishes. */
  summary: Text;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  zoneLabels: Readonly<Partial<Record<Zone, Text>>>;
  /** When DNS says the recipient domain takes no mail: the verdict drawn in place of the recipient
   *  servers ({key: 'verdict.nxdomain'} / {key: 'verdict.null-mx'}), else null. */
  recipientVerdict: Text | null;
  /** Every recipient (To, Cc, Bcc) and what became of it, in the order typed. */
  recipients: readonly RecipientResult[];
  /** Destination domains in drawing order: one per SMTP session the sending MTA opens; local
   *  delivery is not a branch. The first uses the plain node ids, the others `${id}@${domain}`. */
  branches: readonly string[];
}
