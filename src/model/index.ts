// The model's public face: what the store, views and embedding may use.
export type { ComposedMessage, FieldErrors, MessageField, Scenario } from './scenario';
export { buildScenario, DEFAULT_MESSAGE, messageForMode, modeOf, validateMessage } from './scenario';
export type { PresetName } from './presets';
export { isPreset, messageForPreset, PRESETS } from './presets';
export { planJourney } from './plan';
export { parseAddress } from './address';
export type * from './types';
export type { Envelope } from './annotate';
export type { MailboxState } from './mailbox';
export type { HeaderField } from './message';
export type { TranscriptLine } from './protocol/types';
export { zoneOffset } from './clock';
export type { Checkpoint } from './checkpoints';
export { SAMPLE_NAMES, isSampleName, type SampleName } from './trace/sampleNames';
