// What reading a real email's header yields: parsed Received fields, hops with delays, verdicts.
import type { Text } from '../words/types';

/** A moment read from a header date: UTC epoch seconds, and the offset the server wrote. */
export interface MailDate {
  epochSeconds: number;
  /** Minutes east of UTC as written (+0100 → 60); 0 when the zone was a name or missing. */
  offsetMinutes: number;
  /** False when the date named no zone or an unknown one, so UTC was assumed. */
  zoneKnown: boolean;
}

/** Whether a hop's connection was encrypted, as far as its Received line tells. */
export type Tls = 'yes' | 'no' | 'unknown' | 'local';

/** What kind of hand-over the `with` clause names. */
export type HandOver = 'smtp' | 'lmtp' | 'http' | 'local' | 'other' | 'none';

/** One Received field taken apart (RFC 5321 §4.4; email-facts §4). Absent clauses are null. */
export interface ReceivedFields {
  /** The name the sending host gave in EHLO/HELO (or the first word of the from clause). */
  helo: string | null;
  /** The sending host's reverse-DNS name, as the receiving server looked it up. */
  rdns: string | null;
  /** The sending host's IP address (IPv4 or IPv6), from the TCP connection. */
  ip: string | null;
  /** The receiving host: the server that wrote this line. */
  by: string | null;
  via: string | null;
  /** The `with` protocol as written (ESMTPS, LMTP, HTTP, Microsoft SMTP Server, …). */
  with: string | null;
  handOver: HandOver;
  tls: Tls;
  /** The sender logged in (ESMTPA, ESMTPSA, Authenticated sender, …). */
  authenticated: boolean;
  id: string | null;
  for: string | null;
  /** The mail software, when the line names it (Postfix, Exim, Sendmail, qmail, Microsoft Exchange). */
  software: string | null;
  date: MailDate | null;
  /** The date text after the last `;`, as written. */
  dateText: string | null;
  /** Words the parser could not place in any clause, so the learner sees what was skipped. */
  unparsed: string | null;
}

/** A parsed verdict of one method in Authentication-Results (RFC 8601). */
export interface Verdict {
  method: 'spf' | 'dkim' | 'dmarc';
  result: string;
  /** The identity it was about: smtp.mailfrom, header.d or header.from. */
  about: string | null;
}

export interface AuthResults {
  /** The server (ADMD) that wrote the verdicts: the authserv-id. */
  authservId: string;
  verdicts: Verdict[];
  /** Position among the message's Authentication-Results fields, 1 = topmost. */
  position: number;
  /**
   * Written by the receiving organisation (the only one to trust): its authserv-id names that
   * organisation, or it names none and lies above that organisation's first Received line.
   */
  fromReceiver: boolean;
  /** How many fields of that server were merged into these verdicts (Fastmail writes one per method). */
  fields: number;
  /** How many other Authentication-Results fields the header holds (written by others). */
  others: number;
  raw: string;
}

/**
 * `negative`: earlier than the previous hop by more than a few seconds, a server clock is wrong;
 * `implausible`: more than a week for one hop; `slight`: a step back of a few seconds, two clocks a
 * little apart; `date`: the Date: header (the sender's device) is later than the first hop.
 */
export type Skew = 'negative' | 'implausible' | 'slight' | 'date' | null;

/** `refused`: a server the returned original reached and that refused it (drawn from a bounce, not a Received line). */
export type HopRole = 'webmail' | 'submission' | 'local' | 'border' | 'internal' | 'filter' | 'delivery' | 'refused';

/** One hand-over of the message, oldest first: the server `by` took it from `from`. */
export interface Hop {
  /** 1 for the oldest hop. */
  number: number;
  /** Which Received field it came from, counting from the top of the header (1 = newest). */
  line: number;
  totalLines: number;
  fields: ReceivedFields;
  /** Display name of the sending side and of the receiving server. */
  fromHost: string;
  byHost: string;
  /** Organisation (registrable domain) of each side, when one can be told. */
  fromOrg: string | null;
  byOrg: string | null;
  role: HopRole;
  /** Seconds since the previous dated moment (or Date:); null when a date is missing. */
  delaySeconds: number | null;
  /** What the delay is counted from: the Date: header (first dated hop) or an earlier hop. */
  delayFrom: 'date' | 'hop' | null;
  /** How the times disagree, if they do (the delay is then shown as 0). */
  skew: Skew;
  /** Written before the message reached the receiving organisation: a claim that could be forged. */
  upstream: boolean;
  /** The first hop of a second (newer) journey in the same header: a resent or forwarded copy. */
  journeyStart: boolean;
  /** The line holds invisible or bidi control characters (U+202E…): no server writes those, a forger does. */
  forged: boolean;
  /** A name on this line disguised as another (Cyrillic `о`, full-width dots), its odd letters as `<U+043E>` codes. */
  lookalike: string | null;
  /** Plain-words caption of what this server did. */
  caption: Text;
  /** Further remarks: TLS, login, HELO vs reverse DNS, skew, trust. */
  notes: Text[];
  raw: string;
}

/** The refusal at the end of a returned original's route: which hop, for whom, and the server's codes. */
export interface Refusal {
  /** Index into the route's hops of the refusing server's hop. */
  hop: number;
  address: string;
  /** Enhanced status code (RFC 3463), when the report gives one. */
  status: string | null;
  /** The SMTP reply code (550, 552, …) when the server's words quote one. */
  code: number | null;
  reason: BounceReason;
}

/** A line of the pasted text that was not part of any header field. */
export interface StrayLine {
  lineNumber: number;
  text: string;
}

export interface Trace {
  hops: Hop[];
  /** The Date: header, t(0) of the delays. */
  sent: MailDate | null;
  subject: string | null;
  from: string | null;
  to: string | null;
  /** Seconds from Date: (or the first dated hop) to the last dated hop. */
  totalSeconds: number | null;
  /** The organisation the message was delivered into (of the newest hop). */
  receivingOrg: string | null;
  auth: AuthResults | null;
  /** What the message is as reports go (a bounce, an auto-reply, a feedback report), when it is one. */
  report: Report | null;
  /** How many journeys the header holds (a resent or forwarded copy keeps the older one's lines). */
  journeys: number;
  /** Every verdict the header records, grouped by the server that wrote it, at that server's hop. */
  verdicts: WriterVerdicts[];
  /** The first lines that were not header fields (a few dozen); `strayCount` counts them all. */
  stray: StrayLine[];
  strayCount: number;
  /** The first words of the body, when the message came from an Outlook .msg file. */
  bodyStart?: string | null;
  /** Where the route ended in a refusal: only on the returned original's route read from a bounce. */
  refusal?: Refusal | null;
  /** The returned original's route up to the refusing server, when the pasted bounce carries its header. */
  returned?: Trace | null;
  /** Things the reader should know about the input as a whole. */
  remarks: Text[];
}

/** What reading a paste or a file gives: a trace, or a friendly reason why there is none. */
export type TraceResult = { ok: true; trace: Trace } | { ok: false; problem: Text };

/**
 * Why a recipient failed, in the taxonomy of sisimai, the reference bounce parser (its v5 names:
 * `emailtoolarge` was `mesgtoobig`, `authfailure` and `requireptr` split from `rejected`/`blocked`).
 */
export type BounceReason =
  | 'userunknown'
  | 'hostunknown'
  | 'mailboxfull'
  | 'emailtoolarge'
  | 'filtered'
  | 'rejected'
  | 'blocked'
  | 'spamdetected'
  | 'virusdetected'
  | 'policyviolation'
  | 'authfailure'
  | 'requireptr'
  | 'badreputation'
  | 'expired'
  | 'suspend'
  | 'norelaying'
  | 'securityerror'
  | 'systemerror'
  | 'systemfull'
  | 'networkerror'
  | 'toomanyconn'
  | 'notaccept'
  | 'contenterror'
  | 'exceedlimit'
  | 'notcompliantrfc'
  | 'onhold'
  | 'hasmoved'
  | 'mailererror'
  | 'syntaxerror'
  | 'delivered'
  | 'undefined';

/** RFC 3464 §2.3.3: what the reporting server did for this recipient. */
export type BounceAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

export interface BounceRecipient {
  address: string;
  action: BounceAction;
  /** Enhanced status code D.S.N (RFC 3463), when the report gives or quotes one. */
  status: string | null;
  /** The server that refused, when the report names it. */
  remoteMta: string | null;
  /** The refusal as the server wrote it (Diagnostic-Code, or the text bounce's own words). */
  diagnostic: string | null;
  reason: BounceReason;
}

/** A delivery status notification (RFC 3464) or a mail system's own text bounce, read. */
export interface Bounce {
  /** The server that wrote the report (Reporting-MTA, else the MAILER-DAEMON's host). */
  reportingMta: string | null;
  /** When the original reached the reporting server (Arrival-Date), as written. */
  arrivalDate: string | null;
  recipients: BounceRecipient[];
  /** The returned original's header, when the report carries it. */
  original: { headers: string } | null;
  /** Which form the report has: a standard multipart/report, or a known mail system's text. */
  format: 'rfc3464' | 'text';
}

/** What a pasted message is, as reports go: a bounce, an auto-reply, an abuse report, or ordinary mail. */
export type Report =
  | { kind: 'bounce'; bounce: Bounce }
  | { kind: 'autoReply'; from: string | null; subject: string | null }
  | { kind: 'feedback'; feedbackType: string | null; sourceIp: string | null; reportedBy: string | null }
  | { kind: 'mail' };

/** One SPF check as a server recorded it (RFC 7208): the domain is the envelope sender's (or HELO's). */
export interface SpfCheck {
  kind: 'spf';
  result: string;
  domain: string | null;
  clientIp: string | null;
  source: string;
}

/** One DKIM signature checked (RFC 6376): the signing domain, its selector and the outcome. */
export interface DkimCheck {
  kind: 'dkim';
  result: string;
  domain: string | null;
  selector: string | null;
  source: string;
}

/** How one authenticated domain compares with the From: domain (RFC 7489 §3.1). */
export interface Alignment {
  /** `spf` or `dkim` (with its d=). */
  method: 'spf' | 'dkim';
  domain: string;
  /** The method itself passed for that domain. */
  passed: boolean;
  /** Same organisational domain (relaxed) or the very same name (strict), as the mode asks. */
  aligned: boolean;
}

export interface DmarcCheck {
  kind: 'dmarc';
  result: string;
  fromDomain: string | null;
  /** Relaxed unless the receiver recorded strict (adkim=s / aspf=s); relaxed is DMARC's default. */
  mode: 'relaxed' | 'strict';
  alignments: Alignment[];
  /** The policy the From: domain publishes (p=), when the receiver recorded it. */
  policy: string | null;
  /** What the receiver did (dis=, Microsoft's action=), when recorded. */
  disposition: string | null;
  source: string;
}

/** One ARC set (RFC 8617): who sealed it, the chain validation it saw (cv=), what it vouched for. */
export interface ArcInstance {
  instance: number;
  sealer: string | null;
  cv: string | null;
  /** The authentication results the sealer recorded (ARC-Authentication-Results), as method=result words. */
  vouched: string[];
}

export interface ArcChain {
  kind: 'arc';
  instances: ArcInstance[];
  /** Numbered 1…n without a gap, i=1 with cv=none, each later one with cv=pass. */
  intact: boolean;
  /** The receiver's own arc= result, when it recorded one. */
  result: string | null;
  source: string;
}

/** One spam-filter code decoded: its name as written, its value, and the meaning in plain words. */
export interface SpamCode {
  name: string;
  value: string;
  meaning: Text;
}

export interface SpamVerdict {
  kind: 'spam';
  filter: 'microsoft' | 'spamassassin' | 'rspamd';
  codes: SpamCode[];
  /** The filter's own judgement: spam (true), not spam (false), or not said (null). */
  spam: boolean | null;
  /** The folder the receiver filed the message in, when a header records it. */
  folder: 'inbox' | 'junk' | null;
  source: string;
}

export type VerdictItem = SpfCheck | DkimCheck | DmarcCheck | ArcChain | SpamVerdict;

/** The verdicts one server wrote, drawn at that server's hop. */
export interface WriterVerdicts {
  /** The server as the header names it (authserv-id, ARC sealer, or the hop's receiving host). */
  writer: string;
  /** The hop (1 = oldest) whose receiving server wrote them; null when the header does not tell. */
  hop: number | null;
  /** Written by the receiving organisation after the message reached it: the only ones to believe. */
  trusted: boolean;
  items: VerdictItem[];
}
