// Mounts one Email Journey into a container: its own store, clock, React root and host events.
// The composition root: it fetches the later tier (later.ts) right after the first paint and hands
// it down, the engine to the store (engineArrived) and the rest to the views (LaterContext); nothing
// below registers itself upward.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { directionOf, isLoaded, loadLanguage } from '../i18n';
import { startClock } from '../store/clock';
import { createJourneyStore, type JourneyStore } from '../store/journeyStore';
import type { JourneyInit } from '../store/state';
import { App } from '../view/App';
import { HostProvider, type Host } from '../view/HostContext';
import { lazyPart, LaterProvider, type LazyPart } from '../view/LaterContext';
import { StoreProvider } from '../view/StoreContext';
import type { ConfigNotice, JourneyConfig } from './configDefaults';
import { shareLeavesTextOut, toQueryString } from './share';
import { initFromConfig } from './init';

/** The later tier, one per page for every journey on it; a failed fetch is tried again at the next need. */
export const later = lazyPart(() => import('./later'));
export type LaterTier = typeof later extends LazyPart<infer T> ? T : never;

/** Share links use the same keys the page was configured with. */
const HOST: Host = { shareQuery: toQueryString, shareLeavesTextOut };

export interface MountOptions {
  notices?: readonly ConfigNotice[];
  /**
   * Starts telling a host about the journey (events.ts's watchJourney for the element and the
   * iframe) and returns how to stop; the standalone page has no host, so it does not load that code.
   */
  watch?: (store: JourneyStore) => () => void;
  /** Standalone pages answer shortcuts with focus anywhere; embedded ones only with focus inside. */
  pageShortcuts?: boolean;
  /** Languages to fall back to after the `lang` key: the host page's, then the browser's. */
  languages?: readonly string[];
  /** A journey kept from an earlier mount (an element moved or re-added): it goes on where it was. */
  store?: JourneyStore;
  /** The later tier as this host fetches it (the element's brings its styles too); the page's otherwise. */
  later?: LazyPart<LaterTier>;
}

export interface MountedJourney {
  store: JourneyStore;
  /** Settles once the first configuration (and the step or autoplay it asks for) is in place. */
  started: Promise<void>;
  /** Shows another set of configuration notices (an attribute or a `set` changed them). */
  showNotices(notices: readonly ConfigNotice[]): void;
  /** Stops drawing and listening; the store keeps the journey for a later mount. */
  unmount(): void;
}

/**
 * Applies a configuration at once; when its language is still loading, applies it again once
 * loaded so the sample message appears in that language (only while nothing has been sent yet).
 * Resolves when the language is ready, so the journey's queue holds later operations until then.
 */
export function applyConfig(
  store: JourneyStore,
  config: JourneyConfig,
  languages: readonly string[],
  adjust: (init: JourneyInit) => JourneyInit = (init) => init,
): Promise<void> | void {
  const initOf = () => adjust(initFromConfig(config, languages));
  store.getState().actions.configure(initOf());
  const lang = store.getState().lang;
  if (isLoaded(lang)) return;
  return loadLanguage(lang).then(() => {
    if (store.getState().status === 'idle') store.getState().actions.configure(initOf());
  });
}

/** Whether there is a picture to draw: the plan, the default journey's first picture, or none to wait for (the message is invalid). */
const planned = (store: JourneyStore, tier: LazyPart<LaterTier>) => {
  const { errors, plan, picture } = store.getState();
  return tier.now() !== null || Object.keys(errors).length > 0 || plan !== null || picture !== null;
};

/** Hands the engine to a store whenever the tier arrives, by whichever fetch; at once if it is in already. */
function handTo(store: JourneyStore, tier: LazyPart<LaterTier>): () => void {
  const hand = () => {
    const arrived = tier.now();
    if (arrived) store.getState().actions.engineArrived(arrived.engine);
    return arrived !== null;
  };
  if (hand()) return () => undefined;
  const stop = tier.subscribe(() => {
    if (hand()) stop();
  });
  return stop;
}

/** Where a link or the attributes ask the journey to start: at a step (paused), or playing. */
function begin(store: JourneyStore, config: JourneyConfig): void {
  const { actions } = store.getState();
  if (config.step !== null) actions.jumpTo(config.step - 1);
  else if (config.autoplay) actions.send();
}

export function mountJourney(container: Element, config: JourneyConfig, options: MountOptions = {}): MountedJourney {
  const languages = options.languages ?? [];
  const reused = options.store;
  const tier = options.later ?? later;
  const store = reused ?? createJourneyStore(initFromConfig(config, languages), () => tier.load());
  let notices = options.notices ?? [];
  const languageReady = loadLanguage(store.getState().lang);
  // The later tier is fetched right after the first paint (LaterProvider asks once the first screen
  // is on it); a page that cannot be drawn without it asks at once. The store gets the engine when
  // it is in; if it cannot be fetched the app shows what it can, and the next need asks again.
  const tierReady = () => tier.load().catch(() => undefined);
  const stopHanding = handTo(store, tier);
  // Captions, notices and field errors come with the later tier; a page that opens mid-journey, or
  // with a notice or an error to show, waits for it.
  const needsLaterText =
    config.step !== null || config.autoplay || notices.length > 0 || Object.keys(store.getState().errors).length > 0;
  const stopClock = startClock(store);
  const stopEvents = options.watch ? options.watch(store) : () => {};
  const root = createRoot(container);
  let mounted = true;
  let rendered = false;
  // A link that opens mid-journey (or plays at once) starts once the language is there, so the
  // sample message is already in that language: it is localised only before anything is sent.
  // A host's later operations (control.ts) queue behind this.
  // A link that opens at a step (or plays at once) is first drawn there, not idle for a moment.
  const opensMidJourney = !reused && (config.step !== null || config.autoplay);
  const started = languageReady
    .then(() => (reused ? undefined : applyConfig(store, config, languages)))
    .catch(() => undefined)
    // Only a link that opens at a step or plays waits for the tier here (to be drawn there at
    // once); a host's operations queue behind this, and the store makes them wait where they must.
    .then(() => (opensMidJourney ? tierReady() : undefined))
    .then(() => {
      if (!reused) begin(store, config);
    });
  const render = () => {
    // A journey other than the default is drawn once the engine is in (store/whenEngine.ts).
    if (planned(store, tier)) draw();
    else void tierReady().then(draw);
  };
  // A transition: React builds the first screen in slices of a few milliseconds, so a slow laptop
  // is never blocked by one long task while the page starts (Lighthouse's total blocking time).
  const draw = () => {
    if (!mounted) return;
    rendered = true;
    startTransition(() =>
      root.render(
        <StrictMode>
          <StoreProvider store={store}>
            <HostProvider value={HOST}>
              <LaterProvider part={tier}>
                <App notices={notices} pageShortcuts={options.pageShortcuts ?? false} />
              </LaterProvider>
            </HostProvider>
          </StoreProvider>
        </StrictMode>,
      ),
    );
  };
  // The first paint waits for the chosen language (a local file, milliseconds), so no English flashes
  // before German; if it cannot load, the app still appears, in English.
  const ready = needsLaterText
    ? Promise.all([languageReady, tierReady(), opensMidJourney ? started : undefined])
    : languageReady;
  if (isLoaded(store.getState().lang) && !needsLaterText) render();
  else void ready.then(render, render);
  return {
    store,
    started,
    // Their words arrive with the later tier; the views redraw when it is in (i18n's addStrings).
    showNotices(next) {
      notices = next;
      if (rendered) render();
    },
    unmount() {
      mounted = false;
      stopHanding();
      stopEvents();
      stopClock();
      root.unmount();
    },
  };
}

/**
 * The languages a page of our own (the standalone page, the iframe) falls back to after the `lang`
 * key: the browser's, most preferred first. Its <html lang> is ours, not a host's, so it is no wish.
 */
export const pageLanguages = (): string[] => [...(navigator.languages ?? [])];

/**
 * Keeps a page of our own in the journey's language and direction (<html lang dir>), so the page's
 * scroll bar, its title read aloud and the browser's translation offer agree with what is shown.
 */
export function followLanguage(store: JourneyStore): () => void {
  const apply = (lang: string) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
  };
  apply(store.getState().lang);
  return store.subscribe((now, before) => {
    if (now.lang !== before.lang) apply(now.lang);
  });
}
