// The "why" words as model Texts: t() takes a Text for any catalogue key, so the new keys need no
// change to the shared key type.
import type { Text } from '../../model';
import type { TraceWhyKey } from '../../i18n/traceWhy.en';

export const why = (key: TraceWhyKey, params?: Record<string, string | number>): Text => ({ key, params });
