// The whole app for one journey: compose panel, graph, playback and narration, with the public data-* contract.
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { loadJourneyText } from '../i18n';
import { encodeEdits } from '../model';
import { selectOutcome } from '../store/journeyStore';
import { ComposePanel, loadMoreOptions } from './ComposePanel';
import { HeaderTools } from './HeaderTools';
import { LoadBoundary } from './LoadBoundary';
import { JourneyGraph } from './graph/JourneyGraph';
import { Narration } from './Narration';
import type { Notice } from './Notices';
import { PlaybackBar } from './PlaybackBar';
import { useJourney, useJourneyStore } from './StoreContext';
import { labelledByTab, panelId, ToolTabs } from './ToolTabs';
import { useShortcuts } from './useShortcuts';
// Issue 16: the lesson tools (settings menu, presentation layout, following the active node).
import { LessonSettings, loadSettingsPanel } from './lesson/LessonSettings';
import { PresentButton, useFollowActive, useLayout } from './lesson/Presentation';
import { ComposeSummary } from './lesson/ComposeSummary';
import { useCaptionDodge } from './lesson/useCaptionDodge';
import { withStyles } from './laterStyles';
import { useT } from './useT';

// Not part of the first load: the picture, captions and controls come first; these parts are
// fetched when the browser is idle right after, so nothing is requested while the learner works.
// Each waits for its styles too where the host adopts them itself (laterStyles.ts).
const loadDetails = () => withStyles(import('./details/Details'));
const loadCheckpoint = () => withStyles(import('./CheckpointCard'));
const loadEmbed = () => withStyles(import('./EmbedDialog'));
const loadShortcuts = () => withStyles(import('./ShortcutsDialog'));
const Details = lazy(() => loadDetails().then((m) => ({ default: m.Details })));
const CheckpointCard = lazy(() => loadCheckpoint().then((m) => ({ default: m.CheckpointCard })));
const EmbedDialog = lazy(() => loadEmbed().then((m) => ({ default: m.EmbedDialog })));
const ShortcutsDialog = lazy(() => loadShortcuts().then((m) => ({ default: m.ShortcutsDialog })));
// The timeline's step names come with the journey's words, right after the first screen; so does it.
const Timeline = lazy(() =>
  Promise.all([withStyles(import('./Timeline')), loadJourneyText()]).then(([m]) => ({ default: m.Timeline })),
);
// Notices are rare (a link or attribute with a bad value): their code loads only when there is one.
const Notices = lazy(() => withStyles(import('./Notices')).then((m) => ({ default: m.Notices })));
const Recap = lazy(() => withStyles(import('./Recap')).then((m) => ({ default: m.Recap })));
// "Your changes" shows only once the learner has changed the world.
const WorldChanges = lazy(() => withStyles(import('./cards/WorldChanges')).then((m) => ({ default: m.WorldChanges })));
// The tracer (with its MIME parser) loads only when its tab is first opened, never at start-up.
const TraceMode = lazy(() => withStyles(import('./trace/TraceMode')).then((m) => ({ default: m.TraceMode })));

/** The tracer's panel: created on first visit, then kept (hidden) so a paste survives switching tabs. */
function TracePanel({ base }: { base: string }) {
  const t = useT();
  const tool = useJourney((s) => s.tool);
  const sample = useJourney((s) => s.sample);
  const [opened, setOpened] = useState(tool === 'trace');
  if (tool === 'trace' && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <div
      role="tabpanel"
      id={panelId(base, 'trace')}
      aria-labelledby={labelledByTab(base, 'trace')}
      hidden={tool !== 'trace'}
    >
      <LoadBoundary fallback={<p role="alert">{t('tool.loadFailed')}</p>}>
        <Suspense fallback={<p className="ej-loading">{t('tool.loading')}</p>}>
          <TraceMode active={tool === 'trace'} sample={sample} />
        </Suspense>
      </LoadBoundary>
    </div>
  );
}

function prefetchWhenIdle(): void {
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(
    () =>
      void Promise.all([
        loadDetails(),
        loadCheckpoint(),
        loadEmbed(),
        loadShortcuts(),
        loadSettingsPanel(),
        loadMoreOptions(),
      ]),
  );
}

export function App({ notices = [], pageShortcuts = true }: { notices?: readonly Notice[]; pageShortcuts?: boolean }) {
  const t = useT();
  const store = useJourneyStore();
  const root = useRef<HTMLDivElement>(null);
  const [help, setHelp] = useState(false);
  const [embed, setEmbed] = useState(false);
  const status = useJourney((s) => s.status);
  // The contract's `data-step`: the current step, 1-based; 0 before Send.
  const step = useJourney((s) => Math.max(0, s.cursor + 1));
  const outcome = useJourney(selectOutcome);
  const depth = useJourney((s) => s.depth);
  const theme = useJourney((s) => s.theme);
  const controls = useJourney((s) => s.controls);
  const lang = useJourney((s) => s.lang);
  const checkpoints = useJourney((s) => s.checkpoints);
  const tool = useJourney((s) => s.tool);
  const edits = useJourney((s) => s.edits);
  // The contract's `data-world`: the learner's world edits in their compact form, empty when none.
  const world = useMemo(() => (edits.length > 0 ? encodeEdits(edits) : ''), [edits]);
  const base = useId();
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(root, store, openHelp, pageShortcuts);
  useEffect(prefetchWhenIdle, []);
  const layout = useLayout(root);
  const asking = useJourney((s) => (s.pending === null ? null : (s.plan?.steps[s.pending]?.checkpoint?.id ?? null)));
  useFollowActive(root);
  // Issue 16: once the journey is under way, the form folds to one line and the picture takes the
  // room (caption beside or over it, as when presenting), so node titles reach 16 px at 1280×800.
  const journeying = controls === 'full' && layout !== 'present' && status !== 'idle';
  const sideRegion = layout === 'present' || journeying;
  const captionPlace = useCaptionDodge(root);
  return (
    <div
      ref={root}
      lang={lang}
      className="ej"
      data-status={status}
      data-step={step}
      data-outcome={outcome ?? undefined}
      data-depth={depth}
      data-theme={theme}
      data-controls={controls}
      data-tool={tool}
      data-world={world}
      data-layout={layout}
      data-asking={asking ?? undefined}
    >
      <header className="ej-header">
        {controls === 'full' && (
          <div>
            <h1>{t('app.title')}</h1>
            <p>{t('app.tagline')}</p>
          </div>
        )}
        {controls === 'full' && (
          <div className="ej-lesson-tools">
            <PresentButton />
            <LessonSettings />
          </div>
        )}
        <HeaderTools root={root} onEmbed={controls === 'full' ? () => setEmbed(true) : null} onHelp={openHelp} />
      </header>
      {notices.length > 0 && (
        <Suspense fallback={null}>
          <Notices notices={notices} />
        </Suspense>
      )}
      {controls === 'full' && <ToolTabs base={base} />}
      <div
        className="ej-layout"
        role={controls === 'full' ? 'tabpanel' : undefined}
        id={panelId(base, 'journey')}
        aria-labelledby={controls === 'full' ? labelledByTab(base, 'journey') : undefined}
        hidden={tool !== 'journey'}
      >
        {controls === 'full' && layout !== 'present' && (journeying ? <ComposeSummary /> : <ComposePanel />)}
        <div className="ej-stage">
          <JourneyGraph />
          {edits.length > 0 && (
            <div className="ej-card">
              <Suspense fallback={null}>
                <WorldChanges />
              </Suspense>
            </div>
          )}
          {controls !== 'none' && <PlaybackBar />}
          {/* The caption's side: beside or over the picture when presenting (issue 16). */}
          {/* When presenting or journeying, the side may scroll (a long question, the recap): keyboard users reach it too. */}
          <div
            className={`ej-side${captionPlace.start ? ' ej-side-start' : ''}${captionPlace.wide ? ' ej-side-wide' : ''}`}
            {...(sideRegion ? { role: 'region', 'aria-label': t('narration.heading'), tabIndex: 0 } : {})}
          >
            {checkpoints && (
              <Suspense fallback={null}>
                <CheckpointCard />
              </Suspense>
            )}
            {checkpoints && (
              <Suspense fallback={null}>
                <Recap />
              </Suspense>
            )}
            <Narration />
          </div>
          <LoadBoundary fallback={null}>
            <Suspense fallback={null}>
              <Timeline />
            </Suspense>
          </LoadBoundary>
          {depth === 'expert' && (
            <Suspense fallback={null}>
              <Details />
            </Suspense>
          )}
        </div>
      </div>
      <TracePanel base={base} />
      <Suspense fallback={null}>
        {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
        {embed && <EmbedDialog onClose={() => setEmbed(false)} />}
      </Suspense>
    </div>
  );
}
