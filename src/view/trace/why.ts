// The "why" words as model Texts: t() takes a Text for any catalogue key, so the new keys need no
// change to the shared key type.
import type { Text } from '../../model';
import type { enTrace } from '../../i18n/en/trace';

/** A key of the tracer's "why" words (`traceWhy.*` in src/i18n/<lang>/trace.ts). */
type TraceWhyKey = Extract<keyof typeof enTrace, `traceWhy.${string}`>;

export const why = (key: TraceWhyKey, params?: Record<string, string | number>): Text => ({ key, params });
