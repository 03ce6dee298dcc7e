// No English sentence left on screen in Arabic (the sweep: sweep.tsx).
import { expect, it } from 'vitest';
import { DEPTHS, englishLeftOnScreen, SWEEP_TIMEOUT } from './sweep';

it.each(DEPTHS)(
  'no English sentence in any step in Arabic, %s',
  async (depth) => {
    expect(await englishLeftOnScreen('ar', depth)).toEqual([]);
  },
  SWEEP_TIMEOUT,
);
