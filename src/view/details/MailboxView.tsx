// Where the message is for its reader: in the mailbox store, on the laptop, on a second device.
// The places are the model's (MailboxState): whose mailbox (the recipient's, or Alice's once a bounce
// comes back) and on which store; a mailbox that does not exist has no store and no device reading it.
import type { MailboxState, Retrieval } from '../../model';
import { useT } from '../useT';

interface Place {
  id: 'server' | 'laptop' | 'phone';
  title: string;
  state: string;
  data: string;
}

export function MailboxView({ mailbox, retrieval }: { mailbox: MailboxState; retrieval: Retrieval }) {
  const t = useT();
  const name = mailbox.name;
  const exists = mailbox.server !== 'none' && mailbox.store !== '';
  const server: Place = {
    id: 'server',
    // No store to name when the mailbox does not exist (unknown user, no such domain, null MX).
    title: exists ? t('mailbox.server', { store: mailbox.store }) : t('mailbox.nowhere', { name }),
    state: t(`mailbox.server.${exists ? mailbox.server : 'none'}`, { folder: mailbox.folder }),
    data: exists ? mailbox.server : 'none',
  };
  // A mailbox that does not exist has no devices reading it: only the one line saying so.
  const places: Place[] = exists
    ? [
        server,
        {
          id: 'laptop',
          title: t('mailbox.laptop', { name }),
          state: t(`mailbox.laptop.${mailbox.laptop}`),
          data: mailbox.laptop,
        },
        {
          id: 'phone',
          title: t('mailbox.phone', { name }),
          state: t(`mailbox.phone.${mailbox.phone}`),
          data: mailbox.phone,
        },
      ]
    : [server];
  const intro = mailbox.owner === 'sender' ? t('mailbox.intro.bounce', { name }) : t(`mailbox.intro.${retrieval}`);
  return (
    <div data-owner={mailbox.owner}>
      <p className="ej-legend">{intro}</p>
      <ul className="ej-mailbox">
        {places.map((p) => (
          <li key={p.id} data-place={p.id} data-state={p.data}>
            <strong>{p.title}</strong>
            <span>{p.state}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
