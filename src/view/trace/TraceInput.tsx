// Where a real email comes in: a paste area, an .eml file button, a drop zone, and the samples.
import { useId, useRef, useState, type DragEvent } from 'react';
import { SAMPLE_NAMES, isSampleName } from '../../model/trace';
import { MAX_SHOWN_CHARS } from '../../store/traceStore';
import { decimal } from '../format';
import { useLang, useT } from '../useT';
import { useTrace } from './TraceContext';

/** Bigger than any real header plus body worth tracing; larger files are not read at all. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

function useFileReader() {
  const { read } = useTrace((s) => s.actions);
  return async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.slice(0, Math.min(file.size, MAX_FILE_BYTES)).arrayBuffer());
    await read(bytes, { kind: 'file', name: file.name || 'message.eml' });
  };
}

function Help() {
  const t = useT();
  return (
    <details className="ejt-help">
      <summary>{t('trace.help.summary')}</summary>
      <ul>
        <li>{t('trace.help.gmail')}</li>
        <li>{t('trace.help.outlook')}</li>
        <li>{t('trace.help.apple')}</li>
        <li>{t('trace.help.thunderbird')}</li>
      </ul>
      <p>{t('trace.help.privacy')}</p>
    </details>
  );
}

export function TraceInput() {
  const t = useT();
  const id = useId();
  const input = useTrace((s) => s.input);
  const source = useTrace((s) => s.source);
  const phase = useTrace((s) => s.phase);
  const { setInput, read, loadSample, clear } = useTrace((s) => s.actions);
  const readFile = useFileReader();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
    else {
      const text = e.dataTransfer.getData('text/plain');
      if (text) void read(text, { kind: 'paste', name: '' });
    }
  };
  const lang = useLang();
  const sample = source?.kind === 'sample' ? source.name : '';
  /** A huge paste goes straight to the reader instead of into the textarea (which would freeze). */
  const onPaste = (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (text.length <= MAX_SHOWN_CHARS) return;
    e.preventDefault();
    const size = t('unit.megabyte', { n: decimal(text.length / 1e6, lang) });
    void read(text, { kind: 'large', name: size });
  };
  return (
    <section
      className="ej-card ejt-input"
      data-dragging={dragging ? 'true' : undefined}
      aria-labelledby={`${id}-heading`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-heading`}>{t('trace.heading')}</h2>
      <p>{t('trace.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // The store's text, not this render's: a paste that lands before the panel's first
          // subscription is in the store, while `input` here still holds the text of the first render.
          void read(undefined, { kind: 'paste', name: '' });
        }}
      >
        <label htmlFor={`${id}-text`}>{t('trace.input.label')}</label>
        <textarea
          id={`${id}-text`}
          className="ej-control ejt-textarea"
          value={input}
          spellCheck={false}
          autoComplete="off"
          placeholder={t('trace.input.placeholder')}
          rows={10}
          onChange={(e) => setInput(e.target.value)}
          onPaste={onPaste}
        />
        <p className="ejt-drop-hint" aria-hidden="true">
          {t('trace.input.drop')}
        </p>
        {source?.kind === 'file' && (
          <p className="ejt-source-name">{t('trace.input.source.file', { name: source.name })}</p>
        )}
        {source?.kind === 'large' && (
          <p className="ejt-source-name">{t('trace.input.source.large', { size: source.name })}</p>
        )}
        <div className="ejt-input-buttons">
          <button type="submit" className="ej-primary" disabled={phase === 'reading'}>
            {phase === 'reading' ? t('trace.input.reading') : t('trace.input.read')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('trace.input.file')}
          </button>
          <button type="button" onClick={clear} disabled={!input && phase === 'empty'}>
            {t('trace.input.clear')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".eml,.msg,.txt,message/rfc822,application/vnd.ms-outlook,text/plain"
            hidden
            aria-label={t('trace.input.file')}
            onChange={(e) => {
              void readFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </form>
      <label className="ejt-samples">
        <span>{t('trace.samples.label')}</span>
        <select
          className="ej-control"
          value={sample}
          onChange={(e) => {
            if (isSampleName(e.target.value)) void loadSample(e.target.value);
          }}
        >
          <option value="">{t('trace.samples.none')}</option>
          {SAMPLE_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`trace.samples.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <Help />
    </section>
  );
}
