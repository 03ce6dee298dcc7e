// Fetches what drawing any layout but the first picture's needs, which is not part of the first load:
// layout.ts (the first picture's layouts are worked out ahead, firstLayout.ts) and morph.ts (a new
// layout morphs in; the first picture appears without motion). They come with the planner, which
// the store fetches as it is made (plannerBrings: in before any journey runs or any other journey
// is drawn); JourneyGraph asks again when idle, in case that fetch failed.
import { plannerBrings } from '../../store/planner';

type LayoutModule = typeof import('./layout');
type MorphModule = typeof import('./morph');

let parts: { layout: LayoutModule; morph: MorphModule } | null = null;
let loading: Promise<LayoutModule> | null = null;

/** Fetches both once; a failed fetch (offline after an update) is tried again at the next call. */
export const loadLayout = (): Promise<LayoutModule> =>
  (loading ??= Promise.all([import('./layout'), import('./morph')]).then(
    ([layout, morph]) => (parts = { layout, morph }).layout,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));

/** layout.ts once it (and morph.ts) is in, or null. */
export const layoutNow = (): LayoutModule | null => parts?.layout ?? null;

/** morph.ts once it (and layout.ts) is in, or null. */
export const morphNow = (): MorphModule | null => parts?.morph ?? null;

plannerBrings(loadLayout);
