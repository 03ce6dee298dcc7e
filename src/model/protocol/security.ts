// The protocol detail of the forging and defending steps (issue 24): the EHLO reply a man in the
// middle rewrote, and the reports sent after a journey (email-facts.md §9).
import { authVerdicts, connectingHost, fromDomain, spfDomain } from '../journey/auth';
import type { Report } from '../journey/machine';
import { transportTo } from '../journey/transport';
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

/** What a report says: the DMARC aggregate report's XML record, or the TLS report's JSON failure. */
function reportLines(s: Scenario, report: Report): TranscriptLine[] {
  if (report === 'dmarc') {
    const v = authVerdicts(s);
    return [
      message(`<record><row><source_ip>${connectingHost(s).ipv4}</source_ip><count>1</count>`),
      message(
        `<policy_evaluated><disposition>${v.disposition}</disposition><dkim>${v.dkimAligned && v.dkim ? 'pass' : 'fail'}</dkim><spf>${v.spf ? 'pass' : 'fail'}</spf></policy_evaluated></row>`,
      ),
      message(
        `<identifiers><header_from>${fromDomain(s)}</header_from></identifiers><auth_results><spf><domain>${spfDomain(s)}</domain><result>${v.spfResult}</result></spf></auth_results></record>`,
      ),
    ];
  }
  const t = transportTo(s, '');
  return [
    client(`POST /tlsrpt HTTP/1.1`),
    client(`Host: reports.${s.recipient.domain}`),
    client('Content-Type: application/tlsrpt+gzip'),
    message(
      `{"policy": {"policy-type": "${t.testing || s.world.mtaSts[s.recipient.domain] ? 'sts' : 'no-policy-found'}", "policy-domain": "${s.recipient.domain}"},`,
    ),
    message(
      `"failure-details": [{"result-type": "starttls-not-supported", "sending-mta-ip": "${s.sender.provider.outboundMta.ipv4}", "failed-session-count": 1}]}`,
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
