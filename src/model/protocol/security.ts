// The protocol detail of the forging and defending steps (issue 24): the EHLO reply a man in the
// middle rewrote, and the reports sent after a journey (email-facts.md §9).
import { authVerdicts, connectingHost, fromDomain, spfDomain, type AuthVerdicts } from '../journey/auth';
import type { Report } from '../journey/machine';
import { daneApplies, stsPolicy, transportTo } from '../journey/transport';
import { digRecord } from './dig';
import { byPreference, queryMx } from '../world/dns';
import type { Scenario } from '../world/scenario';
import { dmarcTagsOf, STS_ID, tlsRptAddress } from '../world/zoneEdits';
import { client, message, note, server, type TranscriptLine } from './types';

/** The EHLO exchange as the sender saw it: no `250-STARTTLS`; then on in the clear, or QUIT. */
export function stripped(s: Scenario, exchange: string, enforced: boolean): TranscriptLine[] {
  const t = transportTo(s, exchange);
  const out = s.sender.provider.outboundMta.name;
  const lines = [
    server(`220 ${exchange} ESMTP ready`),
    client(`EHLO ${out}`),
    server(`250-${exchange}`),
    note('note.starttls.stripped'),
    server('250-SIZE 36700160'),
    server('250-ENHANCEDSTATUSCODES'),
    server('250 8BITMIME'),
  ];
  if (!enforced) return [...lines, note('note.starttls.plain')];
  const why = t.enforced === 'dane' ? 'note.starttls.dane' : 'note.starttls.mta-sts';
  return [...lines, note(why, { mx: exchange, id: STS_ID }), client('QUIT'), server('221 2.0.0 Bye')];
}

/**
 * The MTA-STS look-up and fetch that follow the MX question (RFC 8461 §3): the `_mta-sts` TXT record
 * only says that a policy exists and its id; the policy itself comes over HTTPS from `mta-sts.<domain>`,
 * trusted because its certificate is valid for that name (the web PKI), not because of DNS.
 */
export function stsFetch(s: Scenario): TranscriptLine[] {
  const p = stsPolicy(s);
  if (!p) return [];
  return [
    note('note.mta-sts.txt', { domain: p.domain }),
    ...digRecord(`_mta-sts.${p.domain}`, 'TXT', p.txt),
    note('note.mta-sts.fetch', { host: p.host }),
    client('GET /.well-known/mta-sts.txt HTTP/1.1'),
    client(`Host: ${p.host}`),
    // An empty line ends the request's header, and the reply's: what follows it is the body (RFC 9112 §2.1).
    client(''),
    server('HTTP/1.1 200 OK'),
    server('Content-Type: text/plain'),
    server(''),
    // The policy file is the server's reply body (RFC 8461 §3.2).
    server('version: STSv1'),
    server(`mode: ${p.mode}`),
    ...p.mx.map((mx) => server(`mx: ${mx}`)),
    server(`max_age: ${p.maxAge}`),
    note('note.mta-sts.cached', { days: Math.round(p.maxAge / 86400) }),
  ];
}

/** The exchange the sender tried first: the one whose session the TLS report is about. */
function firstExchange(s: Scenario): string {
  const answer = queryMx(s.recipient.domain, s.world.zone);
  const records = answer.status === 'NOERROR' ? answer.records : [];
  return byPreference(records)[0]?.exchange ?? s.recipient.domain;
}

/**
 * The policy the sender applied (RFC 8460 §4.3): `tlsa` when DANE was (TLSA records in a signed
 * zone; it takes precedence over MTA-STS, RFC 8461 §2), `sts` for an MTA-STS policy, or none found.
 */
function policyType(s: Scenario, exchange: string): 'tlsa' | 'sts' | 'no-policy-found' {
  if (daneApplies(s, exchange)) return 'tlsa';
  return s.world.mtaSts[s.recipient.domain] ? 'sts' : 'no-policy-found';
}

/** Why a failing message was not given the policy, as the report says (RFC 7489 Appendix C): a trusted
 *  forwarder's ARC seal (trusted_forwarder), or pct= leaving it out (sampled_out). */
function sampledOut(v: AuthVerdicts): string {
  if (v.dmarc || v.policy === null || v.disposition === v.policy) return '';
  return `<reason><type>${v.arcOverride ? 'trusted_forwarder' : 'sampled_out'}</type></reason>`;
}

/** What a report says: the DMARC aggregate report's XML record, or the TLS report's JSON failure. */
function reportLines(s: Scenario, report: Report): TranscriptLine[] {
  if (report === 'dmarc') {
    const v = authVerdicts(s);
    return [
      message(`<record><row><source_ip>${connectingHost(s).ipv4}</source_ip><count>1</count>`),
      message(
        `<policy_evaluated><disposition>${v.disposition}</disposition><dkim>${v.dkimAligned && v.dkim ? 'pass' : 'fail'}</dkim><spf>${v.spf ? 'pass' : 'fail'}</spf>${sampledOut(v)}</policy_evaluated></row>`,
      ),
      message(
        `<identifiers><header_from>${fromDomain(s)}</header_from></identifiers><auth_results><spf><domain>${spfDomain(s)}</domain><result>${v.spfResult}</result></spf></auth_results></record>`,
      ),
    ];
  }
  const exchange = firstExchange(s);
  return [
    client(`POST /tlsrpt HTTP/1.1`),
    client(`Host: reports.${s.recipient.domain}`),
    // The uncompressed form (RFC 8460 §5.3); +gzip would be the same JSON, compressed.
    client('Content-Type: application/tlsrpt+json'),
    message(
      `{"policies": [{"policy": {"policy-type": "${policyType(s, exchange)}", "policy-domain": "${s.recipient.domain}"},`,
    ),
    message(`"summary": {"total-successful-session-count": 0, "total-failure-session-count": 1},`),
    message(
      `"failure-details": [{"result-type": "starttls-not-supported", "sending-mta-ip": "${s.sender.provider.outboundMta.ipv4}", "receiving-mx-hostname": "${exchange}", "failed-session-count": 1}]}]}`,
    ),
    server('HTTP/1.1 201 Created'),
  ];
}

export function reportDetail(s: Scenario, report: Report): { transcript: TranscriptLine[] } {
  const to =
    report === 'dmarc'
      ? (dmarcTagsOf(fromDomain(s), s.world)?.rua ?? '').replace(/^mailto:/, '')
      : tlsRptAddress(s.recipient.domain);
  return { transcript: [note(`note.report.${report}`, { to }), ...reportLines(s, report)] };
}
