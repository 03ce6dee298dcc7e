// Where the message is from its reader's point of view: on the server, on the laptop, on the phone.
import type { Scenario } from '../world/scenario';
import type { Folder, MailboxState } from '../words/vocabulary';

export type { MailboxState } from '../words/vocabulary';

/**
 * Before anything arrives: the recipient's mailbox is empty of this message and the devices are
 * still waiting, or, for a user (or domain) that does not exist, there is no mailbox at all.
 */
export const emptyMailbox = (s: Scenario): MailboxState => ({
  owner: 'recipient',
  server: s.recipient.hasMailbox ? 'absent' : 'none',
  folder: 'INBOX',
  laptop: 'none',
  phone: s.recipient.hasMailbox ? 'waiting' : 'none',
});

export const storedIn = (folder: Folder, owner: MailboxState['owner'] = 'recipient'): MailboxState => ({
  owner,
  server: 'unread',
  folder,
  laptop: 'none',
  phone: 'unread',
});

/** After reading: IMAP keeps the message and syncs \Seen; POP3 downloads, DELE marks, QUIT removes. */
export function afterReading(box: MailboxState, retrieval: 'imap' | 'pop3', keep = false): MailboxState {
  if (retrieval === 'imap') return { ...box, server: 'read', laptop: 'shown', phone: 'read' };
  if (box.folder !== 'INBOX') return box; // POP3 only sees the inbox
  // "Leave a copy": the server keeps it (POP3 has no \Seen flag), so the phone still finds it there, unread.
  if (keep) return { ...box, server: 'unread', laptop: 'downloaded', phone: 'unread' };
  return { ...box, server: 'removed', laptop: 'downloaded', phone: 'none' };
}
