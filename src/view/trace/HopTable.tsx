// The analysers' table (hop, from, by, with, time, delay with a bar), sortable, copyable, and
// linked to the picture: choosing a row shows that hop.
import { useMemo, useState } from 'react';
import type { Hop, Trace } from '../../model/trace';
import { useCopy } from '../useCopy';
import { useLang, useT } from '../useT';
import { useTrace } from './TraceContext';
import { delayText, utcText } from './timeText';

type Column = 'hop' | 'from' | 'by' | 'with' | 'time' | 'delay';
const COLUMNS: readonly Column[] = ['hop', 'from', 'by', 'with', 'time', 'delay'];

const fromText = (h: Hop) =>
  [h.fromHost, h.fields.ip && h.fields.ip !== h.fromHost ? `[${h.fields.ip}]` : ''].filter(Boolean).join(' ');

const SORT_VALUE: Record<Column, (h: Hop) => string | number> = {
  hop: (h) => h.number,
  from: (h) => h.fromHost.toLowerCase(),
  by: (h) => h.byHost.toLowerCase(),
  with: (h) => (h.fields.with ?? '').toLowerCase(),
  time: (h) => h.fields.date?.epochSeconds ?? -Infinity,
  delay: (h) => h.delaySeconds ?? -1,
};

/** Tab-separated text of the table, in its current order, for pasting into a spreadsheet. */
function asText(hops: readonly Hop[], header: readonly string[]): string {
  const rows = hops.map((h) =>
    [h.number, fromText(h), h.byHost, h.fields.with ?? '', utcText(h.fields.date), h.delaySeconds ?? ''].join('\t'),
  );
  return [header.join('\t'), ...rows].join('\n');
}

function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [state, copy] = useCopy();
  return (
    <div className="ejt-copy">
      <button type="button" className="ej-small" onClick={() => void copy(text)}>
        {t('trace.table.copy')}
      </button>
      <span role="status">
        {state === 'copied' ? t('trace.table.copied') : state === 'failed' ? t('trace.table.copyManual') : ''}
      </span>
      {state === 'failed' && (
        <textarea
          readOnly
          value={text}
          aria-label={t('trace.table.copyField')}
          rows={4}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}

export function HopTable({ trace }: { trace: Trace }) {
  const t = useT();
  const lang = useLang();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'hop', descending: false });
  const selected = useTrace((s) => s.selected);
  const cursor = useTrace((s) => s.cursor);
  const { select, jumpTo } = useTrace((s) => s.actions);
  const rows = useMemo(() => {
    const value = SORT_VALUE[sort.column];
    const sorted = [...trace.hops].sort((a, b) =>
      value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : a.number - b.number,
    );
    return sort.descending ? sorted.reverse() : sorted;
  }, [trace, sort]);
  const longest = Math.max(1, ...trace.hops.map((h) => h.delaySeconds ?? 0));
  const header = COLUMNS.map((c) => t(`trace.table.${c}`));
  const choose = (h: Hop) => {
    select(h.number - 1);
    jumpTo(h.number - 1);
  };
  return (
    <section className="ej-card ejt-table-section" aria-labelledby="ejt-table-heading">
      <div className="ejt-table-head">
        <h3 id="ejt-table-heading">{t('trace.table.heading')}</h3>
        <CopyButton text={asText(rows, header)} />
      </div>
      <div className="ejt-table-scroll">
        <table className="ejt-table">
          <caption>{t('trace.table.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c, i) => {
                const active = sort.column === c;
                return (
                  <th key={c} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button
                      type="button"
                      className="ejt-sort"
                      aria-label={t('trace.table.sort', { column: header[i]! })}
                      onClick={() => setSort({ column: c, descending: active ? !sort.descending : false })}
                    >
                      {header[i]}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr
                key={h.number}
                data-hop={h.number}
                data-selected={selected === h.number - 1 ? 'true' : undefined}
                data-current={cursor === h.number - 1 ? 'true' : undefined}
                onClick={() => choose(h)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="ejt-row-button"
                    aria-label={t('trace.table.show', { number: h.number })}
                    aria-pressed={selected === h.number - 1}
                    onClick={(e) => {
                      e.stopPropagation();
                      choose(h);
                    }}
                  >
                    {h.number}
                  </button>
                </th>
                <td>{fromText(h) || (h.number === 1 ? t('trace.node.origin') : t('trace.table.notRecorded'))}</td>
                <td>{h.byHost || t('trace.node.unnamed')}</td>
                <td>
                  {h.fields.with ?? ''}
                  <span className={`ejt-tls ejt-tls-${h.fields.tls}`}>{t(`trace.table.tls.${h.fields.tls}`)}</span>
                </td>
                <td>{h.fields.date ? utcText(h.fields.date) : t('trace.table.noDate')}</td>
                <td className="ejt-delay">
                  <span>{h.delaySeconds === null ? '–' : delayText(h.delaySeconds, lang)}</span>
                  {h.skew && <span className="ejt-skew">{t('trace.table.skew')}</span>}
                  <span
                    className="ejt-bar"
                    aria-hidden="true"
                    style={{ inlineSize: `${((h.delaySeconds ?? 0) / longest) * 100}%` }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
