// Small choice controls: Beginner/Expert depth, IMAP/POP3 retrieval, and the scenario preset.
import { PRESETS, type PresetName, type Retrieval } from '../model';
import type { Depth } from '../store/journeyStore';
import { useJourney } from './StoreContext';
import { useT } from './useT';

/** A small group of radio buttons drawn as a segmented control. */
export function Segmented<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  stack?: boolean;
}) {
  return (
    <fieldset
      className={props.stack ? 'ej-segmented ej-segmented--stack' : 'ej-segmented'}
      disabled={props.disabled}
      data-control={props.name}
    >
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={`ej-${props.name}`}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function DepthToggle() {
  const t = useT();
  const depth = useJourney((s) => s.depth);
  const setDepth = useJourney((s) => s.actions.setDepth);
  const options = (['beginner', 'expert'] as Depth[]).map((d) => ({ value: d, label: t(`depth.${d}`) }));
  return <Segmented name="depth" legend={t('depth.legend')} options={options} value={depth} onChange={setDepth} />;
}

export function RetrievalChoice({ disabled }: { disabled: boolean }) {
  const t = useT();
  const retrieval = useJourney((s) => s.retrieval);
  const setRetrieval = useJourney((s) => s.actions.setRetrieval);
  const options = (['imap', 'pop3'] as Retrieval[]).map((r) => ({ value: r, label: t(`retrieval.${r}`) }));
  return (
    <Segmented
      name="retrieval"
      legend={t('retrieval.legend')}
      options={options}
      value={retrieval}
      onChange={setRetrieval}
      disabled={disabled}
      stack
    />
  );
}

export function PresetSelect({ disabled }: { disabled: boolean }) {
  const t = useT();
  const preset = useJourney((s) => s.preset);
  const setPreset = useJourney((s) => s.actions.setPreset);
  return (
    <div className="ej-field" data-control="scenario">
      <label htmlFor="ej-preset">{t('preset.label')}</label>
      <select
        id="ej-preset"
        className="ej-control"
        value={preset ?? ''}
        disabled={disabled}
        onChange={(e) => setPreset(e.target.value === '' ? null : (e.target.value as PresetName))}
      >
        <option value="">{t('preset.none')}</option>
        {PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(`preset.${p}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
