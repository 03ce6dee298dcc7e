// The current hop in plain words: what the server did, how long it took, and which header line said so.
import { showControls, type Hop, type Trace } from '../../model/trace';
import { useLang, useT } from '../useT';
import { useTrace } from './TraceContext';
import { delayText, utcText } from './timeText';

function Fields({ hop }: { hop: Hop }) {
  const t = useT();
  const f = hop.fields;
  const rows: [string, string | null][] = [
    ['trace.field.helo', f.helo],
    ['trace.field.rdns', f.rdns],
    ['trace.field.ip', f.ip],
    ['trace.field.by', f.by],
    ['trace.field.with', f.with],
    ['trace.field.id', f.id],
    ['trace.field.for', f.for],
    ['trace.field.software', f.software],
    ['trace.field.date', f.dateText],
    ['trace.field.utc', f.date ? `${utcText(f.date)} UTC` : null],
  ];
  return (
    <dl className="ejt-fields">
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([key, value]) => (
          <div key={key}>
            <dt>{t(key as Parameters<typeof t>[0])}</dt>
            <dd>
              <bdi>{showControls(value)}</bdi>
            </dd>
          </div>
        ))}
    </dl>
  );
}

function delaySentence(hop: Hop, t: ReturnType<typeof useT>, lang: string): string {
  if (hop.delaySeconds === null) return t('trace.caption.noDelay');
  const key = hop.delayFrom === 'date' ? 'trace.caption.delayFirst' : 'trace.caption.delay';
  return t(key, { delay: delayText(hop.delaySeconds, lang) });
}

export function HopCaption({ trace }: { trace: Trace }) {
  const t = useT();
  const lang = useLang();
  const cursor = useTrace((s) => s.cursor);
  const hop = trace.hops[cursor];
  return (
    <section className="ej-card ej-narration ejt-caption" aria-live="polite" aria-atomic="true">
      {!hop ? (
        <p>{t('trace.caption.start')}</p>
      ) : (
        <>
          <h3>{t('trace.caption.heading', { number: hop.number, count: trace.hops.length })}</h3>
          {hop.forged && (
            <p className="ejt-forged-warning" data-forged="true">
              {t('trace.caption.forged')}
            </p>
          )}
          {/* Host names come from the header: control characters in them are shown as codes, never obeyed. */}
          <p className="ejt-caption-main">
            {showControls(t(hop.caption))} {delaySentence(hop, t, lang)}
          </p>
          <ul className="ejt-notes">
            {hop.notes.map((note) => (
              <li key={note.key} data-note={note.key}>
                {showControls(t(note))}
              </li>
            ))}
          </ul>
          {hop.line === 0 ? (
            // The refusing server of a returned original wrote no Received line: the report's words stand in.
            <p className="ejt-source">{t('trace.caption.fromReport')}</p>
          ) : (
            <p className="ejt-source">{t('trace.caption.source', { line: hop.line, count: hop.totalLines })}</p>
          )}
          {/* Unfolded; runs of tabs and spaces from the folding shown as one space, controls as codes. */}
          <pre className="ejt-raw">{`${hop.line === 0 ? '' : 'Received: '}${showControls(hop.raw).replace(/[ \t\r\n]+/g, ' ')}`}</pre>
          <details className="ejt-parsed">
            <summary>{t('trace.caption.fields')}</summary>
            <Fields hop={hop} />
          </details>
        </>
      )}
    </section>
  );
}
