// One knob of a node's card, by kind: a checkbox, a menu of choices, a number, or the MX record list.
// The new value goes to the model's editFor: the view never builds a world edit itself.
import { useId, useState } from 'react';
import type { WorldEdit } from '../../model';
import { editFor, type CardControl } from '../../model/engine';
import { useT } from '../useT';

type MxRecords = readonly { preference: number; exchange: string }[];

function MxList({ control, onEdit }: { control: CardControl; onEdit: (edit: WorldEdit) => void }) {
  const t = useT();
  const hint = useId();
  const records = control.value as MxRecords;
  const put = (next: MxRecords) => onEdit(editFor(control, next));
  const change = (i: number, patch: Partial<MxRecords[number]>) =>
    put(records.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const next = Math.max(0, ...records.map((r) => r.preference)) + 10;
  return (
    <fieldset className="ej-mx-list" aria-describedby={`${hint}`}>
      <legend>{t(control.label)}</legend>
      <p id={hint} className="ej-legend">
        {t('cards.mx.hint')}
      </p>
      <ol>
        {records.map((record, i) => (
          <li key={i}>
            <label>
              <span>{t('cards.mx.preference')}</span>
              <input
                type="number"
                min={0}
                max={65535}
                value={record.preference}
                onChange={(e) => {
                  const value = Number(e.currentTarget.value);
                  if (Number.isInteger(value) && value >= 0 && value <= 65535) change(i, { preference: value });
                }}
              />
            </label>
            <MxName
              value={record.exchange}
              label={t('cards.mx.exchange')}
              onCommit={(v) => change(i, { exchange: v })}
            />
            <button
              type="button"
              aria-label={t('cards.mx.remove', { exchange: record.exchange })}
              onClick={() => put(records.filter((_, j) => j !== i))}
            >
              {t('cards.mx.removeShort')}
            </button>
          </li>
        ))}
      </ol>
      {records.length < control.max && (
        <button
          type="button"
          onClick={() => put([...records, { preference: next, exchange: `mx${records.length + 1}.${control.target}` }])}
        >
          {t('cards.mx.add')}
        </button>
      )}
    </fieldset>
  );
}

/** A host name is committed when the learner leaves the field or presses Enter, not at every key. */
function MxName({ value, label, onCommit }: { value: string; label: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    const name = draft.trim().toLowerCase();
    if (name && name !== value) onCommit(name);
    // A name the model cannot take (outside the simulation's domains) is not kept: the field shows
    // what is in the world again (a new name remounts the field, see its key).
    setDraft(value);
  };
  return (
    <label>
      <span>{label}</span>
      <input
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}

export function CardField({ control, onEdit }: { control: CardControl; onEdit: (edit: WorldEdit) => void }) {
  const t = useT();
  const id = useId();
  switch (control.kind) {
    case 'toggle':
      return (
        <div className="ej-card-field ej-card-toggle">
          <input
            id={id}
            type="checkbox"
            checked={Boolean(control.value)}
            onChange={(e) => onEdit(editFor(control, e.currentTarget.checked))}
          />
          <label htmlFor={id}>{t(control.label)}</label>
        </div>
      );
    case 'choice':
      return (
        <div className="ej-card-field">
          <label htmlFor={id}>{t(control.label)}</label>
          <select
            id={id}
            value={String(control.value)}
            onChange={(e) => onEdit(editFor(control, e.currentTarget.value))}
          >
            {control.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {t(choice.label)}
              </option>
            ))}
          </select>
        </div>
      );
    case 'number':
      return (
        <div className="ej-card-field">
          <label htmlFor={id}>{t(control.label)}</label>
          <input
            id={id}
            type="number"
            min={control.min}
            max={control.max}
            value={Number(control.value)}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (Number.isInteger(value) && value >= control.min && value <= control.max)
                onEdit(editFor(control, value));
            }}
          />
        </div>
      );
    case 'mx-list':
      return <MxList control={control} onEdit={onEdit} />;
  }
}
