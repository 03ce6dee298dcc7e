// The receiving MX's own checks of who sent a message: PTR, SPF, DKIM and DMARC, judged from the
// world's DNS (RFC 7208, RFC 6376, RFC 7489; email-facts.md §8).
import { getDomain } from 'tldts-icann';
import { byPreference, isNullMx, queryAddress, queryMx, queryTxt } from '../world/dns';
import type { Check } from './machine';
import type { Scenario } from '../world/scenario';
import type { Folder, MxRecord, Reply } from '../words/vocabulary';
import { DKIM_SELECTOR, SPOOFER, type Host } from '../world/world';

/** The server that connects to the recipient's MX: the sender's outbound relay, or the spoofer. */
export const connectingHost = (s: Scenario): Host =>
  s.via?.host ?? (forged(s) ? SPOOFER : s.sender.provider.outboundMta);

/**
 * The MX a spoofer sends to: the recipient domain's first exchange, or the domain itself when it has
 * only an address. Null when the world has no spoofer, or DNS offers nowhere to send (then the
 * spoof cannot happen and the sender's own journey runs).
 */
export function forgedTarget(s: Scenario): MxRecord | null {
  // The spoof is told for a message to one destination; with several, the sender's own journey runs.
  if (!s.world.spoof || s.via || s.group.length !== s.recipients.length) return null;
  const answer = queryMx(s.recipient.domain, s.world.zone);
  if (answer.status === 'NXDOMAIN' || isNullMx(answer.records)) return null;
  const [first] = byPreference(answer.records);
  if (first) return first;
  return queryAddress(s.recipient.domain, s.world.zone).ipv4.length > 0
    ? { preference: 0, exchange: s.recipient.domain }
    : null;
}

/** Whether this journey is a spoof: a spoofer in the world, and somewhere to send to. */
export const forged = (s: Scenario): boolean => forgedTarget(s) !== null;

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
/** The domain SPF checks: the envelope sender's (after SRS, the forwarder's own; RFC 7208 §2.4). */
export const spfDomain = (s: Scenario): string => (s.via ? domainOf(s.via.mailFrom) : s.sender.domain);
/** The domain DMARC is about: the From: domain (a list rewrites From: to its own address). */
export const fromDomain = (s: Scenario): string => (s.via?.list ? domainOf(s.via.list) : s.sender.domain);
/**
 * The organisational domain (RFC 7489 §3.2): the registrable domain by the Public Suffix List's
 * ICANN section, so mail.example.co.uk belongs to example.co.uk, not to co.uk. A name the list cannot
 * place (a bare suffix) is its own organisation. Relaxed alignment compares these (RFC 7489 §3.1).
 */
export const orgDomain = (d: string): string => {
  const name = d.toLowerCase().replace(/\.$/, '');
  return getDomain(name, { allowPrivateDomains: false, extractHostname: false, validateHostname: false }) ?? name;
};

export interface AuthVerdicts {
  ptr: boolean;
  /** SPF passed for a domain aligned with From: (what counts for DMARC; the badge shows it). */
  spf: boolean;
  /** SPF's own result for the envelope sender's domain (what Authentication-Results reports). */
  spfPass: boolean;
  dkim: boolean;
  dmarc: boolean;
  /** The sender domain's DMARC policy, or null when it publishes none. */
  policy: 'none' | 'quarantine' | 'reject' | null;
}

/** The DNS name each check asks about, and the record it finds (null: none published). */
export function checkQuestion(check: Check, s: Scenario): { name: string; record: string | null } {
  const domain = fromDomain(s);
  const zone = s.world.zone;
  switch (check) {
    case 'ptr':
      return { name: connectingHost(s).ipv4, record: connectingHost(s).name };
    case 'spf':
      return { name: spfDomain(s), record: queryTxt(spfDomain(s), zone, 'v=spf1')[0] ?? null };
    case 'dkim': {
      // The signature Alice's provider added names d=<sender domain>, whoever forwards it.
      const name = `${DKIM_SELECTOR}._domainkey.${s.sender.domain}`;
      return { name, record: queryTxt(name, zone, 'v=DKIM1')[0] ?? null };
    }
    case 'dmarc': {
      const name = `_dmarc.${domain}`;
      return { name, record: queryTxt(name, zone, 'v=DMARC1')[0] ?? null };
    }
  }
}

/** SPF, reduced to what the world publishes: `ip4:a.b.c.0/24` networks, then `-all` (RFC 7208 §5). */
function spfPasses(record: string | null, ip: string): boolean {
  if (!record) return false;
  const net = ip.split('.').slice(0, 3).join('.');
  return record.split(' ').some((term) => term === `ip4:${ip}` || term === `ip4:${net}.0/24`);
}

export function authVerdicts(s: Scenario): AuthVerdicts {
  const spfPass = spfPasses(checkQuestion('spf', s).record, connectingHost(s).ipv4);
  const spf = spfPass && orgDomain(spfDomain(s)) === orgDomain(fromDomain(s));
  // The provider signs with d=<sender domain>, s=s2025: the signature verifies when the key is published.
  // A spoofer cannot sign with the provider's private key: its forged signature never verifies; a list
  // changes the signed subject and body, which breaks it; and under a rewritten From: it does not align.
  const dkim = !forged(s) && !s.via?.list && checkQuestion('dkim', s).record !== null;
  const policyText = /p=(none|quarantine|reject)/.exec(checkQuestion('dmarc', s).record ?? '')?.[1];
  const policy = (policyText as AuthVerdicts['policy']) ?? null;
  // Both identities are the From: domain itself, so each aligns; DMARC needs one to pass (RFC 7489 §3.1).
  return { ptr: true, spf, spfPass, dkim, dmarc: spf || dkim, policy };
}

export const passes = (check: Check, v: AuthVerdicts): boolean => v[check];

/** RFC 7489 §10.3's example reply for a DMARC reject. */
export const dmarcReject = (domain: string): Reply => ({
  code: 550,
  enhanced: '5.7.1',
  text: `Email rejected per DMARC policy for ${domain}`,
});

/** What the DMARC policy does with a message that failed: reject it, file it in Junk, or nothing. */
export function dmarcDecision(v: AuthVerdicts, domain: string): { folder: Folder } | { reply: Reply } {
  if (v.dmarc || v.policy === null || v.policy === 'none') return { folder: 'INBOX' };
  return v.policy === 'reject' ? { reply: dmarcReject(domain) } : { folder: 'Junk' };
}
