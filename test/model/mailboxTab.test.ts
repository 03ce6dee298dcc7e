// The Mailbox tab's data: before delivery nothing has arrived; a recipient or domain with no mailbox
// has no store and no device reading one; a bounce lives in the sender's own mailbox, on her store.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset, PRESETS, type Plan, type PresetName } from '../../src/model';
import { planWithDetail } from '../../src/model/detail';
import { planFor, scenarioFor } from './helpers';

const planOf = (preset: PresetName | null) => planFor(preset ? messageForPreset(preset, DEFAULT_MESSAGE) : {}, preset);
const plans: [string, Plan][] = [
  ['default', planOf(null)],
  ...PRESETS.map((p): [string, Plan] => [p, planOf(p)]),
  ['multi', planFor({ to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' })],
];

describe('the Mailbox tab of every journey', () => {
  it.each(plans)('%s: nothing arrives before a store step, and never on a device with no mailbox', (_name, plan) => {
    const firstStore = plan.steps.findIndex((s) => s.id === 'store' || s.id === 'bounce');
    for (const s of plan.steps) {
      const where = `step ${s.index + 1} ${s.id}`;
      const box = s.mailbox;
      if (firstStore < 0 || s.index < firstStore) {
        expect(['absent', 'none'], where).toContain(box.server);
        expect(box.laptop, where).not.toMatch(/shown|downloaded/);
        // "The message left the server" is for after a POP3 download, never before anything arrived.
        expect(box.phone, where).not.toBe('none');
      }
      if (box.server === 'none')
        expect(box, where).toMatchObject({ store: '', laptop: 'no-mailbox', phone: 'no-mailbox' });
      else expect(box.store, where).toMatch(/\S/);
    }
  });

  it.each(['unknown-user', 'no-such-domain', 'null-mx', 'mailbox-full', 'relay-denied'] as const)(
    '%s: the bounce is in Alice’s mailbox on store.example.com, and the refused recipient has none',
    (preset) => {
      const plan = planOf(preset);
      const before = plan.steps.find((s) => s.id === 'relay' || s.id === 'dns-mx');
      const bounce = plan.steps.filter((s) => s.index >= (plan.steps.find((b) => b.id === 'bounce')?.index ?? 0));
      expect(bounce.length).toBeGreaterThan(0);
      for (const s of bounce)
        expect(s.mailbox).toMatchObject({ owner: 'sender', name: 'Alice', store: 'store.example.com' });
      // A full mailbox exists; Erin's exists too, at her own provider (the MX that refused is the wrong one).
      if (preset !== 'mailbox-full' && preset !== 'relay-denied')
        expect(before?.mailbox).toMatchObject({ server: 'none', store: '' });
    },
  );

  it('forwarded: before the forward, Bob’s own mailbox at example.org is waiting, not gone', () => {
    const first = planOf('forwarded').steps[0]?.mailbox;
    expect(first).toMatchObject({ server: 'absent', phone: 'waiting', store: 'store.example.org' });
  });
});

describe('POP3', () => {
  it('leave a copy: no DELE, no note that QUIT removes anything, and the laptop holds a copy, not the only one', () => {
    const plan = planFor({}, null, 'pop3');
    const keep = planWithDetail({ ...scenarioFor({}, null, 'pop3'), setup: { ...scenarioFor().setup, keep: true } });
    const read = keep.steps.at(-1);
    const notes = read?.transcript.flatMap((l) => (l.note ? [l.note.key] : [])) ?? [];
    expect(read?.transcript.some((l) => l.text.startsWith('DELE'))).toBe(false);
    expect(notes).not.toContain('note.pop3.update');
    expect(read?.mailbox).toMatchObject({ server: 'unread', laptop: 'copy' });
    expect(plan.steps.at(-1)?.mailbox).toMatchObject({ server: 'removed', laptop: 'downloaded' });
  });

  it('spam: no POP3 device ever sees the Junk folder', () => {
    const plan = planOf('spam');
    const pop3 = planFor(messageForPreset('spam', DEFAULT_MESSAGE), 'spam', 'pop3');
    expect(pop3.steps.at(-1)?.mailbox).toMatchObject({ folder: 'Junk', laptop: 'not-inbox', phone: 'not-inbox' });
    expect(plan.steps.at(-1)?.mailbox).toMatchObject({ folder: 'Junk', laptop: 'shown', phone: 'read' });
  });
});
