// Expert depth: the protocol detail of the current step, in tabs (WAI-ARIA tabs pattern).
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { planWithDetail, rawMessage } from '../../model/detail';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';
import { EnvelopeView } from './EnvelopeView';
import { HeaderView } from './HeaderView';
import { MailboxView } from './MailboxView';
import { Transcript } from './Transcript';
import '../detail.css';
import '../../i18n/detail';

const TABS = ['transcript', 'headers', 'envelope', 'mailbox'] as const;
type Tab = (typeof TABS)[number];

export function Details() {
  const t = useT();
  const id = useId();
  const [tab, setTab] = useState<Tab>('transcript');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const cursor = useJourney((s) => s.cursor);
  const scenario = useJourney((s) => s.scenario);
  // The store's plan has no protocol detail (it keeps the first load small); this one does.
  const plan = useMemo(() => (scenario ? planWithDetail(scenario) : null), [scenario]);
  const body = useJourney((s) => s.message.body);
  const retrieval = useJourney((s) => s.retrieval);
  const recipient = useJourney((s) => s.scenario?.recipient.name ?? '');
  if (!plan) return null;
  const step = plan.steps[cursor] ?? null;
  const shown = step ?? plan.steps[0];
  if (!shown) return null;
  const previous = plan.steps[shown.index - 1]?.headers ?? [];
  const storeHost = plan.nodes.find((n) => n.id === 'recipient-store')?.host ?? '';

  const onKey = (e: KeyboardEvent, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const target =
      e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : (index + delta + TABS.length) % TABS.length;
    if (delta === 0 && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    setTab(TABS[target] ?? 'transcript');
    buttons.current[target]?.focus();
  };

  return (
    <section className="ej-details" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {step
          ? t('details.heading', { n: shown.index + 1, label: t({ key: `label.${shown.id}` }) })
          : t('details.preview')}
      </h2>
      <div role="tablist" aria-label={t('details.tabs')} className="ej-tabs">
        {TABS.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(`details.tab.${name}`)}
          </button>
        ))}
      </div>
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
        {tab === 'mailbox' && (
          <MailboxView mailbox={shown.mailbox} retrieval={retrieval} recipient={recipient} store={storeHost} />
        )}
      </div>
    </section>
  );
}
