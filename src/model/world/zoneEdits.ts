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
/**
 * What a domain's SPF record says: its provider's network then `-all` (`provider`), `~all`
 * (`softfail`) or `?all` (`neutral`); another network (`other`); more than ten DNS-querying
 * mechanisms (`permerror`, RFC 7208 §4.6.4); or no record (`none`).
 */
export type SpfState = 'provider' | 'softfail' | 'neutral' | 'other' | 'permerror' | 'none';
const ALL: Readonly<Record<string, string>> = { provider: '-all', softfail: '~all', neutral: '?all', other: '-all' };
/** Eleven `include:`s: one more DNS look-up than SPF allows (RFC 7208 §4.6.4). */
const TOO_MANY = Array.from({ length: 11 }, (_, i) => `include:_spf${i + 1}.mailer.example`).join(' ');

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

export function spfText(domain: string, value: SpfState): string | null {
  if (value === 'none') return null;
  const net = value === 'other' ? OTHER_NET : (NETS[domain] ?? OTHER_NET);
  // The includes come first: evaluation stops at the first match (RFC 7208 §4.6.2), so the
  // eleventh look-up must happen before the relay's own network could match (§4.6.4).
  if (value === 'permerror') return `v=spf1 ${TOO_MANY} ip4:${net}.0/24 -all`;
  return spfRecord(net).replace(/-all$/, ALL[value] ?? '-all');
}

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
  if (spf.includes('include:')) return 'permerror';
  const net = s.sender.provider.outboundMta.ipv4.split('.').slice(0, 3).join('.');
  if (!spf.includes(`ip4:${net}.`)) return 'other';
  return spf.endsWith('~all') ? 'softfail' : spf.endsWith('?all') ? 'neutral' : 'provider';
}

export const dmarcState = (domain: string, world: World): string =>
  /p=(none|quarantine|reject)/.exec(queryTxt(`_dmarc.${domain}`, world.zone, 'v=DMARC1')[0] ?? '')?.[1] ?? 'absent';

export const hasDkimKey = (domain: string, world: World): boolean =>
  queryTxt(dkimName(domain), world.zone, 'v=DKIM1').length > 0;

// DMARC's tags (RFC 7489 §6.3): each edit changes its own tag and keeps the others.
/** The tags of a DMARC record, in the order this world writes them. */
export interface DmarcTags {
  p: string;
  pct?: string;
  adkim?: string;
  aspf?: string;
  rua?: string;
}
const TAG_ORDER = ['p', 'pct', 'adkim', 'aspf', 'rua'] as const;

/** The tags of a DMARC record's text (`v=DMARC1; p=reject; pct=50`), or null for no record. */
export function dmarcTags(text: string | null | undefined): DmarcTags | null {
  if (!text) return null;
  const tags: Record<string, string> = {};
  for (const part of text.split(';')) {
    const [k = '', v = ''] = part.split('=').map((x) => x.trim());
    if (k && k !== 'v') tags[k] = v;
  }
  return { ...tags, p: tags.p ?? 'none' };
}

const dmarcText = (t: DmarcTags) =>
  ['v=DMARC1', ...TAG_ORDER.flatMap((k) => (t[k] === undefined ? [] : [`${k}=${t[k]}`]))].join('; ');

export const dmarcName = (domain: string) => `_dmarc.${domain}`;

/**
 * The domain's DMARC record with some tags changed (a tag set to undefined is removed); with no
 * record yet, a tag edit that sets a tag publishes `p=none` with it. `drop` removes the record.
 */
export function dmarcEdit(world: World, domain: string, change: Partial<DmarcTags> | 'drop'): World {
  const name = dmarcName(domain);
  const now = dmarcTags(queryTxt(name, world.zone, 'v=DMARC1')[0]);
  if (change === 'drop') return withZone(world, (z) => txtEdit(z, name, 'v=DMARC1', null));
  // Removing a tag (or setting a default) from no record publishes nothing.
  if (!now && Object.values(change).every((v) => v === undefined)) return world;
  const next: DmarcTags = { ...(now ?? { p: 'none' }), ...change };
  const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as unknown as DmarcTags;
  return withZone(world, (z) => txtEdit(z, name, 'v=DMARC1', dmarcText(clean)));
}

export const dmarcTagsOf = (domain: string, world: World): DmarcTags | null =>
  dmarcTags(queryTxt(dmarcName(domain), world.zone, 'v=DMARC1')[0]);

/** The address aggregate reports go to (RFC 7489 §7.2), as this world names it. */
export const ruaAddress = (domain: string) => `dmarc-reports@${domain}`;
/** TLS-RPT's report address (RFC 8460 §3): an HTTPS endpoint, which no man in the middle on port 25
 *  can strip (a `mailto:` report would cross the same path as the mail it reports on). */
export const tlsRptAddress = (domain: string) => `https://reports.${domain}/tlsrpt`;

// The recipient domain's transport security: MTA-STS, DANE, TLS-RPT (email-facts.md §9).
/** The policy id a sender compares with its cached copy (RFC 8461 §3.1). */
export const STS_ID = '20250101T000000';
export const stsName = (domain: string) => `_mta-sts.${domain}`;
export const tlsRptName = (domain: string) => `_smtp._tls.${domain}`;
/** DANE-EE, SPKI, SHA-256 (RFC 7671 §5.1), the usage RFC 7672 §3.1 recommends for SMTP. */
export const TLSA_TEXT = '3 1 1 8f3a1c0b7e52d9a4c6f1e0b3a7d2c5e9f4b8a1d6c3e0f7a2b5d8c1e4f9a0b3c6';
export const tlsaName = (exchange: string) => `_25._tcp.${exchange}`;

/** TLSA records at every exchange of the domain, or none. */
export function tlsaEdit(world: World, domain: string, on: boolean): World {
  const names = mxRecords(domain, world).map((r) => tlsaName(r.exchange));
  return withZone(world, (z) => [
    ...z.filter((r) => r.type !== 'TLSA' || !r.name.endsWith(`.${domain}`)),
    ...(on ? names.map((name): DnsRecord => ({ name, type: 'TLSA', ttl: TTL, text: TLSA_TEXT })) : []),
  ]);
}

export const hasTlsa = (exchange: string, world: World): boolean =>
  world.zone.some((r) => r.type === 'TLSA' && r.name === tlsaName(exchange.toLowerCase()));

export const hasTlsRpt = (domain: string, world: World): boolean =>
  queryTxt(tlsRptName(domain), world.zone, 'v=TLSRPTv1').length > 0;
