// The receiving MX's own checks of who sent a message: PTR, SPF, DKIM and DMARC, judged from the
// world's DNS (RFC 7208, RFC 6376, RFC 7489; email-facts.md §8).
import { queryTxt } from './dns';
import type { Check } from './journey';
import type { Scenario } from './scenario';
import type { Folder, Reply } from './vocabulary';
import { DKIM_SELECTOR, SPOOFER, type Host } from './world';

/** The server that connects to the recipient's MX: the sender's outbound relay, or the spoofer. */
export const connectingHost = (s: Scenario): Host => (s.world.spoof ? SPOOFER : s.sender.provider.outboundMta);

export interface AuthVerdicts {
  ptr: boolean;
  spf: boolean;
  dkim: boolean;
  dmarc: boolean;
  /** The sender domain's DMARC policy, or null when it publishes none. */
  policy: 'none' | 'quarantine' | 'reject' | null;
}

/** The DNS name each check asks about, and the record it finds (null: none published). */
export function checkQuestion(check: Check, s: Scenario): { name: string; record: string | null } {
  const domain = s.sender.domain;
  const zone = s.world.zone;
  switch (check) {
    case 'ptr':
      return { name: connectingHost(s).ipv4, record: connectingHost(s).name };
    case 'spf':
      return { name: domain, record: queryTxt(domain, zone, 'v=spf1')[0] ?? null };
    case 'dkim': {
      const name = `${DKIM_SELECTOR}._domainkey.${domain}`;
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
  const spf = spfPasses(checkQuestion('spf', s).record, connectingHost(s).ipv4);
  // The provider signs with d=<sender domain>, s=s2025: the signature verifies when the key is published.
  // A spoofer cannot sign with the provider's private key: its forged signature never verifies.
  const dkim = !s.world.spoof && checkQuestion('dkim', s).record !== null;
  const policyText = /p=(none|quarantine|reject)/.exec(checkQuestion('dmarc', s).record ?? '')?.[1];
  const policy = (policyText as AuthVerdicts['policy']) ?? null;
  // Both identities are the From: domain itself, so each aligns; DMARC needs one to pass (RFC 7489 §3.1).
  return { ptr: true, spf, dkim, dmarc: spf || dkim, policy };
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
