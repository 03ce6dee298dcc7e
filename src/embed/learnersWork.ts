// A host's new settings (an attribute, the iframe's `set`) change only what they name. What the
// learner typed, chose or edited in the world stays, unless the host sets that very key: a theme,
// a speed or a pace never wipes a typed subject or the world edits, and a host that writes the
// learner's own world back into the `world` attribute changes nothing.
import type { ComposedMessage, SendSetup } from '../model';
import type { ComposeSlice, JourneyInit } from '../store/state';
import type { ConfigKey } from './config';

/** The keys that set each field of the message (a preset and the mode choose their own addresses). */
const MESSAGE_KEYS: Readonly<Record<keyof ComposedMessage, readonly ConfigKey[]>> = {
  from: ['from', 'scenario'],
  to: ['to', 'mode', 'scenario'],
  cc: ['cc', 'scenario'],
  bcc: ['bcc', 'scenario'],
  subject: ['subject', 'scenario'],
  body: ['body', 'scenario'],
};
const SETUP_KEYS: Readonly<Record<keyof SendSetup, readonly ConfigKey[]>> = {
  client: ['client'],
  submission: ['submission'],
  keep: ['keep'],
};

type Learner = Pick<ComposeSlice, 'message' | 'setup' | 'retrieval' | 'preset' | 'edits'>;

/**
 * One value: the host's new one when the host set one of its keys, or when the learner left it as
 * the host's last configuration had it (so a new language still translates an untouched subject);
 * otherwise the learner's.
 */
function pick<T>(keys: readonly ConfigKey[], changed: readonly ConfigKey[], now: T, last: T, next: T): T {
  const same = JSON.stringify(now) === JSON.stringify(last);
  return keys.some((key) => changed.includes(key)) || same ? next : now;
}

function eachField<T extends object>(
  keysOf: Readonly<Record<keyof T, readonly ConfigKey[]>>,
  changed: readonly ConfigKey[],
  now: T,
  last: T,
  next: T,
): T {
  const fields = Object.keys(keysOf) as (keyof T)[];
  return Object.fromEntries(
    fields.map((field) => [field, pick(keysOf[field], changed, now[field], last[field], next[field])]),
  ) as T;
}

/** The configuration to apply: `next`, with the learner's own work kept where the host did not ask otherwise. */
export function keepLearnersWork(
  now: Learner,
  next: JourneyInit,
  last: JourneyInit,
  changed: readonly ConfigKey[],
): JourneyInit {
  const lastSetup = last.setup ?? now.setup;
  return {
    ...next,
    message: eachField(MESSAGE_KEYS, changed, now.message, last.message, next.message),
    setup: eachField(SETUP_KEYS, changed, now.setup, lastSetup, next.setup ?? lastSetup),
    retrieval: pick(['retrieval', 'scenario'], changed, now.retrieval, last.retrieval, next.retrieval),
    preset: pick(['scenario'], changed, now.preset, last.preset, next.preset),
    edits: pick(['world', 'scenario'], changed, now.edits, last.edits ?? [], next.edits ?? []),
  };
}
