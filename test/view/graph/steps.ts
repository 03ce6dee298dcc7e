// Test helpers for the graph's pure parts: plans of every journey, and hand-made steps.
import {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  PRESETS,
  type ComposedMessage,
  type Plan,
  type PresetName,
  type Step,
} from '../../../src/model';
import type { JourneyInit } from '../../../src/store/journeyStore';
import { journeyStore } from '../../helpers/journey';

/** The journeys of the picture's tests: the default, same-domain, POP3, every preset, and issue 15's. */
export const JOURNEYS = ['default', 'same-domain', 'pop3', ...PRESETS, 'three-recipients', 'webmail'] as const;

/** The store's start for each journey that is not a preset: its message or its setup. */
function initOf(journey: (typeof JOURNEYS)[number]): Partial<JourneyInit> {
  const message = (change: Partial<ComposedMessage>) => ({ message: { ...DEFAULT_MESSAGE, ...change } });
  if (journey === 'pop3') return { retrieval: 'pop3' };
  if (journey === 'same-domain') return message({ to: 'carol@example.com', subject: 'Hi', body: 'Hello' });
  if (journey === 'three-recipients')
    return message({ to: 'bob@example.org, carol@example.com', bcc: 'dave@example.net' });
  if (journey === 'webmail') return { setup: { ...DEFAULT_SETUP, client: 'webmail' } };
  return {};
}

export function planOf(journey: (typeof JOURNEYS)[number]): Plan {
  const store = journeyStore(initOf(journey));
  if (PRESETS.includes(journey as PresetName)) store.getState().actions.setPreset(journey as PresetName);
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
    mailbox: {
      owner: 'recipient',
      name: 'Bob',
      store: 'store.example.org',
      server: 'absent',
      folder: 'INBOX',
      laptop: 'none',
      phone: 'none',
    },
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
