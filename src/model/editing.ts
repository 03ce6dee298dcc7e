// The model's third public face: a node's card and the edits its controls make, and an edit in
// words. Loaded when a card or "Your changes" is first shown, so the first page load carries only
// which nodes open a card (hasCard, in index.ts), not the cards themselves.
export type { Card, CardChoice, CardControl } from './cards';
export { cardFor, describeEdit, editFor } from './cards';
