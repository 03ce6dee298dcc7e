// No English sentence left on screen in Spanish (the sweep: sweep.tsx).
import { expect, it } from 'vitest';
import { DEPTHS, englishLeftOnScreen, SWEEP_TIMEOUT } from './sweep';

it.each(DEPTHS)(
  'no English sentence in any step in Spanish, %s',
  async (depth) => {
    expect(await englishLeftOnScreen('es', depth)).toEqual([]);
  },
  SWEEP_TIMEOUT,
);
