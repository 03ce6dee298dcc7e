// The picture's grammar (attempts, codes, queues, folders, verdicts, DNS bubbles, each recipient's
// result) and the moving tokens with their styles: loaded by the renderer just after the first
// screen, since nothing of it shows before Send.
import './grammar.css';

export { drawBubbles, drawMarks, drawResults } from './drawMarks';
export { bubblesAt, marksAt } from './marks';
export { resultsAt } from './results';
export { arrivedAt, tokensAt } from './motion';
export { overlayTokens, placer } from './tokens';
