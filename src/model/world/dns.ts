// The simulated DNS resolver: answers MX, A, AAAA and TXT questions from the world's zone.
import type { DnsRecord, MxRecord } from './world';

export type MxAnswer = { status: 'NOERROR'; records: readonly MxRecord[] } | { status: 'NXDOMAIN' };

export interface AddressAnswer {
  status: 'NOERROR' | 'NXDOMAIN';
  ipv4: readonly string[];
  ipv6: readonly string[];
}

const named = (name: string, zone: readonly DnsRecord[]) => zone.filter((r) => r.name === name.toLowerCase());

/** True when any record exists at or below the name (so the name is not NXDOMAIN). */
export function nameExists(name: string, zone: readonly DnsRecord[]): boolean {
  const n = name.toLowerCase();
  return zone.some((r) => r.name === n || r.name.endsWith(`.${n}`));
}

/** True when the domain's name servers fail, so a resolver answers SERVFAIL (RFC 1035 §4.1.1, RCODE 2):
 *  a temporary error, unlike NXDOMAIN (RFC 5321 §5.1; RFC 3463 4.4.3). */
export const servesFailure = (domain: string, failing: readonly string[]): boolean =>
  failing.includes(domain.toLowerCase());

export function queryMx(domain: string, zone: readonly DnsRecord[]): MxAnswer {
  if (!nameExists(domain, zone)) return { status: 'NXDOMAIN' };
  const records = named(domain, zone).flatMap((r) => (r.type === 'MX' ? [r.mx] : []));
  return { status: 'NOERROR', records };
}

export function queryAddress(hostName: string, zone: readonly DnsRecord[]): AddressAnswer {
  const records = named(hostName, zone);
  const pick = (type: 'A' | 'AAAA') => records.flatMap((r) => (r.type === type ? [r.address] : []));
  return { status: nameExists(hostName, zone) ? 'NOERROR' : 'NXDOMAIN', ipv4: pick('A'), ipv6: pick('AAAA') };
}

/** TXT strings at a name, optionally only those starting with a tag such as `v=spf1`. */
export function queryTxt(name: string, zone: readonly DnsRecord[], tag = ''): string[] {
  return named(name, zone).flatMap((r) => (r.type === 'TXT' && r.text.startsWith(tag) ? [r.text] : []));
}

/**
 * Orders MX records as a sending MTA must try them: lowest preference first (RFC 5321 §5.1).
 * Ties would be randomised by a real MTA; the simulation keeps zone order so runs are repeatable.
 */
export function byPreference(records: readonly MxRecord[]): MxRecord[] {
  return [...records].sort((x, y) => x.preference - y.preference);
}

/** A single `MX 0 .` record means the domain accepts no mail (RFC 7505 §3). */
export function isNullMx(records: readonly MxRecord[]): boolean {
  return records.length === 1 && records[0]?.exchange === '.';
}
