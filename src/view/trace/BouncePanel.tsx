// A pasted report explained: for a bounce, who reports it and each failed recipient (action, status,
// refusing server, its own words, the reason in plain words with what to do); an auto-reply or an
// abuse feedback report is named as what it is. The returned original's route up to the refusal is
// drawn (or the bounce's own route, at the learner's choice), and the original can be traced alone.
import { severityOf, showControls, type Bounce, type Trace } from '../../model/trace';
import { useT } from '../useT';
import { useTrace } from './TraceContext';
import { why } from './why';

/** Which route the picture shows: the returned original's up to the refusal, or the bounce's own. */
function RouteSwitch() {
  const t = useT();
  const route = useTrace((s) => s.route);
  const { showRoute } = useTrace((s) => s.actions);
  return (
    <>
      {route === 'returned' && <p>{t(why('traceWhy.bounce.showing'))}</p>}
      <div className="ejt-route-switch" role="group" aria-label={t(why('traceWhy.bounce.heading'))}>
        {(['returned', 'message'] as const).map((r) => (
          <button key={r} type="button" className="ej-small" aria-pressed={route === r} onClick={() => showRoute(r)}>
            {t(why(r === 'returned' ? 'traceWhy.bounce.routeReturned' : 'traceWhy.bounce.routeBounce'))}
          </button>
        ))}
      </div>
    </>
  );
}

function BounceDetails({ bounce, returned }: { bounce: Bounce; returned: boolean }) {
  const t = useT();
  const { read } = useTrace((s) => s.actions);
  return (
    <>
      <p>
        {bounce.reportingMta
          ? t(why('traceWhy.bounce.reporter', { mta: showControls(bounce.reportingMta) }))
          : t(why('traceWhy.bounce.reporterUnknown'))}
        {bounce.arrivalDate ? ` ${t(why('traceWhy.bounce.arrival', { date: showControls(bounce.arrivalDate) }))}` : ''}
      </p>
      {bounce.recipients.length === 0 && <p>{t(why('traceWhy.bounce.none'))}</p>}
      {bounce.recipients.map((r, i) => {
        const severity = severityOf(r.reason, r.status);
        return (
          <dl key={i} className="ejt-bounce-recipient" data-reason={r.reason} data-severity={severity}>
            <div>
              <dt>{t(why('traceWhy.bounce.recipient'))}</dt>
              <dd>
                <bdi>{showControls(r.address)}</bdi>
              </dd>
            </div>
            <div>
              <dt>{t(why('traceWhy.bounce.action'))}</dt>
              <dd>{t(why(`traceWhy.action.${r.action}`))}</dd>
            </div>
            <div>
              <dt>{t(why('traceWhy.bounce.status'))}</dt>
              <dd>
                <code>{r.status ?? '–'}</code> {t(why(`traceWhy.bounce.${severity}`))}
              </dd>
            </div>
            {r.remoteMta && (
              <div>
                <dt>{t(why('traceWhy.bounce.remote'))}</dt>
                <dd>
                  <bdi>{showControls(r.remoteMta)}</bdi>
                </dd>
              </div>
            )}
            <div>
              <dt>{t(why('traceWhy.bounce.reason'))}</dt>
              <dd>
                <code>{r.reason}</code> {t(why(`traceWhy.reason.${r.reason}`))}
              </dd>
            </div>
            <div>
              <dt>{t(why('traceWhy.bounce.todo'))}</dt>
              <dd>{t(why(`traceWhy.todo.${r.reason}`))}</dd>
            </div>
            {r.diagnostic && (
              <div>
                <dt>{t(why('traceWhy.bounce.diagnostic'))}</dt>
                <dd>
                  <code className="ejt-bounce-diagnostic">{showControls(r.diagnostic)}</code>
                </dd>
              </div>
            )}
          </dl>
        );
      })}
      {returned && <RouteSwitch />}
      {bounce.original && (
        <p>
          {t(why('traceWhy.bounce.original'))} {/* Only a header with a route can be traced on its own. */}
          {/^received:/im.test(bounce.original.headers) && (
            <button
              type="button"
              className="ej-small"
              onClick={() => void read(bounce.original!.headers, { kind: 'paste', name: '' })}
            >
              {t(why('traceWhy.bounce.traceOriginal'))}
            </button>
          )}
        </p>
      )}
    </>
  );
}

export function BouncePanel({ trace }: { trace: Trace }) {
  const t = useT();
  const report = trace.report;
  if (!report || report.kind === 'mail') return null;
  return (
    <section className="ej-card ejt-bounce" aria-labelledby="ejt-bounce-heading" data-report={report.kind}>
      <h3 id="ejt-bounce-heading">
        {t(why(report.kind === 'bounce' ? 'traceWhy.bounce.heading' : `traceWhy.${report.kind}.heading`))}
      </h3>
      {report.kind === 'bounce' && <BounceDetails bounce={report.bounce} returned={!!trace.returned} />}
      {report.kind === 'autoReply' && <p>{t(why('traceWhy.autoReply'))}</p>}
      {report.kind === 'feedback' && <p>{t(why('traceWhy.feedback', { type: report.feedbackType ?? '?' }))}</p>}
    </section>
  );
}
