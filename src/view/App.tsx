// The whole app for one journey: compose panel, graph and narration, with the public data-* contract.
import type { ConfigNotice } from '../embed/config';
import { selectOutcome } from '../store/journeyStore';
import { ComposePanel } from './ComposePanel';
import { JourneyGraph } from './graph/JourneyGraph';
import { Narration } from './Narration';
import { Notices } from './Notices';
import { useJourney } from './StoreContext';
import { useT } from './useT';

export function App({ notices = [] }: { notices?: readonly ConfigNotice[] }) {
  const t = useT();
  const status = useJourney((s) => s.status);
  const outcome = useJourney(selectOutcome);
  return (
    <div className="ej" data-status={status} data-outcome={outcome ?? undefined}>
      <header className="ej-header">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
      </header>
      <Notices notices={notices} />
      <div className="ej-layout">
        <ComposePanel />
        <div className="ej-stage">
          <JourneyGraph />
          <Narration />
        </div>
      </div>
    </div>
  );
}
