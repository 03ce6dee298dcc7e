// "Your changes": every world edit in plain words, each with its undo, and "Reset the world".
import { MAX_EDITS } from '../../model';
import { describeEdit } from '../../model/engine';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';
import '../detail.css';
import './cards.css';

export function WorldChanges({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT();
  const edits = useJourney((s) => s.edits);
  const pending = useJourney((s) => s.editsPending);
  const full = useJourney((s) => s.editsFull);
  const actions = useJourney((s) => s.actions);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="ej-world-changes" aria-label={t('world.changes')}>
      <Heading>{t('world.changes')}</Heading>
      {edits.length === 0 ? (
        <p className="ej-legend">{t('world.none')}</p>
      ) : (
        <>
          <ul>
            {edits.map((edit, i) => {
              const words = t(describeEdit(edit));
              return (
                <li key={`${i}:${words}`}>
                  <span>{words}</span>
                  <button
                    type="button"
                    aria-label={t('world.undo', { edit: words })}
                    // The second click of a double click would land on the row that moved up.
                    onClick={(event) => event.detail < 2 && actions.undoEdit(edit)}
                  >
                    {t('card.undo')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={actions.resetWorld}>
            {t('world.reset')}
          </button>
        </>
      )}
      {/* Said politely when it changes: the edit waits for the next Send, or no more fit in a link. */}
      <p role="status" className="ej-world-pending">
        {full
          ? t('world.full', { max: MAX_EDITS })
          : pending
            ? `${t('world.pending')} ${t('world.pendingJourney')}`
            : ''}
      </p>
    </section>
  );
}
