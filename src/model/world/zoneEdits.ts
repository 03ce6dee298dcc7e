// The DNS side of the world edits (editKinds.ts): writing a domain's MX, SPF, DKIM and DMARC records
// into the zone, and reading back what a card shows for each.
import { byPreference, nameExists, queryMx, queryTxt } from './dns';
import type { CardScene } from './editTypes';
import { DNS_ZONE, DKIM_SELECTOR, spfRecord, type DnsRecord, type World } from './world';
import type { MxRecord } from '../words/vocabulary';

/** The documentation network of each domain's provider, for SPF records (RFC 5737). */
const NETS: Readonly<Record<string, string>> = {
  'example.com': '192.0.2',
  'example.org': '198.51.100',
  'example.net': '203.0.113',
};
const OTHER_NET = '233.252.0'; // RFC 6676's documentation range: nobody's relay

/** What the zone says of a domain: it exists, it does not (NXDOMAIN), or it takes no mail (null MX). */
type DomainState = 'exists' | 'nxdomain' | 'null-mx';
/** What a domain's SPF record lists: its provider's network, another network, or there is none. */
type SpfState = 'provider' | 'other' | 'none';

const TTL = 3600;
const without = (zone: readonly DnsRecord[], name: string, keep: (r: DnsRecord) => boolean) =>
  zone.filter((r) => r.name !== name || keep(r));
const notTxt = (tag: string) => (r: DnsRecord) => r.type !== 'TXT' || !r.text.startsWith(tag);

/** The world with its zone changed; the world is never changed in place. */
export const withZone = (world: World, change: (zone: readonly DnsRecord[]) => readonly DnsRecord[]): World => ({
  ...world,
  zone: change(world.zone),
});

/** The TXT record starting with `tag` at `name` replaced by `text`, or removed for null. */
export function txtEdit(zone: readonly DnsRecord[], name: string, tag: string, text: string | null): DnsRecord[] {
  const rest = without(zone, name, notTxt(tag));
  return text === null ? rest : [...rest, { name, type: 'TXT', ttl: TTL, text }];
}

export function mxEdit(zone: readonly DnsRecord[], domain: string, records: readonly MxRecord[]): DnsRecord[] {
  const rest = without(zone, domain, (r) => r.type !== 'MX');
  return [...rest, ...records.map((mx): DnsRecord => ({ name: domain, type: 'MX', ttl: TTL, mx }))];
}

export function domainEdit(zone: readonly DnsRecord[], d: string, value: DomainState): readonly DnsRecord[] {
  const inside = (r: DnsRecord) => r.name === d || r.name.endsWith(`.${d}`);
  if (value === 'nxdomain') return zone.filter((r) => !inside(r));
  if (value === 'null-mx')
    return [
      ...without(zone, d, (r) => r.type !== 'MX'),
      { name: d, type: 'MX', ttl: TTL, mx: { preference: 0, exchange: '.' } },
    ];
  // The domain as the default world has it, whatever was edited before.
  return [...zone.filter((r) => !inside(r)), ...DNS_ZONE.filter(inside)];
}

export const spfText = (domain: string, value: SpfState): string | null =>
  value === 'none' ? null : spfRecord(value === 'provider' ? (NETS[domain] ?? OTHER_NET) : OTHER_NET);

export const dkimName = (domain: string) => `${DKIM_SELECTOR}._domainkey.${domain}`;

// Reading back, for the cards.
/** The domain's MX records in preference order ([] when it has none or does not exist). */
export function mxRecords(domain: string, world: World): MxRecord[] {
  const mx = queryMx(domain, world.zone);
  return mx.status === 'NOERROR' ? byPreference(mx.records) : [];
}

export function domainState(domain: string, world: World): DomainState {
  if (!nameExists(domain, world.zone)) return 'nxdomain';
  return mxRecords(domain, world).some((r) => r.exchange === '.') ? 'null-mx' : 'exists';
}

export function spfState(s: CardScene, world: World): SpfState {
  const spf = queryTxt(s.sender.domain, world.zone, 'v=spf1')[0];
  if (!spf) return 'none';
  const net = s.sender.provider.outboundMta.ipv4.split('.').slice(0, 3).join('.');
  return spf.includes(`ip4:${net}.`) ? 'provider' : 'other';
}

export const dmarcState = (domain: string, world: World): string =>
  /p=(none|quarantine|reject)/.exec(queryTxt(`_dmarc.${domain}`, world.zone, 'v=DMARC1')[0] ?? '')?.[1] ?? 'absent';

export const hasDkimKey = (domain: string, world: World): boolean =>
  queryTxt(dkimName(domain), world.zone, 'v=DKIM1').length > 0;
