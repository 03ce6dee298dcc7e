// Every verdict at the hop of the server that wrote it: SPF, DKIM per signature, DMARC alignment
// spelled out, the ARC chain, and spam filters' codes in plain words. Verdicts written before the
// receiving organisation's border are labelled "could be forged"; Expert shows each source line.
import type { DmarcCheck, SpamVerdict, Trace, VerdictItem, WriterVerdicts } from '../../model/trace';
import { showControls } from '../../model/trace';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';
import { useTrace } from './TraceContext';
import { why } from './why';

const or = (value: string | null, fallback: string) => (value ? showControls(value) : fallback);

function Source({ text }: { text: string }) {
  const t = useT();
  const expert = useJourney((s) => s.depth) === 'expert';
  if (!expert) return null;
  return (
    <details className="ejt-why-source">
      <summary>{t(why('traceWhy.verdicts.source'))}</summary>
      <pre>
        <code>{showControls(text)}</code>
      </pre>
    </details>
  );
}

function Dmarc({ item }: { item: DmarcCheck }) {
  const t = useT();
  const counting = item.alignments.filter((a) => a.passed && a.aligned);
  return (
    <li data-kind="dmarc" data-result={item.result}>
      <strong>
        {t(
          why('traceWhy.dmarc', {
            result: item.result,
            domain: or(item.fromDomain, '?'),
            mode: t(why(`traceWhy.dmarc.${item.mode}`)),
          }),
        )}
      </strong>
      <ul className="ejt-why-align">
        {item.alignments.map((a, i) => (
          <li key={i} data-aligned={a.aligned} data-passed={a.passed}>
            {t(
              why('traceWhy.dmarc.row', {
                method: a.method.toUpperCase(),
                domain: showControls(a.domain),
                passed: t(why(a.passed ? 'traceWhy.dmarc.passed' : 'traceWhy.dmarc.failed')),
                aligned: t(why(a.aligned ? 'traceWhy.dmarc.aligned' : 'traceWhy.dmarc.notAligned')),
              }),
            )}
          </li>
        ))}
      </ul>
      <p>
        {counting.length
          ? t(
              why('traceWhy.dmarc.counts', {
                which: counting.map((a) => `${a.method.toUpperCase()} ${a.domain}`).join(', '),
              }),
            )
          : t(why('traceWhy.dmarc.nothing'))}
      </p>
      <p>
        {item.policy || item.disposition
          ? t(why('traceWhy.dmarc.policy', { policy: item.policy ?? '?', disposition: item.disposition ?? '?' }))
          : t(why('traceWhy.dmarc.noPolicy'))}
      </p>
      <Source text={item.source} />
    </li>
  );
}

function Spam({ item }: { item: SpamVerdict }) {
  const t = useT();
  const judged =
    item.spam === null ? 'traceWhy.spam.unsaid' : item.spam ? 'traceWhy.spam.isSpam' : 'traceWhy.spam.notSpam';
  return (
    <li data-kind="spam" data-filter={item.filter} data-spam={String(item.spam)}>
      <strong>{`${t(why(`traceWhy.spam.${item.filter}`))}: ${t(why(judged))}`}</strong>
      {item.folder && (
        <p className="ejt-why-folder">
          {t(why(item.folder === 'junk' ? 'traceWhy.spam.junk' : 'traceWhy.spam.inbox'))}
        </p>
      )}
      <ul className="ejt-why-codes">
        {item.codes.map((c, i) => (
          <li key={i} data-code={c.name}>
            <code>{showControls(c.value ? `${c.name}:${c.value}` : c.name)}</code> {showControls(t(c.meaning))}
          </li>
        ))}
      </ul>
      <Source text={item.source} />
    </li>
  );
}

function Item({ item }: { item: VerdictItem }) {
  const t = useT();
  if (item.kind === 'dmarc') return <Dmarc item={item} />;
  if (item.kind === 'spam') return <Spam item={item} />;
  if (item.kind === 'spf')
    return (
      <li data-kind="spf" data-result={item.result}>
        <strong>
          {t(why('traceWhy.spf', { result: item.result, domain: or(item.domain, '?'), ip: or(item.clientIp, '?') }))}
        </strong>
        <span className="ejt-verdict-help">{t(why('traceWhy.spf.help'))}</span>
        <Source text={item.source} />
      </li>
    );
  if (item.kind === 'dkim')
    return (
      <li data-kind="dkim" data-result={item.result}>
        <strong>
          {item.domain
            ? t(
                why('traceWhy.dkim', {
                  result: item.result,
                  domain: showControls(item.domain),
                  selector: or(item.selector, '?'),
                }),
              )
            : t(why('traceWhy.dkim.unsigned', { result: item.result }))}
        </strong>
        <span className="ejt-verdict-help">{t(why('traceWhy.dkim.help'))}</span>
        <Source text={item.source} />
      </li>
    );
  return (
    <li data-kind="arc" data-intact={item.intact}>
      <strong>
        {t(
          why('traceWhy.arc', {
            count: item.instances.length,
            state: t(why(item.intact ? 'traceWhy.arc.intact' : 'traceWhy.arc.broken')),
          }),
        )}
      </strong>
      {item.result && <p>{t(why('traceWhy.arc.result', { result: item.result }))}</p>}
      <ul>
        {item.instances.map((s) => (
          <li key={s.instance}>
            {t(
              why('traceWhy.arc.instance', {
                instance: s.instance,
                sealer: or(s.sealer, '?'),
                cv: s.cv ?? '?',
                vouched: s.vouched.length ? s.vouched.join(', ') : t(why('traceWhy.arc.nothing')),
              }),
            )}
          </li>
        ))}
      </ul>
      <span className="ejt-verdict-help">{t(why('traceWhy.arc.help'))}</span>
      <Source text={item.source} />
    </li>
  );
}

function Group({ group }: { group: WriterVerdicts }) {
  const t = useT();
  const { select, jumpTo } = useTrace((s) => s.actions);
  const writer = group.writer ? showControls(group.writer) : t('trace.auth.noServer');
  return (
    <li className="ejt-why-group" data-hop={group.hop ?? undefined} data-trusted={group.trusted}>
      <p className="ejt-why-writer">
        {group.hop !== null ? (
          <button
            type="button"
            className="ejt-why-hop"
            onClick={() => {
              select(group.hop! - 1);
              jumpTo(group.hop! - 1);
            }}
          >
            {t(why('traceWhy.verdicts.at', { hop: group.hop, writer }))}
          </button>
        ) : (
          t(why('traceWhy.verdicts.atUnplaced', { writer }))
        )}
      </p>
      <p className={group.trusted ? 'ejt-why-trusted' : 'ejt-why-untrusted'}>
        {t(why(group.trusted ? 'traceWhy.verdicts.trusted' : 'traceWhy.verdicts.untrusted'))}
      </p>
      <ul className="ejt-verdicts">
        {group.items.map((item, i) => (
          <Item key={i} item={item} />
        ))}
      </ul>
    </li>
  );
}

/** Groups shown at most: a real message has a few writers; a pasted loop has hundreds. */
const MAX_GROUPS = 8;

export function TraceVerdicts({ trace }: { trace: Trace }) {
  const t = useT();
  return (
    <section className="ej-card ejt-why" aria-labelledby="ejt-why-heading">
      <h3 id="ejt-why-heading">{t(why('traceWhy.verdicts.heading'))}</h3>
      {trace.verdicts.length === 0 ? (
        <p>{t(why('traceWhy.verdicts.none'))}</p>
      ) : (
        <ol className="ejt-why-groups">
          {trace.verdicts.slice(0, MAX_GROUPS).map((g, i) => (
            <Group key={i} group={g} />
          ))}
        </ol>
      )}
      {trace.verdicts.length > MAX_GROUPS && (
        <p>{t(why('traceWhy.verdicts.more', { count: trace.verdicts.length - MAX_GROUPS, shown: MAX_GROUPS }))}</p>
      )}
    </section>
  );
}
