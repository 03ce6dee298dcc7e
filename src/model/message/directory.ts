// Who lives where: the simulated providers' domains and the people with mailboxes there. Light
// (no hosts, no DNS), so the compose form can check and rewrite addresses before the rest of the
// world (world.ts) is loaded with the planner; world.ts builds its providers from these entries.

export interface Person {
  local: string;
  name: string;
}

/** A provider's domain and its people, as the address book knows them. */
export interface Listing {
  domain: string;
  people: readonly Person[];
}

export const DIRECTORY: readonly Listing[] = [
  {
    domain: 'example.com',
    people: [
      { local: 'alice', name: 'Alice' },
      { local: 'carol', name: 'Carol' },
    ],
  },
  {
    domain: 'example.org',
    people: [
      { local: 'bob', name: 'Bob' },
      { local: 'dave', name: 'Dave' },
    ],
  },
  {
    domain: 'example.net',
    people: [
      { local: 'erin', name: 'Erin' },
      { local: 'frank', name: 'Frank' },
    ],
  },
  { domain: 'nomx.example.net', people: [{ local: 'grace', name: 'Grace' }] },
];

export function listingFor(domain: string): Listing | undefined {
  return DIRECTORY.find((p) => p.domain === domain.toLowerCase());
}

export function personAt(listing: Listing, local: string): Person | undefined {
  return listing.people.find((p) => p.local === local.toLowerCase());
}

/** The name a journey calls someone by: the directory's, else the address's local part. */
export function nameAt(local: string, domain: string): string {
  const listing = listingFor(domain);
  return (listing && personAt(listing, local)?.name) ?? local;
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

/** The providers' clocks: the sender's keep +0100 and the recipient's +0000, as in email-facts.md §4. */
export function zoneOffset(domain: string): number {
  return domain === 'example.com' ? 60 : 0;
}
