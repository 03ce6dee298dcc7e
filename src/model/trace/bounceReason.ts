// Why a recipient failed, in the vocabulary of sisimai (the reference bounce parser), read from
// the diagnostic text first (servers write 5.0.0 and 5.7.1 for a dozen different reasons) and
// from the enhanced status code (RFC 3463) when the text says nothing telling.
import type { BounceReason } from './types';

/** Causes so specific that their words beat any status code (servers label them 5.0.0, 5.7.1 or worse). */
const FIRST: readonly [BounceReason, RegExp][] = [
  ['mailererror', /procmail|command (died|failed)|mail(er)? program|pipe to|\|\/|exit (code|status) \d/i],
  [
    'notcompliantrfc',
    /multiple addresses in from|not (rfc|RFC) ?5322 compliant|rfc ?5322|rfc ?2822|not compliant with rfc|duplicate (header|from)|missing (a )?(message-id|date) header/i,
  ],
  ['onhold', /\bon hold\b/i],
  [
    'rejected',
    /not (a )?member|domain of sender|sender (address )?(rejected|refused|denied|unknown|invalid|domain (does not|must) )|sender verif|envelope sender|bad sender|mail from.{0,60}(rejected|refused)|return path/i,
  ],
  ['virusdetected', /\bvirus|malware|infected|trojan/i],
  ['spamdetected', /\bspam\b|junk (mail|e-?mail)|bulk mail|unsolicited|content filter rejection/i],
  [
    'blocked',
    /use the smtp server of your isp|dynamic(ally assigned)? ip|dial-?up|residential|refused to talk to me|my name was rejected|helo (command )?rejected|(ip|client|host) (address )?(is )?(black|block)listed|blacklisted|listed (at|in|on|by) (an? )?(rbl|dnsbl|spamhaus|spamcop|block ?list|black ?list)/i,
  ],
  [
    'notaccept',
    /couldn'?t find a mail exchanger|no mail exchanger|does not accept (e-?)?mail|null mx|not accepting (e-?)?mail|accepts no mail/i,
  ],
  ['emailtoolarge', /line limit exceeded|message size exceeds|exceeds? (the )?(fixed |maximum )?(message )?size/i],
];

/** Phrases, checked in this order: the more specific causes come before the broad ones. */
const PHRASES: readonly [BounceReason, RegExp][] = [
  [
    'authfailure',
    /\b(spf|dkim|dmarc)\b|5\.7\.(2[346]|509)\b|authentication checks? (failed|did not pass)|unauthenticated (e-?mail|mail)|sender.{0,40}not authenticated/i,
  ],
  [
    'requireptr',
    /reverse (dns|lookup|hostname)|\bptr\b( record)?|\brdns\b|cannot find your (reverse )?hostname|(hostname|client) (does not|did not) resolve|no reverse/i,
  ],
  ['virusdetected', /\bvirus|malware|infected|trojan/i],
  [
    'spamdetected',
    /\bspam\b|junk (mail|e-?mail)|bulk mail|unsolicited|message (looks|seems) like|content filter rejection|scored? (too high|as)|blocked by .*(content|spam)/i,
  ],
  [
    'emailtoolarge',
    /message (size |file )?(is )?(too (large|big))|size (limit|exceeds)|exceeds? (the )?(maximum|fixed|allowed|size)|message length exceeds|too large|larger than (the )?(allowed|maximum)/i,
  ],
  [
    'mailboxfull',
    /mailbox (is |was )?full|over ?quota|quota (exceeded|full|violation)|exceed(ed|s)? (his|her|the|their)? ?(storage|quota|mailbox)|insufficient (disk )?space|mailbox size limit|user'?s? (mailbox|account) (is |has )?(over|full)|disk quota|maildir (over|full)|full mailbox|not enough (space|storage)/i,
  ],
  ['systemfull', /insufficient system (storage|resources)|(mail )?system (is )?full|disk full|out of (disk|storage)/i],
  ['hasmoved', /has moved|moved (to|permanently)|address (has )?changed|no longer (valid|in use|available|with)/i],
  [
    'suspend',
    /(account|mailbox|user|address|recipient)( \S+)? (has been |is |was )?(suspended|disabled|deactivated|inactive|locked|closed|frozen)|(suspended|disabled|inactive|deactivated) (account|mailbox|user)|mailbox (is )?(unavailable due|locked|closed|expired)|temporarily (blocked|unavailable) by the administrator/i,
  ],
  [
    'norelaying',
    /relay(ing)? (access )?(denied|not (permitted|allowed)|prohibited|disallowed)|(not|isn'?t) (permitted|allowed|authori[sz]ed) to relay|unable to relay|we do not relay|relay not|open relay/i,
  ],
  [
    'userunknown',
    /user (unknown|not found|doesn'?t exist|does not exist)|unknown (user|recipient|local[- ]part|address|mailbox)|no such (user|mailbox|recipient|person|address|account|local user)|recipient (address )?(rejected|unknown|not found|does not exist|invalid)|mailbox (unavailable|not found|does not exist|name not allowed|unknown)|(address|account|recipient|mailbox|user)( \S+)? does not exist|does not exist (here|on this)|invalid (recipient|mailbox|address|user)|not a (valid|known) (mailbox|user|recipient)|recipnotfound|wasn.?t found at|not found at the destination|addressee unknown|does not like recipient|unrouteable address|no mailbox (here|by that name)|account (does not exist|not found|unknown)|not our customer|bad destination mailbox|is not a valid|undeliverable address|unknown or illegal alias|user (account )?(is )?(invalid|unavailable)|not listed in (the )?(domino )?directory|unknown recipient|email account .* does not exist|no such/i,
  ],
  [
    'hostunknown',
    /host (or domain name )?not found|unknown host|no (mx|a|dns) (record|entry)|domain (name )?(does not exist|not found|unknown|is not valid)|name service error|unrouteable mail domain|host ?name lookup failed|\bnxdomain\b|no such (domain|host)|unknown domain|domain (has no|without) mail|invalid domain|mx lookup failed|dns (lookup|query) fail|host \S+ not found|all relevant mx records point to non-existent hosts/i,
  ],
  [
    'notaccept',
    /does not accept (e-?)?mail|null mx|not accepting (e-?)?mail|no mail (service|server)|accepts no mail|mail (is )?not accepted/i,
  ],
  [
    'toomanyconn',
    /too many (connections|sessions|simultaneous|concurrent)|connection (limit|rate)|rate limit|throttl/i,
  ],
  ['badreputation', /reputation|sender score|low score/i],
  [
    'blocked',
    /blocked|black ?list|block ?list|\brbl\b|spamhaus|spamcop|listed (at|in|on|by)|client host (\S+ )?rejected|access denied|not allowed to send|dnsbl|your ip|connection (rejected|refused) (by|from|due)|refused to talk|service unavailable.*(ip|client)|banned|denied by policy/i,
  ],
  [
    'rejected',
    /sender (address )?(rejected|refused|denied|unknown|invalid|domain)|domain of sender|sender verif|envelope sender|from address|bad sender|sender.{0,20}(not|isn'?t) allowed|mail from.{0,60}(rejected|refused)|return path|\brejected\b/i,
  ],
  ['policyviolation', /policy|violat|prohibited|not (permitted|allowed) by/i],
  [
    'securityerror',
    /\btls\b|certificate|encryption (is )?required|starttls|authentication (is )?required|must (issue|use) a starttls|security/i,
  ],
  ['contenterror', /content|mime|header (error|syntax|too)|illegal (attachment|character)|encoding|8-?bit/i],
  [
    'syntaxerror',
    /syntax error|command (unrecognized|not recognized)|bad (command|sequence)|line too long|improper command|not implemented|parameter/i,
  ],
  [
    'networkerror',
    /connection (refused|timed? ?out|reset|closed|lost|dropped)|network (is )?unreachable|no route to host|lost connection|timed? ?out|host (is )?unreachable|(could not|unable to|couldn'?t) connect|tls handshake|mail loop|too many hops/i,
  ],
  [
    'expired',
    /(retry|queue) (timeout|time(d)? (out|exceeded))|message expired|expired|could not be delivered for \d|delivery time|too long in (the )?queue|giving up|retry time not reached|exceeded the maximum (time|retry)|has not been delivered for/i,
  ],
  ['mailererror', /mailer|command (died|failed)|pipe to|program|procmail|exit (code|status)/i],
  [
    'systemerror',
    /system error|internal (server )?error|local (configuration )?error|configuration error|routing loop|loop detected|loop alert|duplicated message-id|server error|temporary (local )?problem|resources/i,
  ],
  [
    'filtered',
    /filter|refused by (the )?recipient|user refuses|delivery not authori[sz]ed|message (was )?rejected|rejected by|not authori[sz]ed/i,
  ],
];

/** RFC 3463 subject.detail → reason, for when the text says nothing telling. */
const CODES: Readonly<Record<string, BounceReason>> = {
  '1.0': 'userunknown',
  '1.1': 'userunknown',
  '1.2': 'hostunknown',
  '1.3': 'userunknown',
  '1.4': 'userunknown',
  '1.6': 'hasmoved',
  '1.7': 'rejected',
  '1.8': 'rejected',
  '1.10': 'notaccept',
  '2.0': 'filtered',
  '2.1': 'filtered',
  '2.2': 'mailboxfull',
  '2.3': 'emailtoolarge',
  '2.4': 'systemerror',
  '3.0': 'systemerror',
  '3.1': 'systemfull',
  '3.2': 'notaccept',
  '3.3': 'contenterror',
  '3.4': 'emailtoolarge',
  '3.5': 'systemerror',
  '4.0': 'networkerror',
  '4.1': 'networkerror',
  '4.2': 'networkerror',
  '4.3': 'systemerror',
  '4.4': 'hostunknown',
  '4.5': 'networkerror',
  '4.6': 'networkerror',
  '4.7': 'expired',
  '5.0': 'syntaxerror',
  '5.1': 'syntaxerror',
  '5.2': 'syntaxerror',
  '5.3': 'toomanyconn',
  '5.4': 'syntaxerror',
  '5.5': 'syntaxerror',
  '6.0': 'contenterror',
  '6.1': 'contenterror',
  '6.2': 'contenterror',
  '6.3': 'contenterror',
  '6.4': 'contenterror',
  '6.5': 'contenterror',
  '7.0': 'securityerror',
  '7.1': 'blocked',
  '7.2': 'filtered',
  '7.3': 'securityerror',
  '7.4': 'securityerror',
  '7.5': 'securityerror',
  '7.6': 'securityerror',
  '7.7': 'securityerror',
  '7.8': 'securityerror',
  '7.9': 'policyviolation',
  '7.13': 'suspend',
  '7.23': 'authfailure',
  '7.24': 'authfailure',
  '7.25': 'requireptr',
  '7.26': 'authfailure',
  '7.27': 'notaccept',
};

/** Codes that name one cause so precisely that a broad phrase in the text does not overrule them. */
const PRECISE = new Set([
  '1.1',
  '1.2',
  '1.6',
  '1.8',
  '2.2',
  '6.0',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '2.3',
  '3.4',
  '4.7',
  '7.13',
  '7.25',
  '7.26',
  '7.27',
]);

/** The enhanced status code in a text: `5.1.1`, `#5.1.1`, `(#5.5.0)`. */
export function statusIn(text: string): string | null {
  // The code right after a reply code is the server's own (`550-5.7.1`, `550 '5.7.1`); others may be the reporter's summary.
  const replied = /\b[245]\d\d[- ]'?([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(text)?.[1];
  if (replied) return replied;
  return /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(text)?.[1] ?? null;
}

/** The SMTP reply code at the start of a diagnostic or after "said:". */
export function replyCodeIn(text: string): string | null {
  return /(?:^|[\s:;(#])([245][0-5]\d)(?=[\s-]|$)/.exec(text)?.[1] ?? null;
}

/** SMTP reply codes that say why on their own (RFC 5321 §4.2.3): the command itself was wrong. */
const SYNTAX_REPLIES = /^50[0-4]$/;

export function reasonOf(diagnostic: string, status: string | null, action: string): BounceReason {
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'delivered';
  const first = FIRST.find(([, re]) => re.test(diagnostic));
  if (first) return first[0];
  const detail = status?.split('.').slice(1).join('.') ?? '';
  if (status && PRECISE.has(detail) && CODES[detail]) return CODES[detail];
  const found = PHRASES.find(([, re]) => re.test(diagnostic));
  if (found) return found[0];
  if (status && CODES[detail]) return CODES[detail];
  if (SYNTAX_REPLIES.test(replyCodeIn(diagnostic) ?? '')) return 'syntaxerror';
  if (action === 'delayed') return 'expired';
  return 'undefined';
}

/** Permanent (hard: the address or domain is wrong), temporary (soft) or a refusal by policy. */
export function severityOf(reason: BounceReason, status: string | null): 'hard' | 'soft' | 'policy' {
  if (['userunknown', 'hostunknown', 'hasmoved', 'notaccept'].includes(reason)) return 'hard';
  if (
    [
      'blocked',
      'spamdetected',
      'virusdetected',
      'policyviolation',
      'authfailure',
      'requireptr',
      'badreputation',
      'rejected',
      'filtered',
      'norelaying',
      'securityerror',
      'contenterror',
    ].includes(reason)
  )
    return 'policy';
  if (status?.startsWith('5') && reason === 'undefined') return 'hard';
  return 'soft';
}
