// The model's public face: what the store, views and embedding may use.
export type { ComposedMessage, FieldErrors, MessageField, Scenario } from './scenario';
// The message and its checks are light; the scenario in the world comes with the planner (planner.ts).
export { DEFAULT_MESSAGE, DEFAULT_SETUP, messageForMode, modeOf, recipientName, validateMessage } from './composed';
export type { Preset, PresetName } from './presets';
export { isPreset, messageForPreset, PRESET_RECORDS, PRESETS, presetEdits } from './presets';
// The planner itself is a face of its own, planner.ts, loaded right after the first screen.
export { parseAddress } from './address';
export { MAX_RECIPIENTS, recipientsOf, splitAddresses } from './recipients';
export type * from './types';
export type { MailboxState } from './mailbox';
export { zoneOffset } from './directory';
export type { Checkpoint } from './checkpoints';
export { SAMPLE_NAMES, isSampleName, type SampleName } from './trace/sampleNames';
// The world as data, its edits, and the cards that make them (issue 13).
export type { Mailbox, ServerState, World } from './world';
export type { WorldEdit } from './edits';
// The cards themselves are the third face, editing.ts (loaded with the first card).
export { encodeEdits, MAX_EDITS, MAX_WORLD_TEXT } from './editEncode';
