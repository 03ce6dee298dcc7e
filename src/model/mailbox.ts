// Where the message is from the recipient's point of view: on the server, on the laptop, on the phone.
import type { Folder } from './journey';

export interface MailboxState {
  /** The copy in the mailbox store: not there yet, unread, read, or removed after POP3's QUIT. */
  server: 'absent' | 'unread' | 'read' | 'removed';
  folder: Folder;
  /** The recipient's laptop, where the journey ends: shown from the server (IMAP) or downloaded (POP3). */
  laptop: 'none' | 'shown' | 'downloaded';
  /** A second device reading the same mailbox: it sees the \Seen flag only with IMAP. */
  phone: 'none' | 'read' | 'unread';
}

export const EMPTY_MAILBOX: MailboxState = { server: 'absent', folder: 'INBOX', laptop: 'none', phone: 'none' };

export const storedIn = (folder: Folder): MailboxState => ({
  server: 'unread',
  folder,
  laptop: 'none',
  phone: 'unread',
});

/** After reading: IMAP keeps the message and syncs \Seen; POP3 downloads, DELE marks, QUIT removes. */
export function afterReading(box: MailboxState, retrieval: 'imap' | 'pop3'): MailboxState {
  if (retrieval === 'imap') return { ...box, server: 'read', laptop: 'shown', phone: 'read' };
  if (box.folder !== 'INBOX') return box; // POP3 only sees the inbox
  return { ...box, server: 'removed', laptop: 'downloaded', phone: 'none' };
}
