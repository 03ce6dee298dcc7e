// The simulated world: three providers, their people, hosts and DNS zone.
// All names and addresses come from the documentation ranges (RFC 2606, RFC 5737, RFC 3849).

export interface Host {
  name: string;
  ipv4: string;
  ipv6?: string;
}

export interface Person {
  local: string;
  name: string;
}

export interface MxRecord {
  preference: number;
  /** Target host name; `.` is the null MX of RFC 7505. */
  exchange: string;
}

export interface Provider {
  domain: string;
  people: readonly Person[];
  msa: Host;
  outboundMta: Host;
  filter: Host;
  store: Host;
  imap: Host;
  pop3: Host;
}

export type DnsRecord =
  | { name: string; type: 'MX'; ttl: number; mx: MxRecord }
  | { name: string; type: 'A' | 'AAAA'; ttl: number; address: string };

const host = (name: string, ipv4: string, ipv6?: string): Host => (ipv6 ? { name, ipv4, ipv6 } : { name, ipv4 });

/**
 * A provider's hosts follow one naming plan: smtp (MSA), out1 (outbound MTA), filter, store,
 * imap and pop, numbered inside the provider's documentation network.
 */
function provider(domain: string, net: string, people: Person[], outboundSuffix = 20): Provider {
  return {
    domain,
    people,
    msa: host(`smtp.${domain}`, `${net}.10`),
    outboundMta: host(`out1.${domain}`, `${net}.${outboundSuffix}`),
    filter: host(`filter.${domain}`, `${net}.40`),
    store: host(`store.${domain}`, `${net}.41`),
    imap: host(`imap.${domain}`, `${net}.50`),
    pop3: host(`pop.${domain}`, `${net}.51`),
  };
}

/** A small provider that runs everything on one host, with no MX record (RFC 5321 §5.1 implicit MX). */
function singleHostProvider(domain: string, ipv4: string, people: Person[]): Provider {
  const only = host(domain, ipv4);
  return { domain, people, msa: only, outboundMta: only, filter: only, store: only, imap: only, pop3: only };
}

export const PROVIDERS: readonly Provider[] = [
  // out1.example.com is 192.0.2.25, as in email-facts.md's transcripts.
  provider(
    'example.com',
    '192.0.2',
    [
      { local: 'alice', name: 'Alice' },
      { local: 'carol', name: 'Carol' },
    ],
    25,
  ),
  provider('example.org', '198.51.100', [
    { local: 'bob', name: 'Bob' },
    { local: 'dave', name: 'Dave' },
  ]),
  provider('example.net', '203.0.113', [
    { local: 'erin', name: 'Erin' },
    { local: 'frank', name: 'Frank' },
  ]),
  singleHostProvider('nomx.example.net', '203.0.113.60', [{ local: 'grace', name: 'Grace' }]),
];

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

/** The public DNS zone data the resolver answers from. */
export const DNS_ZONE: readonly DnsRecord[] = [
  mx('example.com', 10, 'mx.example.com'),
  a('mx.example.com', '192.0.2.30'),
  mx('example.org', 10, 'mx1.example.org'),
  mx('example.org', 20, 'mx2.example.org'),
  a('mx1.example.org', '198.51.100.25'),
  aaaa('mx1.example.org', '2001:db8:25::25'),
  a('mx2.example.org', '198.51.100.26'),
  mx('example.net', 10, 'mail.example.net'),
  a('mail.example.net', '203.0.113.25'),
  // A domain that publishes a null MX: it accepts no mail at all (RFC 7505).
  mx('nomail.example.net', 0, '.'),
  // A domain with no MX, only an address: it is its own implicit MX (RFC 5321 §5.1).
  a('nomx.example.net', '203.0.113.60'),
];

export function providerFor(domain: string): Provider | undefined {
  return PROVIDERS.find((p) => p.domain === domain.toLowerCase());
}

export function personAt(provider: Provider, local: string): Person | undefined {
  return provider.people.find((p) => p.local === local.toLowerCase());
}

/** Domains guaranteed never to exist (RFC 2606 §2): a safe stand-in for "no such domain". */
const NONEXISTENT_TLDS = ['invalid', 'test', 'example'];

/**
 * Whether the simulation can speak truthfully about a domain. Outside the example domains and
 * the reserved never-existing names we would have to invent DNS answers for real domains.
 */
export function isSimulatedDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  const roots = ['example.com', 'example.org', 'example.net'];
  if (roots.some((r) => d === r || d.endsWith(`.${r}`))) return true;
  return NONEXISTENT_TLDS.includes(d.split('.').pop() ?? '');
}
