// Envelope versus letter: routing uses MAIL FROM / RCPT TO, not the From: and To: lines.
import type { Envelope, HeaderField } from '../../model';
import { useT } from '../useT';

const field = (headers: readonly HeaderField[], name: string) => headers.find((h) => h.name === name)?.value ?? '—';

export function EnvelopeView({ envelope, headers }: { envelope: Envelope | null; headers: readonly HeaderField[] }) {
  const t = useT();
  return (
    <div className="ej-envelope-view">
      <table>
        <caption className="ej-legend">{t('details.envelopeIntro')}</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{t('details.envelope')}</th>
            <th scope="col">{t('details.letter')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('details.sender')}</th>
            <td>
              <code>{envelope ? `MAIL FROM:<${envelope.mailFrom}>` : '—'}</code>
            </td>
            <td>
              <code>From: {field(headers, 'From')}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('details.recipient')}</th>
            <td data-envelope="rcpt">
              {/* One RCPT TO per recipient, as SMTP speaks them: Bcc recipients are here, and only here. */}
              {envelope && envelope.rcpt.length > 0 ? (
                envelope.rcpt.map((address) => (
                  <code key={address} className="ej-line">
                    RCPT TO:&lt;{address}&gt;
                  </code>
                ))
              ) : (
                <code>{envelope ? `RCPT TO:<${envelope.rcptTo}>` : '—'}</code>
              )}
            </td>
            <td data-letter="recipients">
              <code className="ej-line">To: {field(headers, 'To')}</code>
              {headers.some((h) => h.name === 'Cc') && <code className="ej-line">Cc: {field(headers, 'Cc')}</code>}
            </td>
          </tr>
        </tbody>
      </table>
      <p>{t(envelope?.mailFrom === '' ? 'details.envelopeBounce' : 'details.bcc')}</p>
    </div>
  );
}
