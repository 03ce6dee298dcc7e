// The receiving MX's own checks of who sent a message: PTR, SPF, DKIM and DMARC, judged from the
// world's DNS (RFC 7208, RFC 6376, RFC 7489; email-facts.md §8).
import { getDomain } from 'tldts-icann';
import { byPreference, isNullMx, queryAddress, queryMx, queryTxt, servesFailure } from '../world/dns';
import type { Check } from './machine';
import type { Scenario } from '../world/scenario';
import type { Folder, MxRecord, Reply } from '../words/vocabulary';
import { DKIM_SELECTOR, FORGER_DOMAINS, forgesSenderAddress, OPEN_RELAY, SPOOFER, type Host } from '../world/world';
import { dmarcTags } from '../world/zoneEdits';

/** The server that connects to the recipient's MX: the sender's outbound relay, a forwarder, the
 *  spoofer, or the open relay the spoofer sends through (its address is the one the MX checks). */
export const connectingHost = (s: Scenario): Host =>
  s.via?.host ?? (forged(s) ? (throughOpenRelay(s) ? OPEN_RELAY : SPOOFER) : s.sender.provider.outboundMta);

/** The spoofer hands its forgery to an open relay, which sends it on from its own address. */
export const throughOpenRelay = (s: Scenario): boolean => forged(s) && s.world.forgery === 'open-relay';

/**
 * The MX a spoofer sends to: the recipient domain's first exchange, or the domain itself when it has
 * only an address. Null when the world has no spoofer, or DNS offers nowhere to send (then the
 * spoof cannot happen and the sender's own journey runs).
 */
export function forgedTarget(s: Scenario): MxRecord | null {
  // The spoof is told for a message to one destination; with several, the sender's own journey runs.
  if (!s.world.spoof || s.via || s.group.length !== s.recipients.length) return null;
  // A spoofer meets the same failing name servers (SERVFAIL) as anyone else.
  if (servesFailure(s.recipient.domain, s.world.servfail)) return null;
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
/**
 * What the spoofer writes: From: (display name and address) and its envelope sender. `exact` forges
 * the sender's own address; the others use a domain of the forger's own, where its checks pass
 * (email-facts.md §9: display-name spoofing and lookalike domains are not DMARC's to stop).
 */
export function forgedIdentity(s: Scenario): { display: string | null; address: string } {
  const forgery = s.world.forgery;
  if (forgesSenderAddress(forgery)) return { display: null, address: s.sender.address };
  const address = `${s.sender.local}@${FORGER_DOMAINS[forgery]}`;
  return { display: forgery === 'display-name' ? `${s.sender.name} (${s.sender.domain})` : null, address };
}

/** The envelope sender (MAIL FROM): a forwarder's SRS address, the forger's, or the sender's own. */
export const envelopeSender = (s: Scenario): string =>
  s.via?.mailFrom ?? (forged(s) ? forgedIdentity(s).address : s.sender.address);

/** The domain SPF checks: the envelope sender's (after SRS, the forwarder's own; RFC 7208 §2.4). */
export const spfDomain = (s: Scenario): string =>
  s.via ? domainOf(s.via.mailFrom) : forged(s) ? domainOf(forgedIdentity(s).address) : s.sender.domain;
/** The domain DMARC is about: the From: domain (a list rewrites From: to its own address). */
export const fromDomain = (s: Scenario): string =>
  s.via?.list ? domainOf(s.via.list) : forged(s) ? domainOf(forgedIdentity(s).address) : s.sender.domain;
/** The d= of the DKIM-Signature the MX verifies: the provider's, or the forger's own domain. The
 *  exact forgery copies the sender's d= (it cannot make that signature verify). */
export const dkimDomain = (s: Scenario): string => (forged(s) ? domainOf(forgedIdentity(s).address) : s.sender.domain);
/**
 * The organisational domain (RFC 7489 §3.2): the registrable domain by the Public Suffix List's
 * ICANN section, so mail.example.co.uk belongs to example.co.uk, not to co.uk. A name the list cannot
 * place (a bare suffix) is its own organisation. Relaxed alignment compares these (RFC 7489 §3.1).
 */
export const orgDomain = (d: string): string => {
  const name = d.toLowerCase().replace(/\.$/, '');
  return getDomain(name, { allowPrivateDomains: false, extractHostname: false, validateHostname: false }) ?? name;
};

/** Identifier alignment (RFC 7489 §3.1): strict needs the same domain, relaxed the same organisation. */
export const aligned = (a: string, b: string, strict: boolean): boolean =>
  strict ? a.toLowerCase() === b.toLowerCase() : orgDomain(a) === orgDomain(b);

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror';
export type DkimResult = 'pass' | 'fail' | 'none' | 'permerror';
export type DmarcResult = 'pass' | 'fail' | 'none';
export type Policy = 'none' | 'quarantine' | 'reject';

export interface AuthVerdicts {
  ptr: boolean;
  /** SPF passed for a domain aligned with From: (what counts for DMARC; the badge shows it). */
  spf: boolean;
  /** SPF's own result for the envelope sender's domain (what Authentication-Results reports). */
  spfPass: boolean;
  spfResult: SpfResult;
  /** DKIM's own result (Authentication-Results); `dkimAligned`: its d= aligns with From:. */
  dkim: boolean;
  dkimResult: DkimResult;
  dkimAligned: boolean;
  spfAligned: boolean;
  /** Alignment mode of the From: domain's record (adkim/aspf; relaxed when none). */
  strict: boolean;
  dmarc: boolean;
  dmarcResult: DmarcResult;
  /** The sender domain's DMARC policy, or null when it publishes none. */
  policy: Policy | null;
  /** What the receiver does with the message after pct= (RFC 7489 §6.6.4): `none` when DMARC passed. */
  disposition: Policy;
  /** The share of failing mail the policy applies to (pct=, 100 by default) and this message's place. */
  pct: number;
  bucket: number;
  /** A forwarded copy's ARC chain as this MX evaluated it (RFC 8617 §5.2; `none`: no chain, or a sealer
   *  it does not trust and so does not evaluate); `arcOverride`: DMARC failed, but the trusted sealer's
   *  results passed, so local policy delivers it (`dis=none`; RFC 7489 §6.7). */
  arc: 'pass' | 'none';
  arcOverride: boolean;
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
      const name = `${DKIM_SELECTOR}._domainkey.${dkimDomain(s)}`;
      return { name, record: queryTxt(name, zone, 'v=DKIM1')[0] ?? null };
    }
    case 'dmarc': {
      const name = `_dmarc.${domain}`;
      return { name, record: queryTxt(name, zone, 'v=DMARC1')[0] ?? null };
    }
  }
}

const QUALIFIER: Readonly<Record<string, SpfResult>> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };
/** Mechanisms that cost a DNS look-up; more than ten is a permerror (RFC 7208 §4.6.4). */
const LOOKUPS = /^[+~?-]?(include|a|mx|ptr|exists|redirect)\b/;

/**
 * SPF's check_host (RFC 7208 §4), reduced to what this world publishes: `ip4:` networks and `all`
 * with their qualifiers, left to right, the first match wins; no match is neutral (§4.7). Look-ups
 * are counted as evaluation reaches them (§4.6.4): the eleventh is a permerror, but a match before
 * it ends evaluation first. The includes this world names publish nothing the relay matches.
 */
export function spfResult(record: string | null, ip: string): SpfResult {
  if (!record) return 'none';
  const terms = record.split(' ').filter(Boolean).slice(1);
  const net = ip.split('.').slice(0, 3).join('.');
  let lookups = 0;
  for (const term of terms) {
    if (LOOKUPS.test(term) && ++lookups > 10) return 'permerror';
    const qualifier = /^[+~?-]/.test(term) ? term.charAt(0) : '+';
    const mechanism = qualifier === term.charAt(0) ? term.slice(1) : term;
    if (mechanism === 'all' || mechanism === `ip4:${ip}` || mechanism === `ip4:${net}.0/24`)
      return QUALIFIER[qualifier] ?? 'neutral';
  }
  return 'neutral';
}

/**
 * The DKIM result (RFC 6376 §6.1): none when nothing is signed; fail when the signature does not verify
 * (a spoofer's copy, a list's or a hop's change); permerror when no key is published for it (RFC 6376
 * §6.1.2: a signature that can never be verified; RFC 8601 §2.7.1); pass otherwise.
 */
function dkimResult(s: Scenario): DkimResult {
  if (forged(s)) return forgesSenderAddress(s.world.forgery) ? 'fail' : 'pass';
  const signing = s.world.signing[s.sender.domain] ?? 'signed';
  if (signing === 'unsigned') return 'none';
  if (signing === 'broken' || s.via?.list) return 'fail';
  return checkQuestion('dkim', s).record !== null ? 'pass' : 'permerror';
}

/**
 * Where this message falls among 100 for pct= (RFC 7489 §6.6.4 samples at random; the simulation
 * has no randomness): the FNV-1a hash of its Message-ID, modulo 100. The policy applies when the
 * bucket is below pct, so the same message always gets the same treatment.
 */
export function pctBucket(messageId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < messageId.length; i++) hash = Math.imul(hash ^ messageId.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 100;
}

/** The next lower treatment for failing mail outside pct= (RFC 7489 §6.6.4). */
const LOWER: Readonly<Record<Policy, Policy>> = { reject: 'quarantine', quarantine: 'none', none: 'none' };

export function authVerdicts(s: Scenario): AuthVerdicts {
  const spfRes = spfResult(checkQuestion('spf', s).record, connectingHost(s).ipv4);
  const tags = dmarcTags(checkQuestion('dmarc', s).record);
  const policy = tags && ['none', 'quarantine', 'reject'].includes(tags.p) ? (tags.p as Policy) : tags ? 'none' : null;
  const strict = tags?.adkim === 's';
  const spfAligned = aligned(spfDomain(s), fromDomain(s), tags?.aspf === 's');
  const dkimAligned = aligned(dkimDomain(s), fromDomain(s), strict);
  const dkimRes = dkimResult(s);
  const spf = spfRes === 'pass' && spfAligned;
  // DMARC needs one identity that both passes and aligns with From: (RFC 7489 §3.1, §4.2).
  const dmarc = spf || (dkimRes === 'pass' && dkimAligned);
  const pct = Math.min(100, Math.max(0, Number(tags?.pct ?? '100') || 0));
  const bucket = pctBucket(messageIdFor(s));
  const arc = arcResult(s);
  const arcOverride = !dmarc && policy !== null && arc === 'pass' && s.via?.seen.verdicts.dmarc === 'pass';
  const disposition: Policy = dmarc || policy === null || arcOverride ? 'none' : bucket < pct ? policy : LOWER[policy];
  return {
    ptr: true,
    spf,
    spfPass: spfRes === 'pass',
    spfResult: spfRes,
    dkim: dkimRes === 'pass',
    dkimResult: dkimRes,
    dkimAligned,
    spfAligned,
    strict,
    dmarc,
    dmarcResult: policy === null ? 'none' : dmarc ? 'pass' : 'fail',
    policy,
    disposition,
    pct,
    bucket,
    arc,
    arcOverride,
  };
}

/**
 * The ARC chain of a forwarded copy: the forwarder (not a list, which rewrites instead) sealed it as
 * instance 1 (cv=none, as the first seal must), nothing changed it since, so it validates: `pass`,
 * evaluated by an MX that trusts the sealer's domain (ARC-Seal d=, the alias's domain).
 */
function arcResult(s: Scenario): 'pass' | 'none' {
  if (!s.via || s.via.list) return 'none';
  return s.world.arcTrusted.includes(domainOf(s.via.alias)) ? 'pass' : 'none';
}

/** The domain that sealed a forwarded copy's ARC set (its ARC-Seal d=), or null when none did. */
export const arcSealer = (s: Scenario): string | null => (s.via && !s.via.list ? domainOf(s.via.alias) : null);

/** The Message-ID the MX sees: the MSA's, or the one the spoofer wrote (annotate.ts writes the same). */
export const messageIdFor = (s: Scenario): string =>
  forged(s) ? `<a1b2c3d4-0001@${SPOOFER_ID_DOMAIN}>` : `<a1b2c3d4-0001@${s.sender.domain}>`;
const SPOOFER_ID_DOMAIN = 'bulk-sender.example';

/** The results as Authentication-Results writes them: `spf=…;dkim=…;dmarc=…` (the picture's data-auth). */
export const authWords = (v: AuthVerdicts): string => `spf=${v.spfResult};dkim=${v.dkimResult};dmarc=${v.dmarcResult}`;

export const passes = (check: Check, v: AuthVerdicts): boolean => v[check];

/** RFC 7489 §10.3's example reply for a DMARC reject. */
export const dmarcReject = (domain: string): Reply => ({
  code: 550,
  enhanced: '5.7.1',
  text: `Email rejected per DMARC policy for ${domain}`,
});

/** What the DMARC policy does with a message that failed: reject it, file it in Junk, or nothing. */
export function dmarcDecision(v: AuthVerdicts, domain: string): { folder: Folder } | { reply: Reply } {
  if (v.disposition === 'none') return { folder: 'INBOX' };
  return v.disposition === 'reject' ? { reply: dmarcReject(domain) } : { folder: 'Junk' };
}
