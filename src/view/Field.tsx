// One labelled compose field with its inline error.
import { useId } from 'react';
import type { MessageField } from '../model';
import { useJourney } from './StoreContext';
import { useT } from './useT';

export function Field({ name, multiline = false }: { name: MessageField; multiline?: boolean }) {
  const t = useT();
  const id = useId();
  const value = useJourney((s) => s.message[name]);
  const error = useJourney((s) => s.errors[name]);
  const setField = useJourney((s) => s.actions.setField);
  const props = {
    id,
    name,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    spellCheck: name === 'subject' || name === 'body',
    autoComplete: 'off',
    className: 'ej-control',
    onChange: (e: { target: { value: string } }) => setField(name, e.target.value),
  };
  return (
    <div className="ej-field" data-field={name}>
      <label htmlFor={id}>{t(`compose.${name}`)}</label>
      {multiline ? (
        <textarea rows={3} {...props} />
      ) : (
        <input type="text" inputMode={name === 'from' || name === 'to' ? 'email' : 'text'} {...props} />
      )}
      {error && (
        <p id={`${id}-error`} className="ej-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}
