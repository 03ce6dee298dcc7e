// <email-journey>: the whole app in a shadow root, configured by attributes, talking through events.
// Each element has its own store; host CSS cannot reach inside, and ours cannot leak out.
import appCss from '../view/app.css?inline';
import detailCss from '../view/detail.css?inline';
import traceCss from '../view/trace.css?inline';
import themeCss from '../view/theme.css?inline';
import { runCommand, type Command } from './commands';
import { CONFIG_KEYS, parseConfig, type ConfigKey } from './config';
import { watchJourney, type JourneyEventType } from './events';
import { applyConfig, mountJourney, type MountedJourney } from './mount';

/** :host resets what the page would otherwise pass down by inheritance (font, colour, size). */
const HOST_CSS = `:host { all: initial !important; display: block !important; contain: content; } :host([hidden]) { display: none !important; } .ej.ej { --ej-rem: 16px; font-size: 16px; }`;

/**
 * A constructed stylesheet needs no 'unsafe-inline' in the host page's CSP (a <style> element
 * would); browsers without constructable stylesheets get the <style> element instead.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  }
}

function languagesAround(element: Element): string[] {
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return [lang ?? '', ...(navigator.languages ?? [])];
}

export class EmailJourneyElement extends HTMLElement {
  static observedAttributes = [...CONFIG_KEYS];
  #journey: MountedJourney | null = null;

  connectedCallback(): void {
    if (this.#journey) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.replaceChildren(container);
    adoptStyles(shadow, `${HOST_CSS}\n${themeCss}\n${appCss}\n${detailCss}\n${traceCss}`);
    const { config, notices } = this.#config();
    this.#journey = mountJourney(container, config, {
      notices,
      pageShortcuts: false,
      languages: languagesAround(this),
      watch: (store) => watchJourney(store, (type, detail) => this.#emit(type, detail)),
    });
  }

  disconnectedCallback(): void {
    this.#journey?.unmount();
    this.#journey = null;
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.#journey || oldValue === newValue) return;
    applyConfig(this.#journey.store, this.#config().config, languagesAround(this));
  }

  send(): void {
    this.#command('send');
  }
  play(): void {
    this.#command('play');
  }
  pause(): void {
    this.#command('pause');
  }
  step(): void {
    this.#command('step');
  }
  back(): void {
    this.#command('back');
  }
  reset(): void {
    this.#command('reset');
  }

  /** Sets several keys at once, as attributes, e.g. `set({ mode: 'same-domain', speed: '2' })`. */
  set(values: Partial<Record<ConfigKey, string | number | boolean>>): void {
    if (typeof values !== 'object' || values === null) return;
    for (const key of CONFIG_KEYS) {
      const value = values[key];
      if (value !== undefined && value !== null) this.setAttribute(key, String(value));
    }
  }

  /** The running journey's store, for tests and advanced hosts. */
  get journey(): MountedJourney['store'] | null {
    return this.#journey?.store ?? null;
  }

  #config() {
    return parseConfig((key) => this.getAttribute(key));
  }

  #command(command: Exclude<Command, 'set'>): void {
    if (this.#journey) runCommand(this.#journey.store, command);
  }

  #emit(type: JourneyEventType, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('email-journey')) customElements.define('email-journey', EmailJourneyElement);

declare global {
  interface HTMLElementTagNameMap {
    'email-journey': EmailJourneyElement;
  }
}
