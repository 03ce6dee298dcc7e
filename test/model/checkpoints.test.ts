// Issue 16's questions: why/who questions with feedback of their own for every choice, in both
// languages, and the checkpointanswer event that carries each answer to a lesson page.
import { beforeAll, describe, expect, it } from 'vitest';
import { isKnown, loadLanguage, t } from '../../src/i18n';
import '../../src/i18n/detail';
import { watchJourney } from '../../src/embed/events';
import { journeyStore, playToEnd } from '../helpers/journey';
import { everyJourney } from '../journeys';

beforeAll(() => loadLanguage('de'));

const asked = everyJourney().flatMap(({ plan }) =>
  plan.steps.flatMap((step) => (step.checkpoint ? [step.checkpoint] : [])),
);

describe('checkpoints', () => {
  it('ask why and who: who writes the bounce, what the 250 means, which check a forged sender fails', () => {
    const ids = new Set(asked.map((c) => c.id));
    for (const id of ['who-bounces', 'final-dot', 'forged-sender', 'no-login', 'next-server'])
      expect(ids).toContain(id);
    expect(ids).not.toContain('relay-port'); // recall of a port number is gone
  });

  it.each(['en', 'de'])('give every choice its own feedback in %s', (lang) => {
    const problems: string[] = [];
    for (const c of asked) {
      expect(c.feedback).toHaveLength(c.choices.length);
      const texts = c.feedback.map((f) => t(f, undefined, lang));
      c.feedback.forEach((f, i) => {
        if (!isKnown(f.key, lang)) problems.push(`${c.id} choice ${i}: no feedback`);
        if (!isKnown(c.choices[i]!.key, lang)) problems.push(`${c.id} choice ${i}: no text`);
      });
      if (new Set(texts).size !== texts.length) problems.push(`${c.id}: two choices share feedback`);
      if (!isKnown(c.question.key, lang)) problems.push(`${c.id}: no question`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('send checkpointanswer with the question id, the choice and whether it was right', () => {
    const store = journeyStore({ checkpoints: true });
    const events: Record<string, unknown>[] = [];
    watchJourney(store, (type, detail) => type === 'checkpointanswer' && events.push(detail));
    store.getState().actions.send();
    playToEnd(store);
    const { pending, plan } = store.getState();
    const checkpoint = plan!.steps[pending!]!.checkpoint!;
    const wrong = (checkpoint.correct + 1) % checkpoint.choices.length;
    store.getState().actions.answer(wrong);
    expect(events).toEqual([{ id: checkpoint.id, choice: wrong, correct: false }]);
    store.getState().actions.proceed();
    playToEnd(store);
    const next = store.getState().plan!.steps[store.getState().pending!]!.checkpoint!;
    store.getState().actions.answer(next.correct);
    expect(events.at(-1)).toEqual({ id: next.id, choice: next.correct, correct: true });
  });
});

describe('pace', () => {
  it('step: waits after each step; Next plays the next one; auto plays on', () => {
    const store = journeyStore({ pace: 'step' });
    store.getState().actions.send();
    playToEnd(store);
    expect(store.getState()).toMatchObject({ status: 'paused', cursor: 0, progress: 1 });
    store.getState().actions.stepForward();
    expect(store.getState()).toMatchObject({ status: 'playing', cursor: 1, progress: 0 });
    const auto = journeyStore({ pace: 'auto' });
    auto.getState().actions.send();
    playToEnd(auto);
    expect(auto.getState().status).toBe('finished');
  });

  it('auto: a step lasts at least the reading time of its caption (200 words a minute at 1×)', () => {
    const store = journeyStore({ pace: 'auto' });
    store.getState().actions.send();
    store.getState().actions.setReading(0, 40); // 40 words: 12 s at 1×
    store.getState().actions.tick(100);
    for (let ms = 100; ms < 11_000; ms += 100) store.getState().actions.tick(100);
    expect(store.getState().cursor).toBe(0);
    for (let ms = 0; ms < 1_100; ms += 100) store.getState().actions.tick(100);
    expect(store.getState().cursor).toBe(1);
  });
});
