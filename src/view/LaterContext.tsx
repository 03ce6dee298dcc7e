// The later tier as the views see it: handed down by the mount (the composition root), never
// imported by a view. `lazyPart` is the one way any part after the first screen is fetched, with one
// failure policy: a failed fetch is tried again at the next need, and after repeated failures the
// learner is told (App.tsx's notice) instead of being left with a dead button.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useSyncExternalStore,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import type { Engine } from '../store/journeyStore';
import type { PictureParts } from './graph/renderer';

/** What the views take from the later tier (src/embed/later.ts provides it). */
export interface Later {
  engine: Engine;
  picture: PictureParts;
  layoutGraph: typeof import('./graph/layout').layoutGraph;
  pictureInWords: typeof import('./graph/history').pictureInWords;
  changedNodes: typeof import('./cards/changed').changedNodes;
  Timeline: typeof import('./Timeline').Timeline;
  Notices: typeof import('./Notices').Notices;
  Recap: typeof import('./Recap').Recap;
  WorldChanges: typeof import('./cards/WorldChanges').WorldChanges;
  CheckpointCard: typeof import('./CheckpointCard').CheckpointCard;
  EmbedDialog: typeof import('./EmbedDialog').EmbedDialog;
  ShortcutsDialog: typeof import('./ShortcutsDialog').ShortcutsDialog;
  NodeCard: typeof import('./cards/NodeCard').NodeCard;
  SettingsPanel: typeof import('./lesson/SettingsPanel').SettingsPanel;
  MoreOptions: typeof import('./MoreOptions').MoreOptions;
  /** Issue 24: the Missions panel. */
  MissionPanel: typeof import('./missions/MissionPanel').MissionPanel;
  /** On demand: Expert detail and the tracer, each its own part. */
  Details: LazyExoticComponent<typeof import('./details/Details').Details>;
  TraceMode: LazyExoticComponent<typeof import('./trace/TraceMode').TraceMode>;
}

/** Failed fetches in a row after which the learner is told (a first failure may be a blip). */
const TELL_AFTER = 2;

export interface LazyPart<T> {
  /** The part once fetched, else null. */
  now(): T | null;
  /** Fetches it (once; again after a failure); resolves with it. */
  load(): Promise<T>;
  /** Whether fetching keeps failing (the learner is told). */
  failing(): boolean;
  /** Called whenever it arrives or a fetch fails; returns how to stop. */
  subscribe(listener: () => void): () => void;
}

export function lazyPart<T>(importPart: () => Promise<T>): LazyPart<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  let failures = 0;
  const listeners = new Set<() => void>();
  const tell = () => [...listeners].forEach((listener) => listener());
  return {
    now: () => value,
    load: () =>
      (loading ??= importPart().then(
        (part) => {
          value = part;
          failures = 0;
          tell();
          return part;
        },
        (error: unknown) => {
          loading = null; // the next need asks again
          failures += 1;
          tell();
          throw error;
        },
      )),
    failing: () => value === null && failures >= TELL_AFTER,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NONE: LazyPart<Later> = {
  now: () => null,
  load: () => Promise.reject(new Error('No later tier was handed to the views')),
  failing: () => false,
  subscribe: () => () => undefined,
};

const LaterContext = createContext<LazyPart<Later>>(NONE);

/** Hands the tier down, and asks for it once the first screen is on the page (right after the first paint). */
export function LaterProvider({ part, children }: { part: LazyPart<Later>; children: ReactNode }) {
  useEffect(() => void part.load().catch(() => undefined), [part]);
  return <LaterContext.Provider value={part}>{children}</LaterContext.Provider>;
}

function usePart(): LazyPart<Later> {
  const part = useContext(LaterContext);
  useSyncExternalStore(part.subscribe, part.now);
  useSyncExternalStore(part.subscribe, part.failing);
  return part;
}

/** The later tier once it is in, else null (the view shows its first-screen form meanwhile). */
export const useLater = (): Later | null => usePart().now();

/** Whether fetching the later tier keeps failing. */
export const useLaterFailing = (): boolean => usePart().failing();

/** Asks for the later tier now (a learner's need: a card pressed, a menu opened); failures are told, not thrown. */
export function useAskLater(): () => void {
  const part = useContext(LaterContext);
  return useCallback(() => void part.load().catch(() => undefined), [part]);
}
