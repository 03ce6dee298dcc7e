// Forwarding through a third organisation (email-facts.md §8): bob@alumni.example.net forwards to
// bob@example.org. The alias domain's server (forwarder-1) accepts the message like any MX, adds its
// Received line, rewrites the envelope sender with SRS, seals what it saw with ARC (instance 1) and
// relays from its own IP. A mailing list also tags the subject, adds a footer and rewrites From:.
import { authVerdicts, fromDomain, spfDomain } from '../journey/auth';
import type { Run } from './branches';
import { runJourney, type Annotator } from './run';
import { recipientParty, forGroup, type Scenario, type Via } from '../world/scenario';
import type { StepId } from '../steps/phases';
import type { NodeId, Step } from '../words/types';
import { FORWARDER, forwardTarget } from '../world/world';

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);
const localOf = (address: string) => address.slice(0, address.lastIndexOf('@'));

/** SRS0=HHH=TT=<original domain>=<original local>@<forwarder domain> (the SRS specification; postsrsd). */
export const srsAddress = (original: string, forwarderDomain: string): string =>
  `SRS0=x7Kq=ZB=${domainOf(original)}=${localOf(original)}@${forwarderDomain}`;

/** A list sends with its own envelope sender, where its bounces are handled (Mailman's `-bounces`). */
export const listBounces = (list: string): string => `${localOf(list)}-bounces@${domainOf(list)}`;

export const listFooter = (list: string) => `\n-- \n${localOf(list)} mailing list\n${list}`;

const renamed = (step: Step, rename: (id: NodeId) => NodeId): Step => ({
  ...step,
  from: rename(step.from),
  to: rename(step.to),
});

/**
 * What the forwarder sends on for one alias: its envelope sender (SRS, or the list's bounce address),
 * and what its own checks found of the message as it arrived (`s`), for its ARC seal.
 */
function viaFor(s: Scenario, alias: string): Via {
  const list = s.world.lists.includes(alias) ? alias : null;
  const seen = authVerdicts(s);
  const word = (pass: boolean) => (pass ? ('pass' as const) : ('fail' as const));
  return {
    host: FORWARDER,
    mailFrom: list ? listBounces(list) : srsAddress(s.sender.address, domainOf(alias)),
    list,
    alias,
    seen: {
      domains: { mailfrom: spfDomain(s), dkim: s.sender.domain, from: fromDomain(s) },
      verdicts: {
        spf: word(seen.spfPass),
        // Unsigned mail has no signature to judge: `none`, as the forwarder's ARC-Authentication-Results says.
        dkim: seen.dkimResult === 'none' ? 'none' : word(seen.dkim),
        dmarc: seen.policy === null ? 'none' : word(seen.dmarc),
      },
    },
  };
}

/**
 * The runs of a destination whose recipients include an address that forwards to another
 * organisation (email-facts.md §8): one SMTP session to the forwarder with an RCPT TO for every
 * recipient of that domain (each answered on its own), up to the forwarder's acceptance; then, for
 * each forwarding address, a run of its own from the machine's forwarding phase: the forwarder's
 * step, and a second delivery from its own IP. Null if nobody in the group forwards.
 */
export function forwardedRuns(s: Scenario, annotator: Annotator): Run[] | null {
  const forwarding = s.group.filter((r) => forwardTarget(s.world, r.address));
  const [lead] = forwarding;
  if (!lead) return null;
  const toForwarder = (id: NodeId): NodeId => (id === 'recipient-mx' || id === 'recipient-mx2' ? 'forwarder-1' : id);
  // The session follows a recipient the forwarder takes, whatever order the addresses were typed in.
  const session = { ...s, recipient: lead };
  const first = runJourney(session, annotator);
  const cut = first.steps.findIndex(
    (step) => step.id === ('check-dmarc' satisfies StepId) && step.result === 'accepted',
  );
  const leg1 = first.steps.slice(0, cut + 1).map((step) => renamed(step, toForwarder));
  const last = leg1.at(-1);
  // The forwarder refused or was never reached: the run ends where the first leg ended.
  if (cut < 0 || !last) return [{ ...first, steps: first.steps.map((step) => renamed(step, toForwarder)) }];
  // The forwarder took the session: its other recipients are answered there (a mailbox, or 550 unknown).
  const hop: Run = {
    ...first,
    steps: leg1,
    end: { phase: 'done', outcome: 'delivered', failure: null },
    hop: true,
    onward: forwarding.map((r) => r.address),
  };
  const onward = forwarding.map((alias) => onwardRun({ ...session, recipient: alias }, last, annotator));
  return [hop, ...onward];
}

/** The forwarder's step for one alias and its second delivery, from its own IP with its own resolver. */
function onwardRun(s: Scenario, last: Step, annotator: Annotator): Run {
  const target = forwardTarget(s.world, s.recipient.address) ?? s.recipient.address;
  const via = viaFor(s, s.recipient.address);
  const message = via.list ? { ...s.message, body: s.message.body + listFooter(via.list) } : s.message;
  const next = forGroup({ ...s, via, message }, [recipientParty(target, s.recipient.field, s.world)]);
  const leg2 = runJourney(
    next,
    annotator,
    { phase: 'forwarding' },
    {
      start: last.endsAt,
      headers: last.headers,
      envelope: last.envelope,
    },
  );
  const fromForwarder = (id: NodeId): NodeId => (id === 'sender-mta' || id === 'dns' ? 'forwarder-1' : id);
  return {
    scenario: next,
    typed: [s.recipient],
    steps: leg2.steps.map((step) => renamed(step, fromForwarder)),
    end: leg2.end,
    lastMx: leg2.lastMx,
    replies: leg2.replies,
  };
}
