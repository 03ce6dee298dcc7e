// What a mission's goal reads of a finished journey: the plan (outcome, nodes, the MX's verdicts and
// replies) and the world it travelled through. Small predicates, so each mission's goal reads as a sentence.
import { queryTxt } from '../world/dns';
import { forgesSenderAddress } from '../world/world';
import type { Scenario } from '../world/scenario';
import type { NodeId, Plan, Step, Verdict } from '../words/types';
import { ARC_OVERRIDE } from '../steps/relayPhases';

/** A journey as a mission judges it, and the learner's answer to the mission's question (if it has one). */
export interface MissionRun {
  plan: Plan;
  scenario: Scenario;
  answer: number | null;
}

/** The address the missions are about: Alice's, which the attacker forges. */
export const ALICE = 'alice@example.com';

export const drawn = (plan: Plan, node: NodeId): boolean => plan.nodes.some((n) => n.id === node);

/** A forwarder of a third organisation (forwarder-1, …) is on the way. */
export const forwarded = (plan: Plan): boolean => plan.nodes.some((n) => n.id.startsWith('forwarder-'));

/** The forged message claims Alice's own address, exactly, and comes from the attacker's server (directly
 *  or through an open relay), not hers. */
export const forgedAsAlice = ({ plan, scenario }: MissionRun): boolean =>
  drawn(plan, 'spoofer') && forgesSenderAddress(scenario.world.forgery) && scenario.sender.address === ALICE;

/** The attacker sends from a domain of its own that only looks like Alice's (examp1e.com, a homograph). */
export const fromLookalike = ({ plan, scenario }: MissionRun): boolean =>
  drawn(plan, 'spoofer') && (scenario.world.forgery === 'lookalike' || scenario.world.forgery === 'homograph');

/** Some step carried the message readable on the wire, and the man in the middle kept a copy. */
export const readOnTheWire = (plan: Plan): boolean => plan.steps.some((s) => s.intercepted);

/** With STARTTLS stripped, the sending MTA refused to go on without TLS (MTA-STS enforce or DANE). */
export const refusedWithoutTls = (plan: Plan): boolean =>
  plan.steps.some((s) => s.id === 'starttls' && s.result === 'refused');

/** A DMARC aggregate report travelled to the From: domain's rua address after the journey. */
export const reported = (plan: Plan): boolean => plan.steps.some((s) => s.id === 'report-dmarc');

/** The last verdict of a check at Bob's MX (the one that decided), or null when it was not made. */
export function verdictAtMx(plan: Plan, check: Verdict['check']): Verdict | null {
  const atMx = plan.steps.filter((s) => s.to === 'recipient-mx').flatMap((s) => s.verdicts);
  return atMx.filter((v) => v.check === check).at(-1) ?? null;
}

/** DMARC failed at Bob's MX, but it trusted the forwarder's ARC seal and delivered (a local override). */
export const arcOverridden = (plan: Plan): boolean => verdictAtMx(plan, 'dmarc')?.result === ARC_OVERRIDE;

/** Filed in Bob's inbox (not in Junk). */
export const inInbox = (plan: Plan): boolean =>
  plan.outcome === 'delivered' && plan.steps.some((s) => s.to === 'recipient-store' && s.folder === 'inbox');

/** Bob's MX refused the message with this code. */
export const refusedAtMx = (plan: Plan, code: number): boolean =>
  plan.steps.some((s: Step) => s.from === 'recipient-mx' && s.result === 'refused' && s.code === code);

/** The policy a domain's DMARC record publishes (`p=`), or null when it publishes none (RFC 7489 §6.3). */
export function dmarcPolicy(scenario: Scenario, domain: string): string | null {
  const record = queryTxt(`_dmarc.${domain}`, scenario.world.zone, 'v=DMARC1')[0] ?? '';
  return /(?:^|;)\s*p=(\w+)/.exec(record)?.[1] ?? null;
}
