// The "Trace a real email" tool: input on one side; the route, replay, caption, checks and table on
// the other. Loaded only when a learner opens it, with its own store that lives as long as the app.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { decodeShare, type SampleName } from '../../model/trace';
import { addStrings } from '../../i18n';
import { enTrace } from '../../i18n/en/trace';
import { startClock } from '../../store/clock';
import { createTraceStore } from '../../store/traceStore';
import { useT } from '../useT';
import { HopCaption } from './HopCaption';
import { HopTable } from './HopTable';
import { TraceGraph } from './TraceGraph';
import { TraceInput } from './TraceInput';
import { TracePlayback } from './TracePlayback';
import { TraceProvider, useTrace } from './TraceContext';
import { TraceSummary } from './TraceSummary';
import { BouncePanel } from './BouncePanel';
import { SharePanel, SHARE_KEY } from './SharePanel';
import { TraceVerdicts } from './TraceVerdicts';
import { why } from './why';
import '../trace.css';
import './traceWhy.css';

addStrings('en', enTrace);

/** The header a private link carries in its fragment, or null; `false` when the link is broken. */
function sharedHeader(hash: string): string | null | false {
  const match = new RegExp(`^#${SHARE_KEY}=(.*)$`).exec(hash);
  if (!match) return null;
  return decodeShare(match[1]!) ?? false;
}

function Result() {
  const t = useT();
  const trace = useTrace((s) => s.trace);
  const message = useTrace((s) => s.message) ?? trace;
  const problem = useTrace((s) => s.problem);
  const phase = useTrace((s) => s.phase);
  if (phase === 'failed' && problem)
    return (
      <p className="ej-card ejt-problem" role="alert">
        {t(problem)}
      </p>
    );
  if (!trace || !message) return null;
  // A bounce pasted without its Received lines: no route to draw, but its report and remarks.
  if (trace.hops.length === 0)
    return (
      <div className="ejt-result" data-hops={0}>
        <BouncePanel trace={trace} />
        <TraceSummary trace={trace} />
      </div>
    );
  return (
    <div className="ejt-result" data-hops={trace.hops.length}>
      <TraceGraph trace={trace} />
      <TracePlayback />
      <HopCaption trace={trace} />
      <BouncePanel trace={message} />
      <TraceSummary trace={trace} />
      <TraceVerdicts trace={trace} />
      <HopTable trace={trace} />
      <SharePanel trace={message} />
    </div>
  );
}

export function TraceMode({ active, sample }: { active: boolean; sample: SampleName | null }) {
  const [store] = useState(createTraceStore);
  const phase = useStore(store, (s) => s.phase);
  const t = useT();
  // A private link opens its trace: the header is in the fragment, which never left the browser.
  const [shared] = useState(() => sharedHeader(window.location.hash));
  const broken = shared === false;
  useEffect(() => startClock(store), [store]);
  useEffect(() => {
    if (shared) void store.getState().actions.read(shared, { kind: 'paste', name: '' });
  }, [shared, store]);
  // A sample named in the link or attributes opens once the tool is first shown.
  useEffect(() => {
    if (sample) void store.getState().actions.loadSample(sample);
  }, [sample, store]);
  // Leaving the tool pauses the replay; the pasted text and the result stay.
  useEffect(() => {
    if (!active) store.getState().actions.pause();
  }, [active, store]);
  return (
    <TraceProvider store={store}>
      <div className="ej-layout ejt-layout" data-tool="trace" data-phase={phase}>
        <TraceInput />
        <div className="ej-stage ejt-stage">
          {broken && (
            <p className="ej-card ejt-problem" role="alert">
              {t(why('traceWhy.share.failed'))}
            </p>
          )}
          <Result />
        </div>
      </div>
    </TraceProvider>
  );
}
