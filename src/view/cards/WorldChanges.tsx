// "Your changes": every world edit in plain words, each with its undo, and "Reset the world".
import { describeEdit } from '../../model/engine';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';
import '../detail.css';
import './cards.css';

export function WorldChanges({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT();
  const edits = useJourney((s) => s.edits);
  const pending = useJourney((s) => s.editsPending);
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
                    onClick={() => actions.undoEdit(i)}
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
      {/* Said politely when it changes: the edit waits for the next Send while a journey plays. */}
      <p role="status" className="ej-world-pending">
        {pending ? `${t('world.pending')} ${t('world.pendingJourney')}` : ''}
      </p>
    </section>
  );
}
