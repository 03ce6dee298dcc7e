// The reports a journey sets off (issue 24): a DMARC aggregate report (RFC 7489 §7.2) from the
// receiving MX's organisation to the address in the From: domain's `rua=`, and a TLS report
// (RFC 8460) from the sending MTA to the recipient domain's TLS-RPT address. Each is a message of its
// own, sent after the journey (real reporters send one a day); planned in plan/reports.ts.
import { authVerdicts, fromDomain } from '../journey/auth';
import type { Report } from '../journey/machine';
import { transportTo } from '../journey/transport';
import { HOPS } from './hops';
import type { StepShape } from './phaseRow';
import type { Scenario } from '../world/scenario';
import { dmarcTagsOf, tlsRptAddress } from '../world/zoneEdits';

/** The report's step: where it goes, and what it says. */
export function reportStep(report: Report, s: Scenario): StepShape {
  if (report === 'dmarc') {
    const v = authVerdicts(s);
    const to = (dmarcTagsOf(fromDomain(s), s.world)?.rua ?? '').replace(/^mailto:/, '');
    return {
      id: 'report-dmarc',
      hop: HOPS.dmarcReport,
      caption: 'step.report.dmarc',
      params: { rua: to, senderDomain: fromDomain(s), disposition: v.disposition },
      picture: { result: 'accepted', token: 'report', tls: 'tls' },
    };
  }
  const t = transportTo(s, '');
  return {
    id: 'report-tls',
    hop: HOPS.tlsReport,
    caption: `step.report.tls${t.testing ? '.testing' : ''}`,
    params: { rua: tlsRptAddress(s.recipient.domain) },
    picture: { result: 'accepted', token: 'report' },
  };
}
