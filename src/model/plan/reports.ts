// The reports after a journey (issue 24): which the world asks for, run through the machine from its
// `reporting` state like the bounce, so each is a step row (steps/reports.ts) with its own detail.
import type { Joined, Run } from './branches';
import { fromDomain } from '../journey/auth';
import type { Report } from '../journey/machine';
import { transportTo } from '../journey/transport';
import { runJourney, type Annotator } from './run';
import type { StepId } from '../steps/phases';
import type { Step } from '../words/types';
import { dmarcTagsOf } from '../world/zoneEdits';

const CHECKED: StepId = 'check-dmarc';
const STRIPPED: StepId = 'starttls';

/**
 * A DMARC aggregate report when the MX evaluated DMARC for a From: domain whose record has `rua=`
 * (RFC 7489 §7.2), and a TLS report when STARTTLS was stripped on the way to a domain that publishes
 * TLS-RPT (RFC 8460 §3): each a run of its own, starting when the journey's steps end.
 */
export function reportRuns(joined: Joined, steps: readonly Step[], annotator: Annotator): Run[] {
  const s = joined.main.scenario;
  // Reports about the journey the picture frames (its first destination, drawn with the plain ids).
  const own = (id: StepId) => steps.some((step) => step.id === id && step.branch === s.recipient.domain);
  const wanted: Report[] = [];
  if (own(CHECKED) && dmarcTagsOf(fromDomain(s), s.world)?.rua) wanted.push('dmarc');
  if (own(STRIPPED) && transportTo(s, '').reported) wanted.push('tls');
  const start = steps.at(-1)?.endsAt ?? joined.end;
  return wanted.map((report) => runJourney(s, annotator, { phase: 'reporting', report }, { start }));
}
