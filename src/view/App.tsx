// The whole app for one journey: compose panel, graph, playback and narration, with the public data-* contract.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { selectOutcome } from '../store/journeyStore';
import { ComposePanel } from './ComposePanel';
import { HeaderTools } from './HeaderTools';
import { JourneyGraph } from './graph/JourneyGraph';
import { Narration } from './Narration';
import { Notices, type Notice } from './Notices';
import { PlaybackBar } from './PlaybackBar';
import { useJourney, useJourneyStore } from './StoreContext';
import { Timeline } from './Timeline';
import { useShortcuts } from './useShortcuts';
import { useT } from './useT';

// Not part of the first load: the picture, captions and controls come first; these parts are
// fetched when the browser is idle right after, so nothing is requested while the learner works.
const loadDetails = () => import('./details/Details');
const loadCheckpoint = () => import('./CheckpointCard');
const loadEmbed = () => import('./EmbedDialog');
const loadShortcuts = () => import('./ShortcutsDialog');
const Details = lazy(() => loadDetails().then((m) => ({ default: m.Details })));
const CheckpointCard = lazy(() => loadCheckpoint().then((m) => ({ default: m.CheckpointCard })));
const EmbedDialog = lazy(() => loadEmbed().then((m) => ({ default: m.EmbedDialog })));
const ShortcutsDialog = lazy(() => loadShortcuts().then((m) => ({ default: m.ShortcutsDialog })));

function prefetchWhenIdle(): void {
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => void Promise.all([loadDetails(), loadCheckpoint(), loadEmbed(), loadShortcuts()]));
}

export function App({ notices = [], pageShortcuts = true }: { notices?: readonly Notice[]; pageShortcuts?: boolean }) {
  const t = useT();
  const store = useJourneyStore();
  const root = useRef<HTMLDivElement>(null);
  const [help, setHelp] = useState(false);
  const [embed, setEmbed] = useState(false);
  const status = useJourney((s) => s.status);
  const outcome = useJourney(selectOutcome);
  const depth = useJourney((s) => s.depth);
  const theme = useJourney((s) => s.theme);
  const controls = useJourney((s) => s.controls);
  const lang = useJourney((s) => s.lang);
  const checkpoints = useJourney((s) => s.checkpoints);
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(root, store, openHelp, pageShortcuts);
  useEffect(prefetchWhenIdle, []);
  return (
    <div
      ref={root}
      lang={lang}
      className="ej"
      data-status={status}
      data-outcome={outcome ?? undefined}
      data-depth={depth}
      data-theme={theme}
      data-controls={controls}
    >
      <header className="ej-header">
        {controls === 'full' && (
          <div>
            <h1>{t('app.title')}</h1>
            <p>{t('app.tagline')}</p>
          </div>
        )}
        <HeaderTools root={root} onEmbed={controls === 'full' ? () => setEmbed(true) : null} onHelp={openHelp} />
      </header>
      <Notices notices={notices} />
      <div className="ej-layout">
        {controls === 'full' && <ComposePanel />}
        <div className="ej-stage">
          <JourneyGraph />
          {controls !== 'none' && <PlaybackBar />}
          {checkpoints && (
            <Suspense fallback={null}>
              <CheckpointCard />
            </Suspense>
          )}
          <Narration />
          <Timeline />
          {depth === 'expert' && (
            <Suspense fallback={null}>
              <Details />
            </Suspense>
          )}
        </div>
      </div>
      <Suspense fallback={null}>
        {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
        {embed && <EmbedDialog onClose={() => setEmbed(false)} />}
      </Suspense>
    </div>
  );
}
