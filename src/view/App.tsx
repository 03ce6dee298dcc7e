// The whole app for one journey: compose panel, graph and narration, with the public data-* contract.
import type { ConfigNotice } from '../embed/config';
import { selectOutcome } from '../store/journeyStore';
import { DepthToggle } from './Choices';
import { ComposePanel } from './ComposePanel';
import { Details } from './details/Details';
import { JourneyGraph } from './graph/JourneyGraph';
import { Narration } from './Narration';
import { Notices } from './Notices';
import { useJourney } from './StoreContext';
import { useT } from './useT';

export function App({ notices = [] }: { notices?: readonly ConfigNotice[] }) {
  const t = useT();
  const status = useJourney((s) => s.status);
  const outcome = useJourney(selectOutcome);
  const depth = useJourney((s) => s.depth);
  return (
    <div className="ej" data-status={status} data-outcome={outcome ?? undefined} data-depth={depth}>
      <header className="ej-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p>{t('app.tagline')}</p>
        </div>
        <DepthToggle />
      </header>
      <Notices notices={notices} />
      <div className="ej-layout">
        <ComposePanel />
        <div className="ej-stage">
          <JourneyGraph />
          <Narration />
          {depth === 'expert' && <Details />}
        </div>
      </div>
    </div>
  );
}
