// Every preset is nothing but an edit of the default world: its plan equals the plan of a world
// changed by hand (written out here without applyEdits), so no preset can hide a special case.
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  buildScenario,
  DEFAULT_MESSAGE,
  DEFAULT_WORLD,
  messageForPreset,
  plan,
  planJourney,
  PRESET_RECORDS,
  PRESETS,
  type PresetName,
  type World,
} from '../../src/model';

const server = (w: World, host: string, change: object): World => ({
  ...w,
  servers: { ...w.servers, [host]: { ...w.servers[host]!, ...change } },
});
const withoutTxt = (w: World, name: string): World => ({
  ...w,
  zone: w.zone.filter((r) => !(r.name === name && r.type === 'TXT')),
});

/** Each preset's world, changed by hand from the default world. */
const BY_HAND: Record<PresetName, (w: World) => World> = {
  'unknown-user': (w) => w,
  'no-such-domain': (w) => w,
  'null-mx': (w) => w,
  'no-mx': (w) => w,
  'primary-mx-down': (w) => server(w, 'mx1.example.org', { reach: 'timeout' }),
  'all-mx-down': (w) =>
    server(server(w, 'mx1.example.org', { reach: 'timeout' }), 'mx2.example.org', { reach: 'timeout' }),
  greylisted: (w) => server(w, 'mx1.example.org', { greylisting: true }),
  'auth-failed': (w) => ({ ...w, sender: { ...w.sender, passwordRight: false } }),
  'dmarc-reject': (w) => {
    const bare = withoutTxt(
      withoutTxt(withoutTxt(w, 'example.com'), 's2025._domainkey.example.com'),
      '_dmarc.example.com',
    );
    return {
      ...bare,
      zone: [
        ...bare.zone,
        { name: 'example.com', type: 'TXT', ttl: 3600, text: 'v=spf1 ip4:233.252.0.0/24 -all' },
        { name: '_dmarc.example.com', type: 'TXT', ttl: 3600, text: 'v=DMARC1; p=reject' },
      ],
    };
  },
  spam: (w) => server(w, 'filter.example.org', { spam: true }),
  'mailbox-full': (w) => ({ ...w, mailboxes: { ...w.mailboxes, 'bob@example.org': { full: 'permanent' } } }),
  'too-large': (w) => ({ ...w, sender: { ...w.sender, attachmentOctets: 60 * 1_048_576 } }),
};

const sorted = (w: World) => JSON.stringify({ ...w, zone: [...w.zone].map((r) => JSON.stringify(r)).sort() });

describe.each(PRESETS)('preset %s', (preset) => {
  const message = messageForPreset(preset, DEFAULT_MESSAGE);

  it('is an edit of the default world that gives the world changed by hand', () => {
    expect(sorted(applyEdits(DEFAULT_WORLD, PRESET_RECORDS[preset].edits))).toBe(
      sorted(BY_HAND[preset](DEFAULT_WORLD)),
    );
  });

  it.each(['imap', 'pop3'] as const)('plans exactly as its world changed by hand (%s)', (retrieval) => {
    const scenario = buildScenario(message, retrieval, preset);
    if (!scenario) throw new Error('preset message invalid');
    expect(planJourney(scenario)).toEqual(plan(message, BY_HAND[preset](DEFAULT_WORLD), retrieval));
  });
});
