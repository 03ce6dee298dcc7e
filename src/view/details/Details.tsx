// Expert depth: the protocol detail of the current step, in tabs (WAI-ARIA tabs pattern).
import { useEffect, useId, useState } from 'react';
import { rawMessage } from '../../model/detail';
import { useJourney } from '../StoreContext';
import { TabList } from '../TabList';
import { useT } from '../useT';
import { EnvelopeView } from './EnvelopeView';
import { HeaderView } from './HeaderView';
import { MailboxView } from './MailboxView';
import { stepLabel } from '../stepLabel';
import { Transcript } from './Transcript';
import '../detail.css';
import '../../i18n/detail';

const TABS = ['transcript', 'headers', 'envelope', 'mailbox'] as const;
type Tab = (typeof TABS)[number];

export function Details() {
  const t = useT();
  const id = useId();
  const [tab, setTab] = useState<Tab>('transcript');
  const cursor = useJourney((s) => s.cursor);
  // The store's first plan has no protocol detail (it keeps the first load small); the store loads
  // the detailed one when this panel first asks for it, and keeps it in step with every change.
  const plan = useJourney((s) => s.detailedPlan);
  const loadDetail = useJourney((s) => s.actions.loadDetail);
  useEffect(() => {
    void loadDetail();
  }, [loadDetail]);
  const body = useJourney((s) => s.message.body);
  const retrieval = useJourney((s) => s.retrieval);
  if (!plan) return null;
  const step = plan.steps[cursor] ?? null;
  const shown = step ?? plan.steps[0];
  if (!shown) return null;
  const previous = plan.steps[shown.index - 1]?.headers ?? [];

  return (
    <section className="ej-card ej-details" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {step ? t('details.heading', { n: shown.index + 1, label: t(stepLabel(shown)) }) : t('details.preview')}
      </h2>
      <TabList
        label={t('details.tabs')}
        className="ej-tabs"
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        text={(name) => t(`details.tab.${name}`)}
        tabId={(name) => `${id}-tab-${name}`}
        panelId={() => `${id}-panel`}
      />
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        className="ej-tabpanel"
        data-tab={tab}
      >
        {tab === 'transcript' && <Transcript lines={shown.transcript} label={t('details.tab.transcript')} />}
        {tab === 'headers' && (
          <HeaderView headers={shown.headers} previous={previous} raw={rawMessage(shown.headers, body)} />
        )}
        {tab === 'envelope' && <EnvelopeView envelope={shown.envelope} headers={shown.headers} />}
        {tab === 'mailbox' && <MailboxView mailbox={shown.mailbox} retrieval={retrieval} />}
      </div>
    </section>
  );
}
