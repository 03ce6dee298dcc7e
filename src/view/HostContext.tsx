// What the page around the app provides to it: how to write a link that reopens this journey.
// The embedding layer supplies it, so views never import the embedding layer.
import { createContext, useContext } from 'react';
import type { JourneyStoreState } from '../store/journeyStore';

export interface Host {
  /** The query string (no "?") that reopens the journey as it is now, step included. */
  shareQuery(state: JourneyStoreState): string;
  /** Whether shareQuery left the message text out, to keep the link short enough for any server. */
  shareLeavesTextOut?(state: JourneyStoreState): boolean;
}

const HostContext = createContext<Host>({ shareQuery: () => '' });

export const HostProvider = HostContext.Provider;

export function useHost(): Host {
  return useContext(HostContext);
}
