// The message as a whole: subject, sender, transit time, the trusted sender checks, and remarks.
import type { Text } from '../../model';
import { showControls, type AuthResults, type Trace } from '../../model/trace';
import { decimal } from '../format';
import { useLang, useT } from '../useT';
import { delayText, utcText } from './timeText';

function Verdicts({ auth, receiver }: { auth: AuthResults | null; receiver: string }) {
  const t = useT();
  if (!auth) return <p>{t('trace.auth.none')}</p>;
  const server = auth.authservId ? showControls(auth.authservId) : t('trace.auth.noServer');
  return (
    <>
      <ul className="ejt-verdicts">
        {auth.verdicts.map((v) => (
          <li key={v.method} data-method={v.method} data-result={v.result}>
            <strong>{`${v.method.toUpperCase()}: ${v.result}`}</strong>
            {v.about ? ` (${t('trace.auth.about', { about: showControls(v.about) })})` : ''}
            <span className="ejt-verdict-help">{t(`trace.auth.${v.method}`)}</span>
          </li>
        ))}
      </ul>
      <p>
        {auth.fromReceiver && !auth.authservId
          ? t('trace.auth.byUnnamed', { org: receiver })
          : t(auth.fromReceiver ? 'trace.auth.by' : 'trace.auth.byForeign', { server })}
      </p>
      {auth.fields > 1 && <p>{t('trace.auth.merged', { count: auth.fields })}</p>}
      {auth.others > 0 && <p>{t('trace.auth.others', { count: auth.others })}</p>}
    </>
  );
}

/** A remark's counts written as the reader's language writes numbers (50,000 / 50.000). */
function withNumbers(text: Text, lang: string): Text {
  if (!text.params) return text;
  const params = Object.fromEntries(
    Object.entries(text.params).map(([k, v]) => [k, typeof v === 'number' ? decimal(v, lang) : v]),
  );
  return { ...text, params };
}

export function TraceSummary({ trace }: { trace: Trace }) {
  const t = useT();
  const lang = useLang();
  const unknown = t('trace.summary.unknown');
  const fromFirst = trace.remarks.some((r) => r.key === 'trace.remark.dateSkew') || !trace.sent;
  const rows: [string, string][] = [
    [t('trace.summary.subject'), trace.subject ? showControls(trace.subject) : unknown],
    [t('trace.summary.from'), trace.from ? showControls(trace.from) : unknown],
    [t('trace.summary.to'), trace.to ? showControls(trace.to) : unknown],
    [t('trace.summary.sent'), trace.sent ? `${utcText(trace.sent)} UTC` : unknown],
    [t('trace.summary.hops'), decimal(trace.hops.length, lang)],
    [
      t('trace.summary.total'),
      trace.totalSeconds === null
        ? unknown
        : `${delayText(trace.totalSeconds, lang)} (${t(fromFirst ? 'trace.summary.totalFromFirst' : 'trace.summary.totalNote')})`,
    ],
    [t('trace.summary.receiver'), trace.receivingOrg ? showControls(trace.receivingOrg) : unknown],
    ...(trace.bodyStart ? [[t('trace.summary.body'), showControls(trace.bodyStart)] as [string, string]] : []),
  ];
  return (
    <section className="ej-card ejt-summary" aria-labelledby="ejt-summary-heading">
      <h3 id="ejt-summary-heading">{t('trace.summary.heading')}</h3>
      <dl className="ejt-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      {trace.remarks.length > 0 && (
        <ul className="ejt-remarks">
          {trace.remarks.map((r) => (
            <li key={r.key}>{showControls(t(withNumbers(r, lang)))}</li>
          ))}
        </ul>
      )}
      <h4>{t('trace.auth.heading')}</h4>
      <Verdicts auth={trace.auth} receiver={trace.receivingOrg ? showControls(trace.receivingOrg) : unknown} />
      {trace.stray.length > 0 && (
        <details className="ejt-stray">
          <summary>{`${t('trace.stray.heading')} (${decimal(trace.strayCount, lang)})`}</summary>
          <ul>
            {trace.stray.slice(0, 50).map((s) => (
              <li key={s.lineNumber}>
                <span className="ejt-stray-number">{t('trace.stray.line', { number: s.lineNumber })}</span>{' '}
                <code>{showControls(s.text)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
