// What a node without world edits does, on its card: the outgoing relay's queue and retries, the
// reading server's protocol, the reader's app; for the reader, the choice of how it reads (IMAP or
// POP3, and POP3's "leave a copy"), a setting of the journey rather than an edit of the world.
import type { NodeId } from '../../model';
import { Segmented } from '../Choices';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

const ABOUT = ['sender-mta', 'recipient-imap', 'recipient-pop3', 'recipient-client'] as const;
type AboutNode = (typeof ABOUT)[number];
const READER: readonly NodeId[] = ['recipient-imap', 'recipient-pop3', 'recipient-client'];

/** Whether the card of this node has words of its own to show. */
export const hasAbout = (node: NodeId): node is AboutNode => (ABOUT as readonly NodeId[]).includes(node);

export function NodeAbout({ node, host }: { node: NodeId; host: string }) {
  const t = useT();
  const recipient = useJourney((s) => s.scenario?.recipient.name ?? '');
  if (!hasAbout(node)) return null;
  return (
    <>
      <p className="ej-card-about">{t(`card.about.${node}`, { host, recipient })}</p>
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
