// Test helpers for the graph's pure parts: plans of every journey, and hand-made steps.
import { PRESETS, type Plan, type Step } from '../../../src/model';
import { journeyStore } from '../../helpers/journey';

/** The fifteen journeys of the picture's tests: the default, same-domain, POP3 and every preset. */
export const JOURNEYS = ['default', 'same-domain', 'pop3', ...PRESETS] as const;

export function planOf(journey: (typeof JOURNEYS)[number]): Plan {
  const store = journeyStore(
    journey === 'pop3'
      ? { retrieval: 'pop3' }
      : journey === 'same-domain'
        ? {
            message: {
              from: 'alice@example.com',
              to: 'carol@example.com',
              cc: '',
              bcc: '',
              subject: 'Hi',
              body: 'Hello',
            },
          }
        : {},
  );
  if (journey !== 'default' && journey !== 'pop3' && journey !== 'same-domain')
    store.getState().actions.setPreset(journey);
  const plan = store.getState().plan;
  if (!plan) throw new Error(`no plan for ${journey}`);
  return plan;
}

export function step(over: Partial<Step> = {}): Step {
  return {
    index: 0,
    id: 'relay',
    from: 'sender-mta',
    to: 'recipient-mx',
    kind: 'hop',
    protocol: 'SMTP',
    port: 25,
    security: null,
    caption: { key: 'step.relay.accepted' },
    simulatedMs: 1000,
    startsAt: 0,
    endsAt: 1,
    transcript: [],
    headers: [],
    envelope: null,
    mailbox: { owner: 'recipient', server: 'absent', folder: 'INBOX', laptop: 'none', phone: 'none' },
    myth: null,
    checkpoint: null,
    result: 'accepted',
    code: null,
    wait: null,
    folder: null,
    token: 'message',
    dns: null,
    verdicts: [],
    branch: null,
    rcpt: [],
    ...over,
  };
}
