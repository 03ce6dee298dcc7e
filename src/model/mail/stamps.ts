// What each accepting server adds to the message header (RFC 5321 §4.4; RFC 6376; RFC 8601).
import type { HeaderField } from '../words/vocabulary';

export interface ReceivedClause {
  /** The EHLO/LHLO name the client gave, or its address literal. */
  helo: string;
  /** Reverse-DNS name and TCP address of the client, as the server saw them. */
  rdns: string;
  ip: string;
  by: string;
  /** RFC 3848 keyword: ESMTP, ESMTPS, ESMTPSA, LMTP… */
  protocol: string;
  id: string;
  /** The one recipient of the session; left out when there were several (RFC 5321 §4.4). */
  for?: string | undefined;
  date: string;
  software?: string;
}

/** `Received: from … by … with … id … for <…>; date`, folded as servers write it. */
export function received(c: ReceivedClause): HeaderField {
  const by = c.software ? `${c.by} (${c.software})` : c.by;
  return {
    name: 'Received',
    value: `from ${c.helo} (${c.rdns} [${c.ip}])\r\n\tby ${by} with ${c.protocol} id ${c.id}${c.for ? `\r\n\tfor <${c.for}>` : ''}; ${c.date}`,
  };
}

export function dkimSignature(domain: string): HeaderField {
  return {
    name: 'DKIM-Signature',
    value: `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=s2025;\r\n\th=from:to:subject:date:message-id; bh=<base64 body hash>; b=<base64 signature>`,
  };
}

export interface Verdicts {
  /** RFC 8601 §2.7.2 result words (RFC 7208 §2.6). */
  spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror';
  /** `none`: nothing was signed (RFC 8601 §2.7.1). */
  dkim: 'pass' | 'fail' | 'none' | 'permerror';
  /** `none`: the From: domain publishes no DMARC policy (RFC 8601 §2.7.1 result words). */
  dmarc: 'pass' | 'fail' | 'none';
  /** On a DMARC fail: the published policy and the disposition applied, as a comment. */
  policy?: { p: string; dis: string };
  /** A forwarded copy's ARC chain, validated by a receiver that trusts its sealer (RFC 8617 §4.1.3), and
   *  whether it overrode the DMARC policy (RFC 7489 §6.7: `trusted_forwarder`). */
  arc?: { sealer: string; override: boolean };
}

/** The domains each result is about: SPF's envelope sender, DKIM's d=, DMARC's From:. */
export interface AuthDomains {
  mailfrom: string;
  dkim: string;
  from: string;
}

export function authenticationResults(authserv: string, d: AuthDomains, v: Verdicts): HeaderField {
  return { name: 'Authentication-Results', value: `${authserv}; ${authResults(d, v)}` };
}

/** With no signature there is nothing to name: `dkim=none (no signature)` (RFC 8601 §2.7.1). */
const dkimWords = (d: AuthDomains, v: Verdicts) =>
  v.dkim === 'none' ? 'none (no signature)' : `${v.dkim} header.d=${d.dkim} header.s=s2025`;

// The arc method's only properties are header.oldest-pass and smtp.remote-ip (RFC 8617 §10.1; the
// IANA email-auth registry): the sealer's domain is a comment. 0: every ARC-Message-Signature validated.
const arcWords = (v: Verdicts) => (v.arc ? `arc=pass (i=1 sealed by ${v.arc.sealer}) header.oldest-pass=0;\r\n\t` : '');
const policyWords = (v: Verdicts) =>
  v.policy ? ` (p=${v.policy.p} dis=${v.policy.dis}${v.arc?.override ? ' override=trusted_forwarder' : ''})` : '';

const authResults = (d: AuthDomains, v: Verdicts) =>
  `spf=${v.spf} smtp.mailfrom=${d.mailfrom};\r\n\tdkim=${dkimWords(d, v)}; ${arcWords(v)}dmarc=${v.dmarc}${policyWords(v)} header.from=${d.from}`;

/** The ARC set a forwarder adds, instance 1 (RFC 8617 §4.1): the results it saw, its signature, its seal. */
export function arcSet(forwarder: string, domain: string, t: number, d: AuthDomains, v: Verdicts): HeaderField[] {
  return [
    {
      name: 'ARC-Seal',
      value: `i=1; a=rsa-sha256; t=${t}; cv=none; d=${domain}; s=arc2025;\r\n\tb=<base64 seal>`,
    },
    {
      name: 'ARC-Message-Signature',
      value: `i=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=arc2025; t=${t};\r\n\th=from:to:subject:date:message-id:dkim-signature; bh=<base64 body hash>; b=<base64 signature>`,
    },
    { name: 'ARC-Authentication-Results', value: `i=1; ${forwarder}; ${authResults(d, v)}` },
  ];
}

/** The MSA adds a Message-ID when the client did not (RFC 6409 §8.3). */
export function messageId(domain: string): HeaderField {
  return { name: 'Message-ID', value: `<a1b2c3d4-0001@${domain}>` };
}

export const returnPath = (envelopeFrom: string): HeaderField => ({ name: 'Return-Path', value: `<${envelopeFrom}>` });
export const deliveredTo = (rcpt: string): HeaderField => ({ name: 'Delivered-To', value: rcpt });
/** SpamAssassin's widely used verdict header (provider practice, not a standard). */
export const spamFlag: HeaderField = { name: 'X-Spam-Flag', value: 'YES' };

/** Puts new fields on top, newest first, leaving every existing field as it was (RFC 5321 §4.4). */
export function prepend(headers: readonly HeaderField[], ...fields: HeaderField[]): HeaderField[] {
  return [...fields, ...headers];
}

/** Inserts the Message-ID among the original fields, where a client would have put it. */
export function withMessageId(headers: readonly HeaderField[], id: HeaderField): HeaderField[] {
  if (headers.some((h) => h.name.toLowerCase() === 'message-id')) return [...headers];
  const dateAt = headers.findIndex((h) => h.name === 'Date');
  const at = dateAt < 0 ? headers.length : dateAt;
  return [...headers.slice(0, at), id, ...headers.slice(at)];
}
