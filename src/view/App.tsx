// The whole app for one journey: compose panel, graph, playback and narration, with the public data-* contract.
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { encodeEdits } from '../model';
import { selectOutcome } from '../store/journeyStore';
import { ComposePanel } from './ComposePanel';
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
import { LessonSettings } from './lesson/LessonSettings';
import { PresentButton, useFollowActive, useLayout } from './lesson/Presentation';
import { ComposeSummary } from './lesson/ComposeSummary';
import { useCaptionDodge } from './lesson/useCaptionDodge';
import { MissionsButton } from './missions/MissionsButton';
import { useAskLater, useLater, useLaterFailing } from './LaterContext';
import { useT } from './useT';
import { directionOf } from '../i18n';

// The parts after the first screen (timeline, dialogs, checkpoints, recap, notices, "Your changes",
// Expert detail, the tracer) come with the later tier, handed down by the mount (LaterContext.tsx):
// each shows once it is in. Expert detail and the tracer are fetched from there on demand.

/** The tracer's panel: created on first visit, then kept (hidden) so a paste survives switching tabs. */
function TracePanel({ base }: { base: string }) {
  const t = useT();
  const later = useLater();
  const askLater = useAskLater();
  const tool = useJourney((s) => s.tool);
  const sample = useJourney((s) => s.sample);
  const [opened, setOpened] = useState(tool === 'trace');
  if (tool === 'trace' && !opened) setOpened(true);
  // The tracer comes from the later tier: opening its tab is a need, so a failed fetch is tried again.
  useEffect(() => {
    if (opened && !later) askLater();
  }, [opened, later, askLater]);
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
          {later ? (
            <later.TraceMode active={tool === 'trace'} sample={sample} />
          ) : (
            <p className="ej-loading">{t('tool.loading')}</p>
          )}
        </Suspense>
      </LoadBoundary>
    </div>
  );
}

export function App({ notices = [], pageShortcuts = true }: { notices?: readonly Notice[]; pageShortcuts?: boolean }) {
  const t = useT();
  const store = useJourneyStore();
  const later = useLater();
  const laterFailing = useLaterFailing();
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
  const missionsShown = useJourney((s) => s.missionsShown);
  // The contract's `data-world`: the learner's world edits in their compact form, empty when none.
  const world = useMemo(() => (edits.length > 0 ? encodeEdits(edits) : ''), [edits]);
  const base = useId();
  const askLater = useAskLater();
  // Dialogs come with the later tier: pressed before it is in, they open as soon as it is.
  const openHelp = useCallback(() => {
    setHelp(true);
    askLater();
  }, [askLater]);
  useShortcuts(root, store, openHelp, pageShortcuts);
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
      // Its own language's direction, set even when left to right: a host page's dir="rtl" never mirrors an English journey.
      dir={directionOf(lang)}
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
            <MissionsButton />
            <PresentButton />
            <LessonSettings />
          </div>
        )}
        <HeaderTools
          root={root}
          onEmbed={
            controls === 'full'
              ? () => {
                  setEmbed(true);
                  askLater();
                }
              : null
          }
          onHelp={openHelp}
        />
      </header>
      {laterFailing && (
        <p className="ej-later-failed" role="alert">
          {t('later.failed')}
        </p>
      )}
      {notices.length > 0 && later && <later.Notices notices={notices} />}
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
          {missionsShown && later && <later.MissionPanel />}
          {edits.length > 0 && later && (
            <div className="ej-card">
              <later.WorldChanges />
            </div>
          )}
          {controls !== 'none' && <PlaybackBar />}
          {/* The caption's side: beside or over the picture when presenting (issue 16). */}
          {/* When presenting or journeying, the side may scroll (a long question, the recap): keyboard users reach it too. */}
          <div
            className={`ej-side${captionPlace.start ? ' ej-side-start' : ''}${captionPlace.wide ? ' ej-side-wide' : ''}${captionPlace.under ? ' ej-side-under' : ''}`}
            {...(sideRegion ? { role: 'region', 'aria-label': t('narration.heading'), tabIndex: 0 } : {})}
          >
            {checkpoints && later && <later.CheckpointCard />}
            {checkpoints && later && <later.Recap />}
            <Narration />
          </div>
          {later && <later.Timeline />}
          {depth === 'expert' && later && (
            <LoadBoundary fallback={null}>
              <Suspense fallback={null}>
                <later.Details />
              </Suspense>
            </LoadBoundary>
          )}
        </div>
      </div>
      <TracePanel base={base} />
      {help && later && <later.ShortcutsDialog onClose={() => setHelp(false)} />}
      {embed && later && <later.EmbedDialog onClose={() => setEmbed(false)} />}
    </div>
  );
}
