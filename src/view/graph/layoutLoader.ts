// Fetches layout.ts, which is not part of the first load: the first picture's layouts are worked
// out ahead (firstLayout.ts). It comes with the planner (plannerBrings: in before any journey runs
// or any other journey is drawn), and on its own when the browser is first idle after the first picture.
import { plannerBrings } from '../../store/planner';

type LayoutModule = typeof import('./layout');

let layout: LayoutModule | null = null;
let loading: Promise<LayoutModule> | null = null;

/** Fetches layout.ts once; a failed fetch (offline after an update) is tried again at the next call. */
export const loadLayout = (): Promise<LayoutModule> =>
  (loading ??= import('./layout').then(
    (m) => (layout = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));

/** layout.ts once it is in, or null. */
export const layoutNow = (): LayoutModule | null => layout;

plannerBrings(loadLayout);
