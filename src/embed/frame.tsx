// The iframe page (embed.html): the app filling its frame, events posted to the parent page,
// commands accepted from it. Every incoming message is checked; anything else is ignored.
import '../view/theme.css';
import '../view/app.css';
import '../view/page.css';
import { COMMANDS, isCommand, runCommand } from './commands';
import { CONFIG_KEYS, parseConfig, type ConfigKey } from './config';
import { watchJourney } from './events';
import { applyConfig, mountJourney, pageLanguages } from './mount';

const params = new URLSearchParams(window.location.search);
/** `origin=` (the lesson site's origin) restricts whom the frame talks to; without it, anyone may. */
const allowedOrigin = params.get('origin');
const raw = new Map<ConfigKey, string>();
for (const key of CONFIG_KEYS) {
  const value = params.get(key);
  if (value !== null) raw.set(key, value);
}
if (!raw.has('controls')) raw.set('controls', 'minimal');

const parsed = () => parseConfig((key) => raw.get(key) ?? null);
const post = (type: string, detail: Record<string, unknown>) =>
  window.parent !== window &&
  window.parent.postMessage({ source: 'email-journey', type, detail }, allowedOrigin ?? '*');

const container = document.getElementById('root');
if (container) {
  const { config, notices } = parsed();
  const { store } = mountJourney(container, config, {
    notices,
    watch: (store) => watchJourney(store, post),
    languages: pageLanguages(),
  });

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== window.parent || (allowedOrigin && event.origin !== allowedOrigin)) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { source, command, config: values } = data as Record<string, unknown>;
    if (source !== 'email-journey' || !isCommand(command)) return;
    if (command !== 'set') return runCommand(store, command);
    if (typeof values !== 'object' || values === null) return;
    for (const [key, value] of Object.entries(values))
      if ((CONFIG_KEYS as readonly string[]).includes(key) && ['string', 'number', 'boolean'].includes(typeof value))
        raw.set(key as ConfigKey, String(value));
    applyConfig(store, parsed().config, pageLanguages());
  });
  post('ready', { commands: COMMANDS });
}
