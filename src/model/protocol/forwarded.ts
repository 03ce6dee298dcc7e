// What a forwarder changes when it sends a message on (email-facts.md §8): a new envelope from its
// own address (SRS, or a list's bounce address) to the target, and in the header either an ARC set
// sealing what it checked, or, for a mailing list, a subject tag, a List-Id and From: rewritten to
// the list. Part of the route, not only of the detail: the next leg carries this header and envelope.
import { emptyMailbox } from './mailbox';
import type { Trace } from './sessions';
import * as stamp from '../mail/stamps';
import type { Scenario, Via } from '../world/scenario';
import type { Envelope, HeaderField, MailboxState } from '../words/vocabulary';

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);
const localOf = (address: string) => address.slice(0, address.lastIndexOf('@'));

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

/** The message as the forwarder sends it on to `s.recipient`, from the header it arrived with. */
export function forwarded(
  s: Scenario & { via: Via },
  t: Trace,
): { headers: HeaderField[]; envelope: Envelope; mailbox: MailboxState } {
  const { via } = s;
  const headers = via.list
    ? listHeaders(s, via.list, t.headers)
    : stamp.prepend(
        t.headers,
        ...stamp.arcSet(via.host.name, domainOf(via.alias), Math.round(t.start), via.seen.domains, via.seen.verdicts),
      );
  const rcpt = [s.recipient.address];
  // From here on the message is for the target: its mailbox is the one that waits.
  return { headers, envelope: { mailFrom: via.mailFrom, rcptTo: rcpt.join(', '), rcpt }, mailbox: emptyMailbox(s) };
}
