// The compose form: Send first (the page's one first action, issue 16), then the message, the mode switch
// and the scenario, all filled in already.
import { useState } from 'react';
import { DEFAULT_SETUP } from '../model';
import { selectCanSend } from '../store/journeyStore';
import { PresetSelect, RetrievalChoice } from './Choices';
import { Field } from './Field';
import { useAskLater, useLater } from './LaterContext';
import { ModeToggle } from './ModeToggle';
import { MoreToggle } from './MoreToggle';
import { useJourney } from './StoreContext';
import { useT } from './useT';

export function ComposePanel() {
  const t = useT();
  const later = useLater();
  const askLater = useAskLater();
  const status = useJourney((s) => s.status);
  // A valid message can be sent; in the first moment, before the engine is in, Send waits for it.
  const canPlan = useJourney(selectCanSend);
  const firstError = useJourney((s) => Object.values(s.errors)[0]);
  const { send, reset } = useJourney((s) => s.actions);
  const onTheWay = status === 'playing' || status === 'paused';
  // The disclosure starts open when a link or the element already set something in it, and stays
  // open while Cc or Bcc holds an error, so the message naming the bad address is never hidden.
  const preset = useJourney(
    (s) =>
      s.message.cc !== '' ||
      s.message.bcc !== '' ||
      s.setup.client !== DEFAULT_SETUP.client ||
      s.setup.submission !== DEFAULT_SETUP.submission ||
      s.setup.keep !== DEFAULT_SETUP.keep,
  );
  const hidden = useJourney((s) => Boolean(s.errors.cc || s.errors.bcc));
  const [more, setMore] = useState(preset);
  const open = more || hidden;
  const blocked = !canPlan && firstError;
  return (
    <section className="ej-card ej-compose" aria-labelledby="ej-compose-heading">
      <h2 id="ej-compose-heading">{t('compose.heading')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <div className="ej-buttons">
          <button
            type="submit"
            className="ej-primary"
            disabled={onTheWay || !canPlan}
            aria-describedby={blocked ? 'ej-send-reason' : undefined}
          >
            {t(status === 'finished' ? 'compose.sendAgain' : 'compose.send')}
          </button>
          <button type="button" onClick={reset} disabled={status === 'idle'}>
            {t('compose.reset')}
          </button>
        </div>
        <fieldset className="ej-fields" disabled={onTheWay}>
          <Field name="from" />
          {/* No hint line under To (Send stays where it was); Cc's hint says addresses take commas. */}
          <Field
            name="to"
            aside={
              <MoreToggle
                open={open}
                onToggle={() => {
                  setMore(!open);
                  askLater();
                }}
              />
            }
          />
          <Field name="subject" />
          <Field name="body" multiline />
        </fieldset>
        {/* "Cc, Bcc and options" come with the later tier; opened before it is in, they appear when it is. */}
        {open && later && <later.MoreOptions disabled={onTheWay} />}
        <ModeToggle disabled={onTheWay} />
        <RetrievalChoice disabled={onTheWay} />
        <PresetSelect disabled={onTheWay} />
        {onTheWay && (
          <p className="ej-locked" role="note">
            {t('compose.locked')}
          </p>
        )}
        {blocked && (
          <p id="ej-send-reason" className="ej-error">
            {t('compose.sendBlocked', { reason: t(firstError) })}
          </p>
        )}
      </form>
    </section>
  );
}
