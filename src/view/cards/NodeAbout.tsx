// What a node does, on its card: the submission server's login (and sender check), the outgoing
// relay's queue and retries, whose records the DNS card changes and who asks, the reading server's
// protocol, the reader's app; for the reader, the choice of how it reads (IMAP or
// POP3, and POP3's "leave a copy"), a setting of the journey rather than an edit of the world.
import type { NodeId } from '../../model';
import { Segmented } from '../Choices';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

const ABOUT = ['sender-msa', 'sender-mta', 'dns', 'recipient-imap', 'recipient-pop3', 'recipient-client'] as const;
type AboutNode = (typeof ABOUT)[number];
const READER: readonly NodeId[] = ['recipient-imap', 'recipient-pop3', 'recipient-client'];

/** Whether the card of this node has words of its own to show. */
export const hasAbout = (node: NodeId): node is AboutNode => (ABOUT as readonly NodeId[]).includes(node);

export function NodeAbout({ node, host }: { node: NodeId; host: string }) {
  const t = useT();
  const scenario = useJourney((s) => s.scenario);
  if (!hasAbout(node)) return null;
  const params = {
    host,
    recipient: scenario?.recipient.name ?? '',
    recipientDomain: scenario?.recipient.domain ?? '',
    senderDomain: scenario?.sender.domain ?? '',
  };
  return (
    <>
      <p className="ej-card-about">{t(`card.about.${node}`, params)}</p>
      {READER.includes(node) && <ReaderChoice />}
    </>
  );
}

/** IMAP or POP3, and POP3's "leave a copy": they change how the journey ends, so they wait while one runs. */
function ReaderChoice() {
  const t = useT();
  const retrieval = useJourney((s) => s.retrieval);
  const keep = useJourney((s) => s.setup.keep);
  const onTheWay = useJourney((s) => s.status === 'playing' || s.status === 'paused');
  const { setRetrieval, setSetup } = useJourney((s) => s.actions);
  const options = (['imap', 'pop3'] as const).map((r) => ({ value: r, label: t(`retrieval.${r}`) }));
  return (
    <div className="ej-card-reader">
      <Segmented
        name="card-retrieval"
        legend={t('retrieval.legend')}
        options={options}
        value={retrieval}
        onChange={setRetrieval}
        disabled={onTheWay}
        stack
      />
      {retrieval === 'pop3' && (
        <label className="ej-check" data-control="card-keep">
          <input
            type="checkbox"
            checked={keep}
            disabled={onTheWay}
            onChange={(e) => setSetup({ keep: e.target.checked })}
          />
          <span>{t('keep.label')}</span>
        </label>
      )}
      {onTheWay && <p className="ej-legend">{t('card.reader.later')}</p>}
    </div>
  );
}
