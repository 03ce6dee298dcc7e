// Where the message is for its reader: in the mailbox store, on the laptop, on a second device.
import type { MailboxState, Retrieval } from '../../model';
import { useT } from '../useT';

export function MailboxView({
  mailbox,
  retrieval,
  recipient,
  store,
}: {
  mailbox: MailboxState;
  retrieval: Retrieval;
  recipient: string;
  store: string;
}) {
  const t = useT();
  const places = [
    {
      id: 'server',
      title: t('mailbox.server', { store }),
      state: t(`mailbox.server.${mailbox.server}`, { folder: mailbox.folder }),
    },
    { id: 'laptop', title: t('mailbox.laptop', { name: recipient }), state: t(`mailbox.laptop.${mailbox.laptop}`) },
    { id: 'phone', title: t('mailbox.phone', { name: recipient }), state: t(`mailbox.phone.${mailbox.phone}`) },
  ];
  return (
    <div>
      <p className="ej-legend">{t(`mailbox.intro.${retrieval}`)}</p>
      <ul className="ej-mailbox">
        {places.map((p) => (
          <li
            key={p.id}
            data-place={p.id}
            data-state={p.id === 'server' ? mailbox.server : p.id === 'laptop' ? mailbox.laptop : mailbox.phone}
          >
            <strong>{p.title}</strong>
            <span>{p.state}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
