// A resumed lesson's answers (the `answers` key): the question is not asked again, the recap counts
// it as answered, and no checkpoint event reports it a second time.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { watchJourney, type JourneyEventType } from '../../src/embed/events';
import type { JourneyStore } from '../../src/store/journeyStore';
import { journeyStore, playToEnd } from '../helpers/journey';
import { renderApp } from '../view/render';

/** The step indexes the default journey asks a question before. */
const questionSteps = () =>
  journeyStore({ checkpoints: true })
    .getState()
    .plan!.steps.filter((step) => step.checkpoint)
    .map((step) => step.index);

/** Plays on, answering every question asked now with its right choice; returns the steps asked. */
function playAnsweringRight(store: JourneyStore): number[] {
  const asked: number[] = [];
  for (let i = 0; i < 20; i++) {
    act(() => {
      playToEnd(store);
    });
    const { pending, plan, status } = store.getState();
    if (status === 'finished' || pending === null) break;
    asked.push(pending);
    act(() => {
      store.getState().actions.answer(plan!.steps[pending]!.checkpoint!.correct);
      store.getState().actions.proceed();
    });
  }
  return asked;
}

describe('answers from an earlier session', () => {
  it('are not asked again, and the recap shows them answered, right or wrong', async () => {
    const [first, second, ...rest] = questionSteps();
    expect(rest.length).toBeGreaterThan(0);
    const { plan } = journeyStore({ checkpoints: true }).getState();
    const wrong = (plan!.steps[second!]!.checkpoint!.correct + 1) % plan!.steps[second!]!.checkpoint!.choices.length;
    const answers = {
      [first!]: { choice: plan!.steps[first!]!.checkpoint!.correct, correct: true },
      [second!]: { choice: wrong, correct: false },
    };
    const { store } = renderApp({ checkpoints: true, pace: 'auto', speed: 20, answers });
    const events: JourneyEventType[] = [];
    watchJourney(store, (type) => events.push(type));
    // The lesson reopens past the questions answered earlier (the `step` key), and plays on.
    act(() => store.getState().actions.jumpTo(second! + 1));
    act(() => store.getState().actions.play());
    const asked = playAnsweringRight(store);
    expect(store.getState().status).toBe('finished');
    expect(asked).toEqual(rest);
    // Only the answers given now are reported; the earlier ones were, in their session.
    expect(events.filter((type) => type === 'checkpointanswer')).toHaveLength(rest.length);
    expect(events.filter((type) => type === 'checkpoint')).toHaveLength(rest.length);

    const recap = await screen.findByRole('region', { name: 'Your predictions' });
    const total = rest.length + 2;
    expect(recap).toHaveAttribute('data-recap', `${rest.length + 1}/${total}`);
    const items = within(recap).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-result'))).toEqual([
      'right',
      'wrong',
      ...rest.map(() => 'right'),
    ]);
    expect(recap).not.toHaveTextContent('Skipped');
  });

  it('a question stepped back to keeps its earlier answer and is not asked', () => {
    const [first] = questionSteps();
    const store = journeyStore({
      checkpoints: true,
      pace: 'auto',
      answers: { [first!]: { choice: 0, correct: false } },
    });
    store.getState().actions.jumpTo(first! - 1);
    store.getState().actions.play();
    playToEnd(store);
    expect(store.getState().pending).not.toBe(first);
    expect(store.getState().answers[first!]).toEqual({ choice: 0, correct: false, earlier: true });
  });

  it('one for a step without a question, or a choice the question lacks, is ignored', () => {
    const [first] = questionSteps();
    const store = journeyStore({
      checkpoints: true,
      pace: 'auto',
      answers: { 0: { choice: 0, correct: true }, [first!]: { choice: 42, correct: true } },
    });
    store.getState().actions.jumpTo(0);
    store.getState().actions.play();
    playToEnd(store);
    expect(store.getState().answers).toEqual({});
    // The question is asked, as if no answer had come.
    expect(store.getState().pending).toBe(first);
  });

  it('a new Send asks every question again', () => {
    const [first] = questionSteps();
    const store = journeyStore({
      checkpoints: true,
      pace: 'auto',
      answers: { [first!]: { choice: 0, correct: true } },
    });
    store.getState().actions.send();
    playToEnd(store);
    expect(store.getState().pending).toBe(first);
  });
});
