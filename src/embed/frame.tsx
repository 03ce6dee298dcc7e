// The iframe page (embed.html): the app filling its frame, events posted to the parent page,
// commands accepted from it. Every incoming message is checked; anything else is ignored.
import '../view/theme.css';
import '../view/app.css';
import '../view/page.css';
import { COMMANDS, isCommand } from './commands';
import { CONFIG_KEYS, parseConfig, shownValue, type ConfigKey, type ConfigNotice } from './config';
import { watchJourney } from './events';
import { controlJourney } from './control';
import { followLanguage, mountJourney, pageLanguages } from './mount';
import { parseOrigin, partnerOrigin } from './origin';

const params = new URLSearchParams(window.location.search);
const originSetting = parseOrigin(params.get('origin'));
/** The only page the frame obeys and announces to (origin.ts); null: it talks to no one. */
const partner = partnerOrigin(originSetting, window.location.origin);
const raw = new Map<ConfigKey, string>();
for (const key of CONFIG_KEYS) {
  const value = params.get(key);
  if (value !== null) raw.set(key, value);
}
if (!raw.has('controls')) raw.set('controls', 'minimal');

const parsed = (values: ReadonlyMap<ConfigKey, string> = raw) => parseConfig((key) => values.get(key) ?? null);
const originNotice = (): ConfigNotice[] =>
  originSetting.kind === 'invalid'
    ? [{ key: 'origin', value: shownValue(originSetting.raw), fallback: 'none', hint: 'notice.hint.origin' }]
    : [];

/** Posting never throws into the store's listeners: the frame's own controls must keep working. */
const post = (type: string, detail: Record<string, unknown>) => {
  if (partner === null || window.parent === window) return;
  try {
    window.parent.postMessage({ source: 'email-journey', type, detail }, partner);
  } catch (error) {
    console.warn('Email Journey: an event could not be posted to the parent page.', error);
  }
};

/** The keys and values of a `set` command; null when it is not an object of plain values. */
function setValues(values: unknown): Map<ConfigKey, string> | null {
  if (typeof values !== 'object' || values === null) return null;
  const next = new Map<ConfigKey, string>();
  for (const [key, value] of Object.entries(values)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key) || !['string', 'number', 'boolean'].includes(typeof value))
      return null;
    next.set(key as ConfigKey, String(value));
  }
  return next;
}

const container = document.getElementById('root');
if (container) {
  if (originSetting.kind === 'invalid')
    console.warn(
      `Email Journey: origin=${JSON.stringify(originSetting.raw)} is not an origin such as https://lessons.example.org, so this frame neither obeys nor tells any page.`,
    );
  const { config, notices } = parsed();
  const shown = [...originNotice(), ...notices];
  const languages = pageLanguages();
  const mounted = mountJourney(container, config, {
    notices: shown,
    watch: (store) => watchJourney(store, post),
    languages,
  });
  followLanguage(mounted.store);
  const journey = controlJourney(mounted, config, languages, shown);

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (partner === null || event.source !== window.parent || event.origin !== partner) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { source, command, config: values } = data as Record<string, unknown>;
    if (source !== 'email-journey' || !isCommand(command)) return;
    if (command !== 'set') return journey.command(command);
    // All keys or none: the new values are checked together before any of them is used.
    const changes = setValues(values);
    if (!changes) return console.warn('Email Journey: set needs an object of configuration keys; nothing was applied.');
    const next = new Map([...raw, ...changes]);
    const result = parsed(next);
    const invalid = result.notices.filter((n) => changes.has(n.key as ConfigKey) || n.hint === 'notice.hint.conflict');
    if (invalid.length > 0)
      return console.warn(
        `Email Journey: set was not applied: ${invalid.map((n) => `${n.key}=${n.value}`).join(', ')} is not valid.`,
      );
    changes.forEach((value, key) => raw.set(key, value));
    journey.configure(result.config, [...originNotice(), ...result.notices], [...changes.keys()]);
  });
  post('ready', { commands: COMMANDS });
}
