// Every journey the app can show (each preset and each extra world edit, in both modes and with both
// readers' protocols), so tests about captions cover every step the model can produce.
import {
  DEFAULT_MESSAGE,
  messageForMode,
  messageForPreset,
  PRESETS,
  type Plan,
  type PresetName,
  type WorldEdit,
} from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planJourney } from '../../src/model/engine';

const BOB = 'bob@example.org';

/** World edits no preset makes, each reaching captions of its own. */
const EXTRA_WORLDS: readonly (readonly WorldEdit[])[] = [
  [{ kind: 'mailbox', address: BOB, value: 'temporary' }],
  [{ kind: 'mailbox', address: BOB, value: 'absent' }],
  [{ kind: 'reach', host: 'mx1.example.org', value: 'refused' }],
  [
    { kind: 'reach', host: 'mx1.example.org', value: 'refused' },
    { kind: 'reach', host: 'mx2.example.org', value: 'refused' },
  ],
  [
    { kind: 'size-limit', host: 'mx1.example.org', value: 1 },
    { kind: 'attachment', value: 5 },
  ],
  [
    { kind: 'dmarc', domain: 'example.com', value: 'quarantine' },
    { kind: 'spf', domain: 'example.com', value: 'other' },
    { kind: 'dkim', domain: 'example.com', value: false },
  ],
  [
    { kind: 'dmarc', domain: 'example.com', value: 'none' },
    { kind: 'spf', domain: 'example.com', value: 'other' },
    { kind: 'dkim', domain: 'example.com', value: false },
  ],
  [{ kind: 'dmarc', domain: 'example.com', value: 'absent' }],
  [{ kind: 'spf', domain: 'example.com', value: 'none' }],
  [{ kind: 'mx', domain: 'example.org', value: [] }],
];

export interface NamedPlan {
  name: string;
  plan: Plan;
}

export function everyJourney(): NamedPlan[] {
  const plans: NamedPlan[] = [];
  const add = (name: string, preset: PresetName | null, edits: readonly WorldEdit[], to?: string) => {
    for (const mode of ['cross-domain', 'same-domain'] as const)
      for (const retrieval of ['imap', 'pop3'] as const) {
        const base = preset ? messageForPreset(preset, DEFAULT_MESSAGE) : DEFAULT_MESSAGE;
        const message =
          mode === 'same-domain' && !preset ? messageForMode(base, mode) : { ...base, ...(to ? { to } : {}) };
        const scenario = buildScenario(message, retrieval, preset, edits);
        if (scenario) plans.push({ name: `${name} ${mode} ${retrieval}`, plan: planJourney(scenario) });
      }
  };
  add('default', null, []);
  PRESETS.forEach((preset) => add(preset, preset, []));
  EXTRA_WORLDS.forEach((edits, i) => add(`world ${i}`, null, edits));
  return plans;
}
