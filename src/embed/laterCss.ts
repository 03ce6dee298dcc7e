// The stylesheets of the later tier and its on-demand parts (Expert panel, dialogs, checkpoint
// questions, notices, tracer, the picture's grammar, the cards, the timeline, "Cc, Bcc and options", the
// lesson settings), as text for <email-journey>'s shadow roots, which the pages' stylesheets never
// reach. Fetched by the element beside the tier (element.tsx); the standalone pages never load it.
import cardsCss from '../view/cards/cards.css?inline';
import detailCss from '../view/detail.css?inline';
import grammarCss from '../view/graph/grammar.css?inline';
import settingsCss from '../view/lesson/settings.css?inline';
import moreCss from '../view/more.css?inline';
import timelineCss from '../view/timeline.css?inline';
import traceCss from '../view/trace.css?inline';

export const LATER_CSS = [detailCss, traceCss, grammarCss, cardsCss, timelineCss, moreCss, settingsCss].join('\n');
