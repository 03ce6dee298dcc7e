// The picture's grammar (attempts, codes, queues, folders, verdicts, DNS bubbles, each recipient's
// result, DNS's verdict on a side that takes no mail, Expert's protocol tag) and the moving tokens
// with their styles: loaded by the renderer just after the first screen, since nothing of it shows
// before Send (or in the first picture).
import './grammar.css';

export { drawBubbles, drawDnsVerdict, drawMarks, drawPill, drawResults } from './drawMarks';
export { bubblesAt, marksAt } from './marks';
export { resultsAt } from './results';
export { arrivedAt, tokensAt } from './motion';
export { overlayTokens, placer } from './tokens';
