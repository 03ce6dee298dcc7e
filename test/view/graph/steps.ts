// A hand-made step for the graph's pure parts (the journeys themselves are in test/journeys.ts).
import type { Step } from '../../../src/model';

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
