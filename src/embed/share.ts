// Share links: the query string that reopens a journey as it is now. Written on every page
// (the Share button), so it lives apart from the parser, which a page without a query never loads.
import {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  encodeEdits,
  type ComposedMessage,
  type PresetName,
  type Retrieval,
  type SendSetup,
  type WorldEdit,
  type MissionId,
} from '../model';
import type { Depth } from '../store/journeyStore';
import { DEFAULT_CONFIG } from './configDefaults';

/**
 * The longest query a share link may carry: with the page's own address it stays under the 8,000
 * characters common servers accept in a request line (longer ones are refused with HTTP 431).
 */
export const SHARE_QUERY_MAX = 7000;

type ShareState = {
  message: ComposedMessage;
  retrieval: Retrieval;
  setup?: SendSetup;
  preset: PresetName | null;
  speed: number;
  depth?: Depth;
  cursor: number;
  edits?: readonly WorldEdit[];
  /** Issue 24: the open mission, so a link made mid-way reopens it with the world as it is. */
  mission?: MissionId | null;
};

/**
 * The query string that reopens this journey as it is now: message, choices, and the current step.
 * A message text too long for a link (a long body, many characters that need escaping) is left
 * out, body first, and the link keeps the settings and the step; see shareLeavesTextOut.
 */
export function toQueryString(state: ShareState): string {
  return shareQuery(state).query;
}

export function shareLeavesTextOut(state: ShareState): boolean {
  return shareQuery(state).textLeftOut;
}

function shareQuery(state: ShareState): { query: string; textLeftOut: boolean } {
  const params = new URLSearchParams();
  const { message } = state;
  (['from', 'to', 'cc', 'bcc', 'subject', 'body'] as const).forEach((key) => {
    if (message[key] !== DEFAULT_MESSAGE[key]) params.set(key, message[key]);
  });
  if (state.preset) params.set('scenario', state.preset);
  if (state.retrieval !== DEFAULT_CONFIG.retrieval) params.set('retrieval', state.retrieval);
  const setup = state.setup ?? DEFAULT_SETUP;
  if (setup.client !== DEFAULT_SETUP.client) params.set('client', setup.client);
  if (setup.submission !== DEFAULT_SETUP.submission) params.set('submission', String(setup.submission));
  if (setup.keep !== DEFAULT_SETUP.keep) params.set('keep', '1');
  if (state.speed !== DEFAULT_CONFIG.speed) params.set('speed', String(state.speed));
  if (state.depth === 'expert') params.set('depth', 'expert');
  if (state.edits && state.edits.length > 0) params.set('world', encodeEdits(state.edits));
  if (state.cursor >= 0) params.set('step', String(state.cursor + 1));
  if (state.mission) params.set('mission', state.mission);
  // The body goes first, then the subject, then (only if typed absurdly long) the addresses.
  let textLeftOut = false;
  for (const key of ['body', 'subject', 'bcc', 'cc', 'to', 'from'] as const) {
    if (params.toString().length <= SHARE_QUERY_MAX) break;
    textLeftOut ||= params.has(key);
    params.delete(key);
  }
  return { query: params.toString(), textLeftOut };
}
