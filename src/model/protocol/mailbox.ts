// Where the message is from its reader's point of view: on the server, on the laptop, on the phone.
import type { Scenario } from '../world/scenario';
import type { Folder, MailboxState } from '../words/vocabulary';
import { forwardTarget, mailboxOf, providerFor } from '../world/world';

export type { MailboxState } from '../words/vocabulary';

/** The store of the mailbox mail for `address` ends in (after forwarding), or '' when there is none. */
function storeOf(s: Scenario, address: string): string {
  const reader = forwardTarget(s.world, address) ?? address;
  const provider = providerFor(reader.slice(reader.lastIndexOf('@') + 1));
  return provider && mailboxOf(s.world, reader) ? provider.store.name : '';
}

/**
 * Before anything arrives: the reader's mailbox (after any forwarding) holds nothing yet and the
 * devices wait; for a user or domain that does not exist there is no mailbox, so no device reads one.
 */
export function emptyMailbox(s: Scenario): MailboxState {
  const store = storeOf(s, s.recipient.address);
  return store
    ? {
        owner: 'recipient',
        name: s.recipient.name,
        store,
        server: 'absent',
        folder: 'INBOX',
        laptop: 'none',
        phone: 'waiting',
      }
    : {
        owner: 'recipient',
        name: s.recipient.name,
        store,
        server: 'none',
        folder: 'INBOX',
        laptop: 'no-mailbox',
        phone: 'no-mailbox',
      };
}

/** A message just filed: in the recipient's mailbox, or (a bounce) in the sender's own on her provider's store. */
export function storedIn(s: Scenario, folder: Folder, owner: MailboxState['owner'] = 'recipient'): MailboxState {
  const name = owner === 'sender' ? s.sender.name : s.recipient.name;
  const store = owner === 'sender' ? s.sender.provider.store.name : storeOf(s, s.recipient.address);
  // POP3 reads only the inbox: no device of a POP3 reader ever sees the Junk folder (RFC 1939 §1).
  const hidden = owner === 'recipient' && s.retrieval === 'pop3' && folder !== 'INBOX';
  return hidden
    ? { owner, name, store, server: 'unread', folder, laptop: 'not-inbox', phone: 'not-inbox' }
    : { owner, name, store, server: 'unread', folder, laptop: 'none', phone: 'unread' };
}

/** After reading: IMAP keeps the message and syncs \Seen; POP3 downloads, DELE marks, QUIT removes. */
export function afterReading(box: MailboxState, retrieval: 'imap' | 'pop3', keep = false): MailboxState {
  if (retrieval === 'imap') return { ...box, server: 'read', laptop: 'shown', phone: 'read' };
  if (box.folder !== 'INBOX') return box; // POP3 only sees the inbox
  // "Leave a copy": the server keeps it (POP3 has no \Seen flag), so the phone still finds it there, unread.
  if (keep) return { ...box, server: 'unread', laptop: 'copy', phone: 'unread' };
  return { ...box, server: 'removed', laptop: 'downloaded', phone: 'none' };
}
