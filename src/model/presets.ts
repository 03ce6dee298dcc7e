// The named scenarios (`scenario=` key): what goes wrong, and the message that shows it best.
import type { ComposedMessage } from './scenario';

export const PRESETS = [
  'unknown-user',
  'no-such-domain',
  'null-mx',
  'no-mx',
  'primary-mx-down',
  'all-mx-down',
  'greylisted',
  'auth-failed',
  'dmarc-reject',
  'spam',
  'mailbox-full',
  'too-large',
] as const;

export type PresetName = (typeof PRESETS)[number];

export function isPreset(value: string): value is PresetName {
  return (PRESETS as readonly string[]).includes(value);
}

/**
 * Presets that only make sense with a particular recipient rewrite the To address; the rest
 * keep the learner's message and change how the servers answer.
 */
const RECIPIENT: Partial<Record<PresetName, string>> = {
  'unknown-user': 'bbob@example.org',
  'no-such-domain': 'bob@example.invalid',
  'null-mx': 'bob@nomail.example.net',
  'no-mx': 'grace@nomx.example.net',
};

export function messageForPreset(preset: PresetName, message: ComposedMessage): ComposedMessage {
  const to = RECIPIENT[preset];
  return to ? { ...message, to } : message;
}
