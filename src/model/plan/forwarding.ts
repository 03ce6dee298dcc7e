// Forwarding through a third organisation (email-facts.md §8): bob@alumni.example.net forwards to
// bob@example.org. The alias domain's server (forwarder-1) accepts the message like any MX, adds its
// Received line, rewrites the envelope sender with SRS, seals what it saw with ARC (instance 1) and
// relays from its own IP. A mailing list also tags the subject, adds a footer and rewrites From:.
import { authVerdicts, fromDomain, spfDomain } from '../journey/auth';
import type { Run } from './branches';
import { runJourney, captionParams, routeOnly, type Annotator } from './run';
import { recipientParty, forGroup, type Scenario, type Via } from '../world/scenario';
import * as stamp from '../mail/stamps';
import { message, note } from '../protocol/types';
import type { HeaderField, NodeId, Step } from '../words/types';
import { FORWARDER, forwardTarget } from '../world/world';

const FORWARD_MS = 50;
const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);
const localOf = (address: string) => address.slice(0, address.lastIndexOf('@'));

/** SRS0=HHH=TT=<original domain>=<original local>@<forwarder domain> (the SRS specification; postsrsd). */
export const srsAddress = (original: string, forwarderDomain: string): string =>
  `SRS0=x7Kq=ZB=${domainOf(original)}=${localOf(original)}@${forwarderDomain}`;

/** A list sends with its own envelope sender, where its bounces are handled (Mailman's `-bounces`). */
export const listBounces = (list: string): string => `${localOf(list)}-bounces@${domainOf(list)}`;

/** What a list changes: a subject tag, a footer, and From: rewritten to the list ("via"). */
function listHeaders(s: Scenario, list: string, headers: readonly HeaderField[]): HeaderField[] {
  const tag = `[${localOf(list)}] `;
  const changed = headers.map((h) => {
    if (h.name === 'Subject') return { ...h, value: `${tag}${h.value}` };
    if (h.name === 'From') return { ...h, value: `"${s.sender.name} via ${localOf(list)}" <${list}>` };
    return h;
  });
  return stamp.prepend(
    changed,
    { name: 'List-Id', value: `<${localOf(list)}.${domainOf(list)}>` },
    { name: 'Reply-To', value: `${s.sender.name} <${s.sender.address}>` },
  );
}

export const listFooter = (list: string) => `\n-- \n${localOf(list)} mailing list\n${list}`;

/** The forwarder's own step: the new envelope, and the header fields it adds or changes. */
function forwardStep(s: Scenario, next: Scenario, via: Via, last: Step, detailed: boolean): Step {
  const startsAt = last.endsAt;
  const endsAt = startsAt + FORWARD_MS / 1000;
  const seen = authVerdicts(s);
  const word = (pass: boolean) => (pass ? ('pass' as const) : ('fail' as const));
  const domains = { mailfrom: spfDomain(s), dkim: s.sender.domain, from: fromDomain(s) };
  const verdicts = {
    spf: word(seen.spfPass),
    dkim: word(seen.dkim),
    dmarc: seen.policy === null ? ('none' as const) : word(seen.dmarc),
  };
  const headers = via.list
    ? listHeaders(s, via.list, last.headers)
    : stamp.prepend(
        last.headers,
        ...stamp.arcSet(FORWARDER.name, s.recipient.domain, Math.round(startsAt), domains, verdicts),
      );
  const added = headers.filter((h) => !last.headers.includes(h));
  const rcpt = [next.recipient.address];
  return {
    ...last,
    id: 'forward',
    from: 'forwarder-1',
    to: 'forwarder-1',
    kind: 'local',
    protocol: 'SMTP',
    port: null,
    security: null,
    caption: {
      key: via.list ? 'step.forward.list' : 'step.forward',
      params: {
        ...captionParams(next),
        alias: s.recipient.address,
        target: next.recipient.address,
        srs: via.mailFrom,
        list: via.list ?? '',
        forwarder: FORWARDER.name,
      },
    },
    simulatedMs: FORWARD_MS,
    startsAt,
    endsAt,
    transcript: detailed
      ? [
          note(via.list ? 'note.forward.list' : 'note.forward.srs', { from: s.sender.address, srs: via.mailFrom }),
          ...added.map((h) => message(`${h.name}: ${h.value.split('\r\n')[0] ?? ''}`)),
        ]
      : [],
    headers,
    envelope: { mailFrom: via.mailFrom, rcptTo: rcpt.join(', '), rcpt },
    result: 'accepted',
    code: null,
    wait: null,
    folder: null,
    token: 'message',
    dns: null,
    verdicts: [],
    myth: null,
    checkpoint: null,
    rcpt: [],
    branch: next.recipient.domain,
  };
}

const renamed = (step: Step, rename: (id: NodeId) => NodeId): Step => ({
  ...step,
  from: rename(step.from),
  to: rename(step.to),
});

/** What the forwarder sends on for one alias: its envelope sender (SRS, or the list's bounce address). */
function viaFor(s: Scenario, alias: string): Via {
  const list = s.world.lists.includes(alias) ? alias : null;
  return {
    host: FORWARDER,
    mailFrom: list ? listBounces(list) : srsAddress(s.sender.address, domainOf(alias)),
    list,
  };
}

/**
 * The runs of a destination whose recipients include an address that forwards to another
 * organisation (email-facts.md §8): one SMTP session to the forwarder with an RCPT TO for every
 * recipient of that domain (each answered on its own), up to the forwarder's acceptance; then, for
 * each forwarding address, the forwarder's own step and a second delivery from its own IP. Null if
 * nobody in the group forwards.
 */
export function forwardedRuns(s: Scenario, annotator: Annotator): Run[] | null {
  const forwarding = s.group.filter((r) => forwardTarget(s.world, r.address));
  const [lead] = forwarding;
  if (!lead) return null;
  const toForwarder = (id: NodeId): NodeId => (id === 'recipient-mx' || id === 'recipient-mx2' ? 'forwarder-1' : id);
  // The session follows a recipient the forwarder takes, whatever order the addresses were typed in.
  const session = { ...s, recipient: lead };
  const first = runJourney(session, annotator);
  const cut = first.steps.findIndex((step) => step.id === 'check-dmarc' && step.result === 'accepted');
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
  const forward = forwardStep(s, next, via, last, annotator !== routeOnly);
  const leg2 = runJourney(
    next,
    annotator,
    { phase: 'resolving-mx' },
    forward.endsAt,
    null,
    forward.headers,
    forward.envelope,
  );
  const fromForwarder = (id: NodeId): NodeId => (id === 'sender-mta' || id === 'dns' ? 'forwarder-1' : id);
  return {
    scenario: next,
    typed: [s.recipient],
    steps: [forward, ...leg2.steps.map((step) => renamed(step, fromForwarder))],
    end: leg2.end,
    lastMx: leg2.lastMx,
  };
}
