// "Cc, Bcc and options": the compose form's disclosure with Cc and Bcc, the client (mail app or
// webmail), the submission port and POP3's "leave a copy", kept closed so Send stays in view.
// Loaded when first opened, or just after the first screen (ComposePanel.tsx).
import type { Client, SubmissionPort } from '../model';
import { Segmented } from './Choices';
import { Field } from './Field';
import { MORE_ID } from './MoreToggle';
import { useJourney } from './StoreContext';
import { useT } from './useT';
import './more.css';

export function MoreOptions({ disabled }: { disabled: boolean }) {
  const t = useT();
  const setup = useJourney((s) => s.setup);
  const retrieval = useJourney((s) => s.retrieval);
  const setSetup = useJourney((s) => s.actions.setSetup);
  const clients = (['app', 'webmail'] as Client[]).map((c) => ({ value: c, label: t(`client.${c}`) }));
  const ports = ([587, 465] as SubmissionPort[]).map((p) => ({ value: String(p), label: t(`submission.${p}`) }));
  return (
    <div id={MORE_ID} className="ej-more" role="group" aria-label={t('compose.more.title')}>
      <fieldset className="ej-fields" disabled={disabled}>
        <Field name="cc" hint="compose.recipientsHint" />
        <Field name="bcc" hint="compose.bccHint" />
      </fieldset>
      <Segmented
        name="client"
        legend={t('client.legend')}
        options={clients}
        value={setup.client}
        onChange={(client) => setSetup({ client })}
        disabled={disabled}
        stack
      />
      {setup.client === 'app' && (
        <Segmented
          name="submission"
          legend={t('submission.legend')}
          options={ports}
          value={String(setup.submission)}
          onChange={(port) => setSetup({ submission: Number(port) as SubmissionPort })}
          disabled={disabled}
          stack
        />
      )}
      {retrieval === 'pop3' && (
        <label className="ej-check" data-control="keep">
          <input
            type="checkbox"
            checked={setup.keep}
            disabled={disabled}
            onChange={(e) => setSetup({ keep: e.target.checked })}
          />
          <span>{t('keep.label')}</span>
        </label>
      )}
    </div>
  );
}
