// Gives the tracer's components their store (one per app instance, kept while switching tools).
import type { TraceStoreState } from '../../store/traceStore';
import { makeStoreContext } from '../makeStoreContext';

const trace = makeStoreContext<TraceStoreState>('useTraceStore');

export const TraceProvider = trace.Provider;
export const useTraceStore = trace.useStoreApi;
export const useTrace = trace.useSlice;
