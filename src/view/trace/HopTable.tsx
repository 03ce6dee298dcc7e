// The analysers' table (hop, from, by, with, time, delay with a bar), sortable, copyable, and
// linked to the picture: choosing a row shows that hop. A long chain is shown a page at a time,
// so thousands of hops draw a bounded number of rows; the page follows the hop shown elsewhere.
import { useMemo, useState } from 'react';
import { showControls, type Hop, type Trace } from '../../model/trace';
import { decimal } from '../format';
import { useLang, useT } from '../useT';
import { CopyTable } from './CopyTable';
import { asText, fromText } from './tableText';
import { useTrace } from './TraceContext';
import { delayText, localText, utcText } from './timeText';
import { why } from './why';

type Column = 'hop' | 'from' | 'by' | 'with' | 'time' | 'delay';
const COLUMNS: readonly Column[] = ['hop', 'from', 'by', 'with', 'time', 'delay'];
/** Rows per page: more than any real message has, few enough to draw at once. */
export const PAGE_ROWS = 100;

const SORT_VALUE: Record<Column, (h: Hop) => string | number> = {
  hop: (h) => h.number,
  from: (h) => h.fromHost.toLowerCase(),
  by: (h) => h.byHost.toLowerCase(),
  with: (h) => (h.fields.with ?? '').toLowerCase(),
  time: (h) => h.fields.date?.epochSeconds ?? -Infinity,
  delay: (h) => h.delaySeconds ?? -1,
};

/** The clock remark of a row: red for a wrong clock, quiet for two clocks a little apart. */
function SkewMark({ hop }: { hop: Hop }) {
  const t = useT();
  if (hop.skew === 'negative' || hop.skew === 'implausible')
    return <span className="ejt-skew">{t('trace.table.skew')}</span>;
  if (hop.skew === 'slight') return <span className="ejt-skew-slight">{t('trace.table.slightSkew')}</span>;
  if (hop.skew === 'date') return <span className="ejt-skew-slight">{t('trace.table.dateSkew')}</span>;
  return null;
}

/** A mark on the row of a server that wrote verdicts: believed (inside the receiver) or not. */
function VerdictBadge({ trace, hop }: { trace: Trace; hop: number }) {
  const t = useT();
  const groups = trace.verdicts.filter((g) => g.hop === hop);
  if (groups.length === 0) return null;
  const trusted = groups.every((g) => g.trusted);
  return (
    <span className="ejt-verdict-badge" data-trusted={trusted}>
      {' '}
      {t(why(trusted ? 'traceWhy.badge.trusted' : 'traceWhy.badge.untrusted'))}
    </span>
  );
}

/** Which page to show: the one the learner turned to, until another hop is shown elsewhere. */
function usePage(rows: readonly Hop[], shown: number) {
  const [turned, setTurned] = useState<{ page: number; shown: number; rows: readonly Hop[] } | null>(null);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
  const at = shown >= 0 ? rows.findIndex((h) => h.number - 1 === shown) : -1;
  const followed = at >= 0 ? Math.floor(at / PAGE_ROWS) : 0;
  const page = turned && turned.shown === shown && turned.rows === rows ? turned.page : followed;
  const turn = (to: number) => setTurned({ page: Math.max(0, Math.min(pages - 1, to)), shown, rows });
  return { page: Math.min(page, pages - 1), pages, turn };
}

function Pager({
  page,
  pages,
  count,
  turn,
}: {
  page: number;
  pages: number;
  count: number;
  turn: (to: number) => void;
}) {
  const t = useT();
  const lang = useLang();
  const number = (n: number) => decimal(n, lang);
  if (pages <= 1) return null;
  return (
    <nav className="ejt-pages" aria-label={t('trace.table.pages')}>
      <button type="button" className="ej-small" disabled={page === 0} onClick={() => turn(page - 1)}>
        {t('trace.table.previous')}
      </button>
      <span role="status">
        {t('trace.table.range', {
          from: number(page * PAGE_ROWS + 1),
          to: number(Math.min(count, (page + 1) * PAGE_ROWS)),
          count: number(count),
        })}
      </span>
      <button type="button" className="ej-small" disabled={page >= pages - 1} onClick={() => turn(page + 1)}>
        {t('trace.table.next')}
      </button>
    </nav>
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
  const { page, pages, turn } = usePage(rows, selected ?? cursor);
  const longest = useMemo(() => trace.hops.reduce((m, h) => Math.max(m, h.delaySeconds ?? 0), 1), [trace]);
  const header = COLUMNS.map((c) => t(`trace.table.${c}`));
  const choose = (h: Hop) => {
    select(h.number - 1);
    jumpTo(h.number - 1);
  };
  const visible = rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS);
  return (
    <section className="ej-card ejt-table-section" aria-labelledby="ejt-table-heading">
      <div className="ejt-table-head">
        <h3 id="ejt-table-heading">{t('trace.table.heading')}</h3>
        <CopyTable text={() => asText(rows, header)} />
      </div>
      <Pager page={page} pages={pages} count={rows.length} turn={turn} />
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
            {visible.map((h) => (
              <tr
                key={h.number}
                data-hop={h.number}
                data-selected={selected === h.number - 1 ? 'true' : undefined}
                data-current={cursor === h.number - 1 ? 'true' : undefined}
                data-forged={h.forged || h.lookalike ? 'true' : undefined}
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
                  <VerdictBadge trace={trace} hop={h.number} />
                </th>
                <td>
                  <bdi>{fromText(h) || (h.number === 1 ? t('trace.node.origin') : t('trace.table.notRecorded'))}</bdi>
                  {h.forged && <span className="ejt-forged">{t('trace.table.forged')}</span>}
                  {h.lookalike && (
                    <span className="ejt-forged" data-lookalike={h.lookalike}>
                      {t('trace.table.lookalike', { host: h.lookalike })}
                    </span>
                  )}
                  {h.upstream && (
                    <span className="ejt-upstream" title={t(why('traceWhy.table.upstreamHelp'))}>
                      {' '}
                      {t(why('traceWhy.table.upstream'))}
                    </span>
                  )}
                  {h.journeyStart && <span className="ejt-journey">{t(why('traceWhy.table.journey'))}</span>}
                </td>
                <td>
                  <bdi>{h.byHost ? showControls(h.byHost) : t('trace.node.unnamed')}</bdi>
                </td>
                <td>
                  <bdi>{showControls(h.fields.with ?? '')}</bdi>
                  <span className={`ejt-tls ejt-tls-${h.fields.tls}`}>{t(`trace.table.tls.${h.fields.tls}`)}</span>
                </td>
                <td className="ejt-time">
                  {h.fields.date
                    ? // One text, two lines (CSS pre-line): the page stays small for thousands of hops.
                      `${utcText(h.fields.date)}\n${t(why('traceWhy.table.local'))}: ${localText(h.fields.date, lang)}`
                    : t('trace.table.noDate')}
                </td>
                <td className="ejt-delay">
                  <span>{h.delaySeconds === null ? '–' : delayText(h.delaySeconds, lang)}</span>
                  <SkewMark hop={h} />
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
