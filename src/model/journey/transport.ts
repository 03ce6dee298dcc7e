// Transport security between the servers (email-facts.md §9): STARTTLS on port 25 is opportunistic,
// so a man in the middle can delete `250-STARTTLS` from the MX's EHLO reply and the sending MTA
// carries on in plaintext (RFC 3207 §6), unless the recipient domain's MTA-STS policy in `enforce`
// mode (RFC 8461 §5) or DANE TLSA records validated by DNSSEC (RFC 7672 §2.2) make it refuse.
import { forged } from './auth';
import type { Scenario } from '../world/scenario';
import { queryTxt } from '../world/dns';
import { hasTlsa, hasTlsRpt, mxRecords, stsName } from '../world/zoneEdits';

/** What protects a session to the exchange when STARTTLS is stripped: the defence that refuses, or none. */
export type Defence = 'mta-sts' | 'dane' | null;

export interface Transport {
  /** The man in the middle sits on this session's path (between the sending MTA and the MX). */
  stripped: boolean;
  /** The defence that makes the sender refuse to go on without TLS; null when it carries on. */
  enforced: Defence;
  /** How the message crosses the network: encrypted, or readable by anyone on the path. */
  tls: 'tls' | 'plain';
  /** The recipient domain's MTA-STS policy is in `testing`: the sender delivers, and reports. */
  testing: boolean;
  /** The recipient domain asks for TLS reports (TLS-RPT), so a failure is reported. */
  reported: boolean;
}

/** DANE applies to `exchange`: it has TLSA records and the recipient's zone is signed (RFC 7672 §2.2). */
export const daneApplies = (s: Scenario, exchange: string): boolean =>
  hasTlsa(exchange, s.world) && s.world.dnssec.includes(s.recipient.domain);

/** How long a sender may keep an MTA-STS policy, in seconds: a week, as RFC 8461 §3.2's example. */
export const STS_MAX_AGE = 604800;

/** The MTA-STS policy the sending MTA finds for the recipient domain before it connects to an MX. */
export interface StsPolicy {
  domain: string;
  /** The `_mta-sts` TXT record that says a policy exists (`v=STSv1; id=…`), RFC 8461 §3.1. */
  txt: string;
  /** Where the policy itself is served, over HTTPS (RFC 8461 §3.3). */
  host: string;
  mode: 'testing' | 'enforce';
  /** The `mx:` lines: the MX hosts a sender may deliver to under the policy. */
  mx: string[];
  maxAge: number;
}

/**
 * The policy the sending MTA looks up and fetches (RFC 8461 §3): only the recipient domain's own
 * relay session asks (not a forger, which ignores it, nor a local delivery or a forwarder's hop),
 * and only when the domain publishes both the TXT record and a policy.
 */
export function stsPolicy(s: Scenario): StsPolicy | null {
  const domain = s.recipient.domain;
  const mode = s.world.mtaSts[domain];
  const txt = queryTxt(stsName(domain), s.world.zone, 'v=STSv1')[0];
  if (!mode || !txt || forged(s) || s.via || s.mode !== 'cross-domain') return null;
  const mx = mxRecords(domain, s.world).flatMap((r) => (r.exchange === '.' ? [] : [r.exchange]));
  return { domain, txt, host: `mta-sts.${domain}`, mode, mx, maxAge: STS_MAX_AGE };
}

/**
 * The session from the sending MTA to `exchange`. The sender looked up and fetched the MTA-STS
 * policy at the MX look-up (stsPolicy), before any connection, so a man in the middle on port 25
 * cannot hide it; it then keeps it for max_age. Only a sender that could not fetch it at all (an
 * attacker blocking that first fetch) is unprotected: trust on first use (RFC 8461 §10.2).
 * DANE counts only when the zone is signed; TLSA records without DNSSEC are ignored (RFC 7672 §2.2).
 */
export function transportTo(s: Scenario, exchange: string): Transport {
  const domain = s.recipient.domain;
  const stripped = s.world.mitm && !forged(s) && !s.via && s.mode === 'cross-domain';
  const dane = daneApplies(s, exchange);
  const sts = s.world.mtaSts[domain];
  const enforced: Defence = !stripped ? null : dane ? 'dane' : sts === 'enforce' ? 'mta-sts' : null;
  return {
    stripped,
    enforced,
    tls: stripped && !enforced ? 'plain' : 'tls',
    testing: sts === 'testing',
    reported: hasTlsRpt(domain, s.world),
  };
}
