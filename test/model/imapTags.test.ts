// IMAP sessions as a server logs them: the client's tags count on without a gap (a1, a2, …), and the
// Junk folder's SELECT reports Junk's own messages and UIDVALIDITY, not the inbox's (RFC 9051).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset, type Plan, type PresetName } from '../../src/model';
import { planFor } from './helpers';

const planOf = (preset: PresetName | null) => planFor(preset ? messageForPreset(preset, DEFAULT_MESSAGE) : {}, preset);

/** The tag numbers of the client's commands in the steps with these ids, in order. */
function tags(plan: Plan, ids: readonly string[]): number[] {
  // The read step shows the FETCH request of the step before again, with its answer: count it once.
  const lines = new Set(
    plan.steps.filter((s) => ids.includes(s.id)).flatMap((s) => s.transcript.filter((l) => l.who === 'client')),
  );
  return [...new Set([...lines].map((l) => l.text))].flatMap((text) => {
    const tag = /^a(\d+) /.exec(text)?.[1];
    return tag ? [Number(tag)] : [];
  });
}
const counting = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('IMAP tags', () => {
  it.each([null, 'spam', 'unknown-user'] as const)('%s: both readers’ sessions count on without a gap', (preset) => {
    const plan = planOf(preset);
    for (const ids of [
      ['login', 'notice', 'fetch', 'read'],
      ['bounce-fetch', 'bounce-read'],
    ]) {
      const seen = tags(plan, ids);
      expect(seen, ids.join()).toEqual(counting(seen.length));
    }
  });

  it('Junk: SELECT reports the Junk folder’s own count and UIDVALIDITY', () => {
    const junk =
      planOf('spam')
        .steps.find((s) => s.id === 'login')
        ?.transcript.map((l) => l.text) ?? [];
    const inbox =
      planOf(null)
        .steps.find((s) => s.id === 'login')
        ?.transcript.map((l) => l.text) ?? [];
    expect(junk).toContain('a2 SELECT Junk');
    const exists = (lines: string[]) => lines.find((l) => / EXISTS$/.test(l));
    const validity = (lines: string[]) => lines.find((l) => l.includes('UIDVALIDITY'));
    expect(exists(junk)).toBe('* 1 EXISTS');
    expect(validity(junk)).not.toBe(validity(inbox));
  });
});

describe('a one-host provider (no MX, the domain itself receives)', () => {
  it('checks for spam inside its own server: no SMTP session with itself', () => {
    const plan = planOf('no-mx');
    const filter = plan.steps.find((s) => s.id === 'filter');
    expect(filter?.transcript.map((l) => l.note?.key ?? l.text)).toEqual(['note.filter.inside']);
  });
});
