// The embedding layer's pure parts: events from store changes, commands, snippets (languages: test/i18n).
import { describe, expect, it } from 'vitest';
import { runCommand, isCommand } from '../../src/embed/commands';
import { watchJourney, type JourneyEventType } from '../../src/embed/events';
import { snippets } from '../../src/view/EmbedDialog';
import { journeyStore, playToEnd } from '../helpers/journey';

const fresh = () => journeyStore({ speed: 20 });

describe('host events', () => {
  it('journeystart, one journeystep per step, then journeyend', () => {
    const store = fresh();
    const events: [JourneyEventType, Record<string, unknown>][] = [];
    watchJourney(store, (type, detail) => events.push([type, detail]));
    runCommand(store, 'send');
    playToEnd(store);
    expect(events[0]?.[0]).toBe('journeystart');
    const steps = store.getState().plan?.steps.length ?? 0;
    // The default journey: compose, submission, hand-off, DNS, relay, the MX's own checks, store and the pull.
    expect(steps).toBeGreaterThan(10);
    expect(events.filter(([type]) => type === 'journeystep')).toHaveLength(steps);
    expect(events.at(-1)).toEqual([
      'journeyend',
      {
        outcome: 'delivered',
        steps,
        recipients: [{ address: 'bob@example.org', field: 'to', outcome: 'delivered', branch: 'example.org' }],
        questions: 0,
      },
    ]);
  });

  it('a checkpoint answer is reported once', () => {
    const store = journeyStore({ speed: 20, checkpoints: true });
    const answers: Record<string, unknown>[] = [];
    watchJourney(store, (type, detail) => type === 'checkpoint' && answers.push(detail));
    store.getState().actions.send();
    playToEnd(store);
    store.getState().actions.answer(1);
    store.getState().actions.proceed();
    // The first checkpoint is at the MX look-up, whatever its index (the Sent copy came before it).
    const index = store.getState().plan?.steps.findIndex((s) => s.id === 'dns-mx');
    expect(answers).toEqual([{ index, id: 'next-server', choice: 1, correct: true, answer: 1, choices: 4 }]);
  });
});

describe('commands', () => {
  it('knows exactly the documented commands', () => {
    expect(['send', 'play', 'pause', 'step', 'back', 'reset', 'set'].every(isCommand)).toBe(true);
    expect(isCommand('explode')).toBe(false);
    expect(isCommand({ command: 'send' })).toBe(false);
  });

  it('step and back move the cursor', () => {
    const store = fresh();
    runCommand(store, 'step');
    runCommand(store, 'step');
    runCommand(store, 'back');
    expect(store.getState().cursor).toBe(0);
  });
});

describe('embed snippets', () => {
  it('escape typed text so it stays inside its attribute', () => {
    const { tag, iframe } = snippets(
      'https://lessons.example.org/',
      'subject=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&step=3',
    );
    expect(tag).toContain('subject="&quot;>&lt;script>alert(1)&lt;/script>"');
    expect(tag).not.toContain('step=');
    expect(iframe).toContain('src="https://lessons.example.org/embed.html?subject=%22%3E%3Cscript%3E');
  });
});
