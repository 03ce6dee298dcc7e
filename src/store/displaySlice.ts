// The display slice: how the journey is shown (depth, language, theme, motion, controls, tool).
import { JOURNEY_DEFAULTS } from './defaults';
import type { DisplayActions, DisplaySlice, JourneyInit, Set } from './state';

export function displaySlice(set: Set, init: JourneyInit): { state: DisplaySlice; actions: DisplayActions } {
  // Picked field by field: nothing else a configuration carries (mode, autoplay, step) gets in.
  const state: DisplaySlice = {
    depth: init.depth ?? JOURNEY_DEFAULTS.depth,
    checkpoints: init.checkpoints ?? JOURNEY_DEFAULTS.checkpoints,
    theme: init.theme ?? JOURNEY_DEFAULTS.theme,
    motion: init.motion ?? JOURNEY_DEFAULTS.motion,
    controls: init.controls ?? JOURNEY_DEFAULTS.controls,
    lang: init.lang ?? JOURNEY_DEFAULTS.lang,
    tool: init.tool ?? JOURNEY_DEFAULTS.tool,
    sample: init.sample ?? JOURNEY_DEFAULTS.sample,
    layout: init.layout ?? 'full',
  };
  return {
    state,
    actions: {
      setDepth: (depth) => set({ depth }),
      setDisplay: (display) =>
        set({
          ...(display.lang !== undefined ? { lang: display.lang } : {}),
          ...(display.theme !== undefined ? { theme: display.theme } : {}),
          ...(display.motion !== undefined ? { motion: display.motion } : {}),
          ...(display.controls !== undefined ? { controls: display.controls } : {}),
          ...(display.checkpoints !== undefined ? { checkpoints: display.checkpoints } : {}),
          ...(display.tool !== undefined ? { tool: display.tool } : {}),
          ...(display.layout !== undefined ? { layout: display.layout } : {}),
        }),
    },
  };
}
