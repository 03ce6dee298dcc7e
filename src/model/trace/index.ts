// The trace model's public face: read a real email's header and get the journey it records.
export { readMessage } from './read';
export { analyseTrace, type HeaderField } from './analyse';
export { parseReceived } from './received';
export { parseMailDate } from './date';
export { organisation } from './hosts';
export { hasControls, showControls } from './controls';
export { SAMPLES } from './samples';
export { SAMPLE_NAMES, isSampleName, type SampleName } from './sampleNames';
export type * from './types';
export { readBounce, readReport } from './bounce';
export { decodeShare, encodeShare, hideAddresses, MAX_SHARED_CHARS } from './share';
export { severityOf } from './bounceReason';
