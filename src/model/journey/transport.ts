// Transport security between the servers (email-facts.md §9): STARTTLS on port 25 is opportunistic,
// so a man in the middle can delete `250-STARTTLS` from the MX's EHLO reply and the sending MTA
// carries on in plaintext (RFC 3207 §6), unless the recipient domain's MTA-STS policy in `enforce`
// mode (RFC 8461 §5) or DANE TLSA records validated by DNSSEC (RFC 7672 §2.2) make it refuse.
import { forged } from './auth';
import type { Scenario } from '../world/scenario';
import { hasTlsa, hasTlsRpt } from '../world/zoneEdits';

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

/**
 * The session from the sending MTA to `exchange`. The sender is assumed to hold the MTA-STS policy
 * already (an earlier delivery fetched it): the very first delivery is not protected (RFC 8461 §10.2).
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
