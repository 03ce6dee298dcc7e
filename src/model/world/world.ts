// The simulated world: its providers, people and hosts (fixed), and the `World` record of what DNS
// and every server answer (data: presets and the learner's edits change it, see edits.ts).
// All names and addresses come from the documentation ranges (RFC 2606, RFC 5737, RFC 3849).
import { DIRECTORY, type Person } from '../message/directory';
import type { MxRecord } from '../words/vocabulary';

export type { MxRecord } from '../words/vocabulary';

export interface Host {
  name: string;
  ipv4: string;
  ipv6?: string;
}

export type { Person } from '../message/directory';
export { isSimulatedDomain, personAt } from '../message/directory';

export interface Provider {
  domain: string;
  people: readonly Person[];
  msa: Host;
  outboundMta: Host;
  filter: Host;
  store: Host;
  imap: Host;
  pop3: Host;
  /** The web front end (webmail) Alice's browser speaks HTTPS to. */
  webmail: Host;
}

export type DnsRecord =
  | { name: string; type: 'MX'; ttl: number; mx: MxRecord }
  | { name: string; type: 'A' | 'AAAA'; ttl: number; address: string }
  | { name: string; type: 'TXT'; ttl: number; text: string }
  // DANE's TLSA record (RFC 6698), presentation text such as `3 1 1 <sha-256 of the key>`.
  | { name: string; type: 'TLSA'; ttl: number; text: string };

const host = (name: string, ipv4: string, ipv6?: string): Host => (ipv6 ? { name, ipv4, ipv6 } : { name, ipv4 });

/**
 * A provider's hosts follow one naming plan: smtp (MSA), out1 (outbound MTA), filter, store,
 * imap and pop, numbered inside the provider's documentation network.
 */
function provider(domain: string, net: string, people: readonly Person[], outboundSuffix = 20): Provider {
  return {
    domain,
    people,
    msa: host(`smtp.${domain}`, `${net}.10`),
    outboundMta: host(`out1.${domain}`, `${net}.${outboundSuffix}`),
    filter: host(`filter.${domain}`, `${net}.40`),
    store: host(`store.${domain}`, `${net}.41`),
    imap: host(`imap.${domain}`, `${net}.50`),
    pop3: host(`pop.${domain}`, `${net}.51`),
    webmail: host(`webmail.${domain}`, `${net}.60`),
  };
}

/** A small provider that runs everything on one host, with no MX record (RFC 5321 §5.1 implicit MX). */
function singleHostProvider(domain: string, ipv4: string, people: readonly Person[]): Provider {
  const only = host(domain, ipv4);
  return {
    domain,
    people,
    msa: only,
    outboundMta: only,
    filter: only,
    store: only,
    imap: only,
    pop3: only,
    webmail: only,
  };
}

/** The directory's people, by domain. */
const peopleOf = (domain: string): readonly Person[] => DIRECTORY.find((l) => l.domain === domain)?.people ?? [];

export const PROVIDERS: readonly Provider[] = [
  // out1.example.com is 192.0.2.25, as in email-facts.md's transcripts.
  provider('example.com', '192.0.2', peopleOf('example.com'), 25),
  provider('example.org', '198.51.100', peopleOf('example.org')),
  provider('example.net', '203.0.113', peopleOf('example.net')),
  singleHostProvider('nomx.example.net', '203.0.113.60', peopleOf('nomx.example.net')),
];

/** A server outside every provider's SPF that forges mail (the `spoof` edit): `.example` never exists
 *  (RFC 2606 §2), and the address is in a documentation range (RFC 5737). */
export const SPOOFER = host('mail.bulk-sender.example', '203.0.113.66');

/** The spoofer's own domains: a stranger's name for the display-name trick, a lookalike (a digit 1
 *  for the letter l) and an IDN homograph `exаmple.com` (Cyrillic а, U+0430) in its punycode A-label,
 *  as DNS and the header carry it (RFC 5891). Each publishes SPF for the spoofer, a DKIM key and
 *  DMARC p=reject: the forger's own checks pass (email-facts.md §9). */
export const FORGER_DOMAINS = {
  'display-name': 'bulk-sender.example',
  lookalike: 'examp1e.com',
  homograph: 'xn--exmple-4nf.com',
} as const;
/** How the homograph looks where a client shows Unicode: Cyrillic а in place of the Latin a. */
export const HOMOGRAPH_UNICODE = 'ex\u0430mple.com';

/** A misconfigured server of a third organisation that relays mail for anyone (an open relay, email-facts.md
 *  §9): the spoofer can send through it, so the MX sees its address, not the spoofer's. Outside every
 *  provider's SPF, in a documentation range (RFC 5737). */
export const OPEN_RELAY = host('relay.open-hosting.example', '203.0.113.120');

/** The alumni association's server: it takes mail for alumni.example.net and forwards it (issue 15). */
export const FORWARDER = host('mx.alumni.example.net', '203.0.113.70');

/** A man in the middle on the Internet between the relays (node `mitm`): it can rewrite what passes. */
export const MITM = host('router.transit.example', '203.0.113.99');

/** The device Alice sends from: a home connection, as in the email-facts transcripts. */
export const SENDER_DEVICE = host('dsl-45.example.net', '203.0.113.45');

const mx = (name: string, preference: number, exchange: string): DnsRecord => ({
  name,
  type: 'MX',
  ttl: 3600,
  mx: { preference, exchange },
});
const a = (name: string, address: string): DnsRecord => ({ name, type: 'A', ttl: 3600, address });
const aaaa = (name: string, address: string): DnsRecord => ({ name, type: 'AAAA', ttl: 3600, address });

const txt = (name: string, text: string): DnsRecord => ({ name, type: 'TXT', ttl: 3600, text });

/** The DKIM selector the sender's provider signs with (`s=` in DKIM-Signature). */
export const DKIM_SELECTOR = 's2025';
/** SPF, DKIM key and DMARC policy as a provider publishes them (RFC 7208, RFC 6376, RFC 7489). */
export const spfRecord = (net: string) => `v=spf1 ip4:${net}.0/24 -all`;
export const DKIM_KEY = 'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';
export const dmarcRecord = (policy: string) => `v=DMARC1; p=${policy}`;

/** The public DNS zone data the resolver answers from, before any edit. */
export const DNS_ZONE: readonly DnsRecord[] = [
  txt('example.com', spfRecord('192.0.2')),
  txt(`${DKIM_SELECTOR}._domainkey.example.com`, DKIM_KEY),
  txt('_dmarc.example.com', dmarcRecord('none')),
  mx('example.com', 10, 'mx.example.com'),
  a('mx.example.com', '192.0.2.30'),
  mx('example.org', 10, 'mx1.example.org'),
  mx('example.org', 20, 'mx2.example.org'),
  a('mx1.example.org', '198.51.100.25'),
  aaaa('mx1.example.org', '2001:db8:25::25'),
  a('mx2.example.org', '198.51.100.26'),
  mx('example.net', 10, 'mail.example.net'),
  a('mail.example.net', '203.0.113.25'),
  // A third organisation that only forwards: its MX is the forwarder, and its SPF lists it.
  mx('alumni.example.net', 10, 'mx.alumni.example.net'),
  a('mx.alumni.example.net', '203.0.113.70'),
  txt('alumni.example.net', 'v=spf1 ip4:203.0.113.70 -all'),
  // The forger's own domains (FORGER_DOMAINS): SPF lists the spoofer, a DKIM key, a strict DMARC policy.
  ...Object.values(FORGER_DOMAINS).flatMap((d) => [
    txt(d, 'v=spf1 ip4:203.0.113.66 -all'),
    txt(`${DKIM_SELECTOR}._domainkey.${d}`, DKIM_KEY),
    txt(`_dmarc.${d}`, dmarcRecord('reject')),
  ]),
  // A domain that publishes a null MX: it accepts no mail at all (RFC 7505).
  mx('nomail.example.net', 0, '.'),
  // A domain with no MX, only an address: it is its own implicit MX (RFC 5321 §5.1).
  a('nomx.example.net', '203.0.113.60'),
];

export function providerFor(domain: string): Provider | undefined {
  return PROVIDERS.find((p) => p.domain === domain.toLowerCase());
}

/** How a server behaves: reachable or not, and the policies it applies to incoming mail. */
export interface ServerState {
  /** `timeout`: nothing answers (a connect costs about 30 s); `refused`: TCP reset at once. */
  reach: 'up' | 'timeout' | 'refused';
  /** Answers a first attempt with 451 4.7.1 and accepts the retry (RFC 6647). */
  greylisting: boolean;
  /** The largest message it takes, advertised as SIZE in EHLO (RFC 1870), in octets. */
  sizeLimit: number;
  /** A filter's verdict on incoming mail: file it in Junk. */
  spam: boolean;
}

/** A user's mailbox: `temporary` full answers 452 4.2.2 on every try, `permanent` 552 5.2.2 (email-facts §8). */
export interface Mailbox {
  full: 'no' | 'temporary' | 'permanent';
}

/** What Alice's app does: the password it sends and the size of what she attached. */
export interface SenderApp {
  passwordRight: boolean;
  /** Extra octets an attachment adds to the message (0: none). */
  attachmentOctets: number;
}

/**
 * Everything DNS and the servers would answer, as data: the zone, per server (by host name) its
 * state, the mailboxes that exist (by address; a missing one is an unknown user), aliases that
 * forward one address to another, and Alice's app.
 */
export interface World {
  zone: readonly DnsRecord[];
  servers: Readonly<Record<string, ServerState>>;
  mailboxes: Readonly<Record<string, Mailbox>>;
  aliases: Readonly<Record<string, string>>;
  sender: SenderApp;
  /** A spoofer (SPOOFER) sends the message instead, with a forged From: of the sender's address. */
  spoof: boolean;
  /** Addresses that are mailing lists: forwarding them changes the message (subject tag, footer). */
  lists: readonly string[];
  /** What the spoofer forges (when `spoof`): the sender's exact address, or a look-alike of it. */
  forgery: Forgery;
  /** Domains whose provider does not sign (`unsigned`) or whose signature a hop breaks (`broken`). */
  signing: Readonly<Record<string, Signing>>;
  /** Recipient domains' MTA-STS policy mode, as served at https://mta-sts.<domain>/ (RFC 8461 §3.2). */
  mtaSts: Readonly<Record<string, 'testing' | 'enforce'>>;
  /** Zones signed with DNSSEC, so a resolver can validate their TLSA records (RFC 7672 §2.2). */
  dnssec: readonly string[];
  /** A man in the middle (MITM) deletes `250-STARTTLS` from the MX's EHLO reply (RFC 3207 §6). */
  mitm: boolean;
  /** Forwarders' domains whose ARC seal the recipient's MX trusts: it may then override a failed DMARC
   *  on a forwarded copy when the sealed results passed (RFC 8617 §7.2; RFC 7489 §6.7 local policy). */
  arcTrusted: readonly string[];
  /** Domains whose name servers fail: every question about them gets SERVFAIL, a temporary error. */
  servfail: readonly string[];
}

/** `exact`: From: the sender's own address; `open-relay`: the same, sent through OPEN_RELAY; the rest use
 *  a domain of the forger's (FORGER_DOMAINS). */
export type Forgery = 'exact' | 'display-name' | 'lookalike' | 'homograph' | 'open-relay';
/** The forgeries that write the sender's own address in From: (not a domain of the forger's). */
export const forgesSenderAddress = (f: Forgery): f is 'exact' | 'open-relay' => f === 'exact' || f === 'open-relay';
export type Signing = 'signed' | 'unsigned' | 'broken';

/** RFC 1870 SIZE limits as email-facts.md's transcripts advertise them. */
export const MSA_SIZE_LIMIT = 52_428_800;
export const MX_SIZE_LIMIT = 36_700_160;

const UP: ServerState = { reach: 'up', greylisting: false, sizeLimit: MX_SIZE_LIMIT, spam: false };

function defaultServers(): Record<string, ServerState> {
  const servers: Record<string, ServerState> = {};
  for (const p of PROVIDERS) {
    for (const h of [p.outboundMta, p.filter, p.store, p.imap, p.pop3]) servers[h.name] = UP;
    servers[p.msa.name] = { ...UP, sizeLimit: MSA_SIZE_LIMIT };
  }
  for (const r of DNS_ZONE) if (r.type === 'MX' && r.mx.exchange !== '.') servers[r.mx.exchange] = UP;
  return servers;
}

const defaultMailboxes = (): Record<string, Mailbox> =>
  Object.fromEntries(
    PROVIDERS.flatMap((p) => p.people.map((person) => [`${person.local}@${p.domain}`, { full: 'no' }])),
  );

/** The world as it is before any preset or edit: everything up, every known person has a mailbox. */
export const DEFAULT_WORLD: World = {
  zone: DNS_ZONE,
  servers: defaultServers(),
  mailboxes: defaultMailboxes(),
  aliases: {},
  sender: { passwordRight: true, attachmentOctets: 0 },
  spoof: false,
  lists: [],
  forgery: 'exact',
  signing: {},
  mtaSts: {},
  dnssec: [],
  mitm: false,
  arcTrusted: [],
  servfail: [],
};

/** A server's state; a host the world does not list behaves like a plain, reachable MX. */
export const serverState = (world: World, host: string): ServerState => world.servers[host.toLowerCase()] ?? UP;

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);

/**
 * Follows forwarding aliases to the final address: at most a few (a loop cannot hang the planner),
 * and only inside one domain, where the provider's own server expands them. Forwarding to another
 * organisation is a second SMTP delivery through a forwarder hop (forwardTarget, forwarding.ts).
 */
export function resolveAlias(world: World, address: string): string {
  let at = address.toLowerCase();
  for (let i = 0; i < ALIAS_HOPS; i++) {
    const next = world.aliases[at];
    if (!next || domainOf(next) !== domainOf(at)) break;
    at = next;
  }
  return at;
}

/** More aliases than a world can hold (24 edits): a chain is always followed to its end. */
const ALIAS_HOPS = 25;

/**
 * Whether following the aliases from `address` (inside its domain, or on to another organisation
 * when `across`) comes back to an address already passed: a forwarding loop, which a real server
 * ends with 5.4.6 (RFC 3463 "routing loop detected"; RFC 5321 §6.3) instead of passing it round.
 */
export function aliasLoops(world: World, address: string, across = false): boolean {
  const seen = new Set<string>();
  let at: string | undefined = address.toLowerCase();
  while (at !== undefined) {
    if (seen.has(at)) return true;
    seen.add(at);
    const next: string | undefined = world.aliases[at];
    at = next !== undefined && (across || domainOf(next) === domainOf(at)) ? next : undefined;
  }
  return false;
}

/** Where an alias forwards to when that is another organisation (a second SMTP delivery), else null. */
export function forwardTarget(world: World, address: string): string | null {
  const at = address.toLowerCase();
  const next = world.aliases[at];
  return next && domainOf(next) !== domainOf(at) ? next : null;
}

/** An address without its sub-address: `bob+lunch@example.org` → `bob@example.org` (RFC 5233). */
const withoutDetail = (address: string) => address.replace(/^([^@+]+)\+[^@]*@/, '$1@');

/**
 * The mailbox mail for `address` ends in, or undefined for an unknown user. Every provider of this
 * world delivers sub-addresses to the base mailbox (Postfix's `recipient_delimiter = +`, as most large
 * providers do; email-facts.md §8), unless the full address is a mailbox or alias of its own.
 */
export const mailboxOf = (world: World, address: string): Mailbox | undefined =>
  world.mailboxes[resolveAlias(world, address)] ?? world.mailboxes[resolveAlias(world, withoutDetail(address))];
