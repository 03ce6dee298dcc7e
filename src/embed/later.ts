// The later tier's one face, fetched by the mount right after the first paint (mount.tsx) and handed
// down: the journey engine to the store, the rest to the views (view/LaterContext.tsx). It carries
// everything a journey needs once it runs or is changed: the engine (world, scenario, plan, edits,
// cards, codec), the layout of any other picture and its motion, the picture's grammar, the timeline,
// dialogs, cards, settings, notices, recap, "Your changes", "Cc, Bcc and options", the configuration
// parser, the journey's English words and the styles of all these. Expert detail and the tracer are
// fetched on demand from here, each a part of its own; other languages are src/i18n's.
import { lazy } from 'react';
import { addStrings } from '../i18n';
import { enJourney } from '../i18n/en/journey';
import * as face from '../model/engine';
import type { Engine } from '../store/journeyStore';
import { drawBubbles, drawDnsVerdict, drawMarks, drawPill, drawResults } from '../view/graph/drawMarks';
import { bubblesAt, marksAt } from '../view/graph/marks';
import { interrupt, tween } from '../view/graph/morph';
import { arrivedAt, tokensAt } from '../view/graph/motion';
import type { PictureParts } from '../view/graph/renderer';
import { resultsAt } from '../view/graph/results';
import { overlayTokens, placer } from '../view/graph/tokens';
import { lazyPart } from '../view/LaterContext';
import '../view/graph/grammar.css';

export { configFromUrl } from './config';
export { layoutGraph } from '../view/graph/layout';
export { pictureInWords } from '../view/graph/history';
export { changedNodes } from '../view/cards/changed';
export { Timeline } from '../view/Timeline';
export { Notices } from '../view/Notices';
export { Recap } from '../view/Recap';
export { WorldChanges } from '../view/cards/WorldChanges';
export { CheckpointCard } from '../view/CheckpointCard';
export { EmbedDialog } from '../view/EmbedDialog';
export { ShortcutsDialog } from '../view/ShortcutsDialog';
export { NodeCard } from '../view/cards/NodeCard';
export { SettingsPanel } from '../view/lesson/SettingsPanel';
export { MoreOptions } from '../view/MoreOptions';
export { MissionPanel } from '../view/missions/MissionPanel';

// Captions, mix-ups, outcomes and Beginner twins: nothing is said about a step before the tier is in.
addStrings('en', enJourney);

/** On demand, each once: Expert detail (panel and planner) and the tracer (with its MIME parser). */
const expert = lazyPart(() => import('./expert'));
const tracer = lazyPart(() => import('../view/trace/TraceMode'));

export const Details = lazy(() => expert.load().then((m) => ({ default: m.Details })));
export const TraceMode = lazy(() => tracer.load().then((m) => ({ default: m.TraceMode })));

export const engine: Engine = { ...face, loadDetail: () => expert.load().then((m) => m.planWithDetail) };

export const picture: PictureParts = {
  grammar: {
    drawBubbles,
    drawDnsVerdict,
    drawMarks,
    drawPill,
    drawResults,
    bubblesAt,
    marksAt,
    resultsAt,
    arrivedAt,
    tokensAt,
    overlayTokens,
    placer,
  },
  morph: { tween, interrupt },
};
