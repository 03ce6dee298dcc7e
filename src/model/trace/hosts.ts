// Host names as a learner should see them, and which organisation (registrable domain) runs them.
import { getDomain } from 'tldts-icann';
import { withoutControls } from './controls';
import { isIp } from './received';

/**
 * Providers that run one mail system under several registrable domains. Their hops are one
 * organisation, named by its best-known domain, so Microsoft 365's front door, filters and
 * mailbox servers make one "incoming server" zone rather than three.
 */
const FAMILIES: Readonly<Record<string, string>> = {
  // Microsoft 365 / Exchange Online / Outlook.com
  'outlook.com': 'outlook.com',
  'office365.com': 'outlook.com',
  'office.com': 'outlook.com',
  'hotmail.com': 'outlook.com',
  'live.com': 'outlook.com',
  'msn.com': 'outlook.com',
  'exchangelabs.com': 'outlook.com',
  // Google / Gmail / Google Workspace
  'google.com': 'google.com',
  'gmail.com': 'google.com',
  'googlemail.com': 'google.com',
  // Yahoo and AOL (one mail system since 2017)
  'yahoo.com': 'yahoo.com',
  'yahoodns.net': 'yahoo.com',
  'yahoo.net': 'yahoo.com',
  'ymail.com': 'yahoo.com',
  'aol.com': 'yahoo.com',
  // Fastmail
  'messagingengine.com': 'fastmail.com',
  'fastmail.com': 'fastmail.com',
  'fastmail.fm': 'fastmail.com',
  // Apple iCloud Mail
  'icloud.com': 'icloud.com',
  'me.com': 'icloud.com',
  'mac.com': 'icloud.com',
};

/** Names only a private network resolves (RFC 6761/6762, RFC 8375, ICANN's .internal): no organisation of their own. */
const INTERNAL = /\.(internal|local|localdomain|lan|home|corp|intranet|private|home\.arpa)$/i;

const isLocal = (host: string) =>
  /^(localhost|localhost\.localdomain|127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/i.test(host);

/** A name without a public registrable domain: a single label, an internal suffix, an address, localhost. */
export const isInternalName = (host: string) =>
  isIp(host) || isLocal(host) || !host.includes('.') || INTERNAL.test(host.replace(/\.$/, ''));

const known = new Map<string, string | null>();

/**
 * The organisation a host name belongs to: its registrable domain by the Public Suffix List's ICANN
 * section (tldts-icann; the private section would split shared hosting such as amazonaws.com into
 * one organisation per customer), merged into its provider's family. Null for internal names: they
 * belong to the organisation around them, which the analysis fills in from the neighbouring hops.
 */
export function organisation(host: string | null): string | null {
  if (!host) return null;
  // A header names the same few hosts over and over; remember the answers (bounded, so memory stays flat).
  if (known.has(host)) return known.get(host)!;
  const org = organisationOf(host);
  if (known.size > 10_000) known.clear();
  known.set(host, org);
  return org;
}

function organisationOf(host: string): string | null {
  const name = withoutControls(host).toLowerCase().replace(/\.$/, '');
  // A mail address in the from clause (a rules engine, a local user) is no host of any organisation.
  if (isInternalName(name) || name.includes('@')) return null;
  const domain = getDomain(name, { allowPrivateDomains: false, extractHostname: false, validateHostname: false });
  if (!domain) return null;
  return FAMILIES[domain] ?? domain;
}

export { isIp, isLocal };
