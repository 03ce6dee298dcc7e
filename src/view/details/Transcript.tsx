// The protocol dialogue of the current step: who says what, reply codes marked by class in words,
// and every known command or code explaining itself on hover and on keyboard focus.
import { useId } from 'react';
import type { TranscriptLine } from '../../model';
import { useT } from '../useT';

const SPEAKER: Record<TranscriptLine['who'], string> = {
  client: 'C:',
  server: 'S:',
  dns: '',
  message: 'C:',
  note: '',
  output: '',
};

function explanationKey(line: TranscriptLine): string | null {
  if (line.who === 'client' && line.text === '.') return 'cmd.dot';
  if (line.command) return `cmd.${line.command}`;
  if (line.code) return `code.${line.code}`;
  return null;
}

/** The part of the line that carries the meaning: the reply code or the command word. */
function splitTerm(line: TranscriptLine): [string, string, string] {
  const term = line.code ? String(line.code) : line.text === '.' ? '.' : (line.command ?? '');
  const at = term ? line.text.indexOf(term) : -1;
  return at < 0 ? ['', '', line.text] : [line.text.slice(0, at), term, line.text.slice(at + term.length)];
}

function Line({ line, explain }: { line: TranscriptLine; explain: boolean }) {
  const t = useT();
  const id = useId();
  if (line.who === 'note' && line.note) return <li className="ej-line ej-line--note">{t(line.note)}</li>;
  const key = explain ? explanationKey(line) : null;
  const known = key && t({ key }) !== key ? key : key && line.code ? 'code.other' : null;
  const [before, term, after] = splitTerm(line);
  // A multiline reply's continuation lines ("250-PIPELINING") are one reply: only its last line is classed.
  const continued = /^\d{3}-/.test(line.text);
  const codeClass = line.code && !continued ? Math.floor(line.code / 100) : null;
  return (
    <li className={`ej-line ej-line--${line.who}`} data-code-class={codeClass ?? undefined}>
      <span className="ej-speaker" aria-hidden="true">
        {SPEAKER[line.who]}
      </span>
      {codeClass && <span className="ej-code-class">{`${codeClass}xx ${t({ key: `code.class.${codeClass}` })}`}</span>}
      <code>
        {before}
        {known && term ? (
          <span className="ej-term" tabIndex={0} aria-describedby={id}>
            {term}
          </span>
        ) : (
          term
        )}
        {after || (line.text === '' ? '\u00a0' : '')}
      </code>
      {known && term && (
        <span role="tooltip" id={id} className="ej-tip">
          {t({ key: known, params: { code: line.code ?? '' } })}
        </span>
      )}
    </li>
  );
}

/** Each command or code explains itself once per conversation, where it first appears. */
function firstOfItsKind(lines: readonly TranscriptLine[], index: number): boolean {
  const line = lines[index];
  const key = line && explanationKey(line);
  return Boolean(key) && lines.findIndex((l) => explanationKey(l) === key) === index;
}

export function Transcript({ lines, label }: { lines: readonly TranscriptLine[]; label: string }) {
  const t = useT();
  if (lines.length === 0) return <p className="ej-muted">{t('details.noTranscript')}</p>;
  return (
    <>
      {/* Who C: and S: are, only where someone speaks (a DNS answer has neither). */}
      {lines.some((l) => SPEAKER[l.who] !== '') && <p className="ej-legend">{t('details.legend')}</p>}
      <ol className="ej-transcript" aria-label={label}>
        {lines.map((line, i) => (
          <Line key={i} line={line} explain={firstOfItsKind(lines, i)} />
        ))}
      </ol>
    </>
  );
}
