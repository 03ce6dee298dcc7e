// The whole app for one journey: compose panel, graph, playback and narration, with the public data-* contract.
import { useCallback, useRef, useState } from 'react';
import type { ConfigNotice } from '../embed/config';
import { selectOutcome } from '../store/journeyStore';
import { CheckpointCard } from './CheckpointCard';
import { ComposePanel } from './ComposePanel';
import { Details } from './details/Details';
import { EmbedDialog } from './EmbedDialog';
import { HeaderTools } from './HeaderTools';
import { JourneyGraph } from './graph/JourneyGraph';
import { Narration } from './Narration';
import { Notices } from './Notices';
import { PlaybackBar } from './PlaybackBar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useJourney, useJourneyStore } from './StoreContext';
import { Timeline } from './Timeline';
import { useShortcuts } from './useShortcuts';
import { useT } from './useT';

export function App({
  notices = [],
  pageShortcuts = true,
}: {
  notices?: readonly ConfigNotice[];
  pageShortcuts?: boolean;
}) {
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
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(root, store, openHelp, pageShortcuts);
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
          <CheckpointCard />
          <Narration />
          <Timeline />
          {depth === 'expert' && <Details />}
        </div>
      </div>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
      {embed && <EmbedDialog onClose={() => setEmbed(false)} />}
    </div>
  );
}
