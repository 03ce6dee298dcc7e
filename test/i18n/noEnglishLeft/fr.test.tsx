// No English sentence left on screen in French (the sweep: sweep.tsx).
import { expect, it } from 'vitest';
import { DEPTHS, en, englishLeftOnScreen, fragments, SWEEP_TIMEOUT } from './sweep';

it('the English fragments looked for are many, the first screen’s and the captions’', () => {
  expect(fragments.length).toBeGreaterThan(500);
  expect(fragments).toContain(en['app.tagline']);
  expect(fragments.some((f) => en['step.submit'].includes(f))).toBe(true);
});

it.each(DEPTHS)(
  'no English sentence in any step in French, %s',
  async (depth) => {
    expect(await englishLeftOnScreen('fr', depth)).toEqual([]);
  },
  SWEEP_TIMEOUT,
);
