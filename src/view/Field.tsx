// One labelled compose field with its inline error, an optional hint, and an optional control beside its label.
import { useId, type ReactNode } from 'react';
import type { MessageField } from '../model';
import type { MessageKey } from '../i18n';
import { useJourney } from './StoreContext';
import { useT } from './useT';

/** The fields that hold addresses (several, comma-separated, for the recipients). */
const ADDRESSES: readonly MessageField[] = ['from', 'to', 'cc', 'bcc'];

export function Field({
  name,
  multiline = false,
  hint,
  aside,
}: {
  name: MessageField;
  multiline?: boolean;
  /** A catalogue key: a short note under the field (read with it by screen readers). */
  hint?: MessageKey;
  /** A control on the label's row (the To field's "Cc, Bcc and options"). */
  aside?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const value = useJourney((s) => s.message[name]);
  const error = useJourney((s) => s.errors[name]);
  const setField = useJourney((s) => s.actions.setField);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const props = {
    id,
    name,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    spellCheck: name === 'subject' || name === 'body',
    autoComplete: 'off',
    className: 'ej-control',
    onChange: (e: { target: { value: string } }) => setField(name, e.target.value),
  };
  return (
    <div className="ej-field" data-field={name}>
      <div className={aside ? 'ej-field-head' : undefined}>
        <label htmlFor={id}>{t(`compose.${name}`)}</label>
        {aside}
      </div>
      {multiline ? (
        <textarea rows={3} {...props} />
      ) : (
        <input type="text" inputMode={ADDRESSES.includes(name) ? 'email' : 'text'} {...props} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="ej-hint">
          {t(hint)}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="ej-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}
