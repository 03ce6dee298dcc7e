// The model's public face: what the store, views and embedding may use.
export type { ComposedMessage, FieldErrors, MessageField, Scenario } from './world/scenario';
// The message and its checks are light; the scenario in the world comes with the engine (engine.ts).
export {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  messageForMode,
  modeOf,
  recipientName,
  validateMessage,
} from './message/composed';
export type { Preset, PresetName } from './world/presets';
export { isPreset, messageForPreset, PRESET_RECORDS, PRESETS, presetEdits } from './world/presets';
// The journey engine is a face of its own, engine.ts, in the later tier (src/embed/later.ts).
export { parseAddress } from './message/address';
export { MAX_RECIPIENTS, recipientsOf, splitAddresses } from './message/recipients';
export type * from './words/types';
export type { MailboxState } from './protocol/mailbox';
export { zoneOffset } from './message/directory';
export type { Checkpoint } from './steps/checkpoints';
export { SAMPLE_NAMES, isSampleName, type SampleName } from './trace/sampleNames';
// The world as data, its edits, and the cards that make them (issue 13).
export type { Mailbox, ServerState, World } from './world/world';
export type { WorldEdit } from './world/edits';
export type { Change } from './world/editTypes';
// How an edit marks its node in the picture (its record's `drawn`), for the view's data-changed.
export { changeOf } from './world/editKinds';
// The edits' compact form (the `world` key, `data-world`): the element and the iframe read their
// attributes with the first screen; the cards that make edits come with the engine.
export { decodeEdits, encodeEdits, MAX_EDITS, MAX_WORLD_TEXT } from './world/editCodec';
// Issue 24: the missions' ids, for the parser of the `mission` and `missions` keys (the missions come with the engine).
export { MISSION_IDS, isMissionId, type MissionId } from './missions/ids';
