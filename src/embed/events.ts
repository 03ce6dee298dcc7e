// Turns store changes into the host events of DESIGN.md: journeystart, journeystep, journeyend, checkpoint, worldchange,
// missioncomplete.
import { encodeEdits } from '../model';
import type { JourneyStore, JourneyStoreState } from '../store/journeyStore';

export type JourneyEventType =
  'journeystart' | 'journeystep' | 'journeyend' | 'checkpoint' | 'checkpointanswer' | 'worldchange' | 'missioncomplete';
export type Emit = (type: JourneyEventType, detail: Record<string, unknown>) => void;

function stepDetail(s: JourneyStoreState) {
  const step = s.plan?.steps[s.cursor];
  return step
    ? {
        index: step.index,
        stepId: step.id,
        from: step.from,
        to: step.to,
        protocol: step.protocol,
        port: step.port,
        status: s.status,
      }
    : null;
}

/** Calls `emit` for every event the store's changes mean; returns the unsubscribe function. */
export function watchJourney(store: JourneyStore, emit: Emit): () => void {
  return store.subscribe((now, before) => {
    const started =
      now.status === 'playing' &&
      now.cursor === 0 &&
      (before.status === 'idle' || before.status === 'finished' || before.cursor !== 0);
    if (started && now.plan)
      emit('journeystart', {
        mode: now.scenario?.mode,
        from: now.message.from,
        to: now.message.to,
        scenario: now.preset,
        steps: now.plan.steps.length,
      });
    if (now.cursor !== before.cursor || (now.plan !== before.plan && now.cursor >= 0)) {
      const detail = stepDetail(now);
      if (detail) emit('journeystep', detail);
    }
    // Issue 24: a mission reached its goal (judged by the model when its journey ended, or when its
    // question was answered); before journeyend, so a lesson counting both sees it in the same score.
    if (now.missionProgress !== before.missionProgress)
      for (const [mission, progress] of Object.entries(now.missionProgress))
        if (progress?.done && !before.missionProgress[mission as keyof typeof now.missionProgress]?.done)
          emit('missioncomplete', { mission, attempts: progress.attempts, hints: progress.hints });
    if (now.status === 'finished' && before.status !== 'finished' && now.plan)
      emit('journeyend', {
        outcome: now.plan.outcome,
        steps: now.plan.steps.length,
        // Each recipient (To, Cc, Bcc) and what became of it: address, field, outcome, branch.
        recipients: now.plan.recipients.map((r) => ({ ...r })),
        // How many prediction questions the journey asked (0 with checkpoints off): a grade's maximum.
        questions: now.checkpoints ? now.plan.steps.filter((step) => step.checkpoint).length : 0,
      });
    // worldchange: the learner's world edits changed (detail: their compact form, as in `world`).
    if (now.edits !== before.edits) emit('worldchange', { world: encodeEdits(now.edits) });
    for (const [index, answer] of Object.entries(now.answers)) {
      // An earlier session's answer (the `answers` key) was reported in that session.
      if (before.answers[Number(index)] || !now.plan || answer.earlier) continue;
      const checkpoint = now.plan.steps[Number(index)]?.checkpoint;
      // `answer` (the right choice) and `choices` (how many) let a gradebook record the question.
      emit('checkpoint', {
        index: Number(index),
        id: checkpoint?.id,
        choice: answer.choice,
        correct: answer.correct,
        answer: checkpoint?.correct,
        choices: checkpoint?.choices.length,
      });
    }
    // Issue 16: DESIGN.md's checkpointanswer, for lesson pages that keep a score.
    for (const [index, answer] of Object.entries(now.answers)) {
      const checkpoint = now.plan?.steps[Number(index)]?.checkpoint;
      if (before.answers[Number(index)] || !checkpoint || answer.earlier) continue;
      emit('checkpointanswer', { id: checkpoint.id, choice: answer.choice, correct: answer.correct });
    }
  });
}
