// <email-journey>: the whole app in a shadow root, configured by attributes, talking through events.
// Each element has its own store; host CSS cannot reach inside, and ours cannot leak out. This module
// is email-journey.js: it defines the element, or completes the one the early script defined.
import appCss from '../view/app.css?inline';
import themeCss from '../view/theme.css?inline';
import type { JourneyStore } from '../store/journeyStore';
import { lazyPart } from '../view/LaterContext';
import type { PlaybackCommand } from './commands';
import { CONFIG_KEYS, parseConfig, type ConfigKey } from './config';
import { watchJourney, type JourneyEventType } from './events';
import { controlJourney, type JourneyControl } from './control';
import { later, mountJourney, type MountedJourney } from './mount';
import { EmailJourneyElement, type ConfigValues, type ElementCore } from './elementClass';

/** :host resets what the page would otherwise pass down by inheritance (font, colour, size). */
const HOST_CSS = `:host { all: initial !important; display: block !important; contain: content; } :host([hidden]) { display: none !important; } .ej.ej { --ej-rem: 16px; font-size: 16px; }`;

/** The first screen's styles, in every element's shadow root from the start. */
const FIRST_CSS = `${HOST_CSS}\n${themeCss}\n${appCss}`;

/**
 * The later tier's styles as text (laterCss.ts), for the shadow roots the page's stylesheets never
 * reach: fetched beside the tier, and the element's tier counts as in only once they are too, so no
 * later part is ever drawn unstyled.
 */
const laterCss = lazyPart(() => import('./laterCss'));
const styledLater = lazyPart(() => Promise.all([later.load(), laterCss.load()]).then(([tier]) => tier));

/** One constructed stylesheet per text, shared by every element on the page. */
const sheets = new Map<string, CSSStyleSheet>();
function sheetOf(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * A constructed stylesheet needs no 'unsafe-inline' in the host page's CSP (a <style> element
 * would); browsers without constructable stylesheets get <style> elements instead.
 */
function adoptStyles(shadow: ShadowRoot, css: readonly string[]): void {
  try {
    shadow.adoptedStyleSheets = css.map(sheetOf);
  } catch {
    shadow.querySelectorAll(':scope > style').forEach((style) => style.remove());
    shadow.prepend(
      ...css.map((text) => {
        const style = document.createElement('style');
        style.textContent = text;
        return style;
      }),
    );
  }
}

function languagesAround(element: Element): string[] {
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return [lang ?? '', ...(navigator.languages ?? [])];
}

/**
 * A removed element keeps its view only until the next task: a move (`append` elsewhere) or a
 * framework's re-render reconnects it in the same task. Then the view is released, so no animation
 * frame, timer or drawing outlives the removal; the journey itself (message, world, step, answers)
 * stays with the element object for as long as the page keeps it, and comes back when it is re-added.
 */
const KEEP_VIEW_MS = 0;

const isKey = (key: string): key is ConfigKey => (CONFIG_KEYS as readonly string[]).includes(key);

/** A clear error for a host page's mistake, named after the element. */
const misuse = (message: string) => new TypeError(`<email-journey>: ${message} (nothing was applied).`);

/**
 * What one <email-journey> does (elementClass.ts is the class the page sees): its view in a shadow
 * root, its journey, and the commands and attributes the host page gives it.
 */
class JourneyCore implements ElementCore {
  readonly #element: HTMLElement;
  #journey: MountedJourney | null = null;
  #control: JourneyControl | null = null;
  /** Kept across disconnections, so a moved or re-added element goes on where it was. */
  #store: JourneyStore | null = null;
  /** Commands called while the element is not on a page; they run in order once it is. */
  #queued: PlaybackCommand[] = [];
  /** Attributes changed while no view was mounted; applied when it mounts again. */
  #changedAway = new Set<ConfigKey>();
  /** While set() writes its attributes, the changed keys are collected here and applied once. */
  #batch: ConfigKey[] | null = null;
  #release: ReturnType<typeof setTimeout> | null = null;

  constructor(element: HTMLElement) {
    this.#element = element;
  }

  connected(): void {
    if (this.#release !== null) clearTimeout(this.#release);
    this.#release = null;
    if (this.#journey) {
      // Moved within one task: the view stayed; what was called while it was off the page runs now.
      for (const command of this.#queued.splice(0)) this.#control?.command(command);
      return;
    }
    const element = this.#element;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.replaceChildren(container);
    const styles = () => {
      const css = styledLater.now() ? laterCss.now()?.LATER_CSS : undefined;
      adoptStyles(shadow, css ? [FIRST_CSS, css] : [FIRST_CSS]);
      return css !== undefined;
    };
    // Adopted as the tier arrives, before the views draw its parts (React redraws after this callback).
    if (!styles()) {
      const stop = styledLater.subscribe(() => {
        if (styles()) stop();
      });
    }
    const { config, notices } = this.#config();
    const languages = languagesAround(element);
    const journey = mountJourney(container, config, {
      notices,
      pageShortcuts: false,
      languages,
      watch: (store) => watchJourney(store, (type, detail) => this.#emit(type, detail)),
      later: styledLater,
      ...(this.#store ? { store: this.#store } : {}),
    });
    const control = controlJourney(journey, config, languages, notices);
    this.#journey = journey;
    this.#control = control;
    this.#store = journey.store;
    if (this.#changedAway.size > 0) control.configure(config, notices, [...this.#changedAway]);
    this.#changedAway.clear();
    for (const command of this.#queued.splice(0)) control.command(command);
  }

  /** A disconnection pauses; the view is released if the element stays away (KEEP_VIEW_MS). */
  disconnected(): void {
    const journey = this.#journey;
    if (!journey) return;
    this.#control?.command('pause');
    this.#release = setTimeout(() => {
      if (this.#element.isConnected) return;
      this.#release = null;
      journey.unmount();
      this.#journey = null;
      this.#control = null;
    }, KEEP_VIEW_MS);
  }

  attributeChanged(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !isKey(name)) return;
    if (this.#batch) this.#batch.push(name);
    else this.#apply([name]);
  }

  set(values: ConfigValues): void {
    if (typeof values !== 'object' || values === null || Array.isArray(values))
      throw misuse('set() takes an object of configuration keys, such as { mode: "same-domain" }');
    const entries = Object.entries(values).filter(([, value]) => value !== undefined && value !== null);
    const unknown = entries.filter(
      ([key, value]) => !isKey(key) || !['string', 'number', 'boolean'].includes(typeof value),
    );
    if (unknown.length > 0)
      throw misuse(`set() does not know ${unknown.map(([key]) => key).join(', ')} (the keys are listed in the README)`);
    const next = new Map(entries.map(([key, value]) => [key, String(value)]));
    const { notices } = parseConfig((key) => next.get(key) ?? this.#element.getAttribute(key));
    const invalid = notices.filter((notice) => next.has(notice.key) || notice.hint === 'notice.hint.conflict');
    if (invalid.length > 0)
      throw misuse(`set() cannot use ${invalid.map((notice) => `${notice.key}=${notice.value}`).join(', ')}`);
    this.#batch = [];
    try {
      for (const [key, value] of next) this.#element.setAttribute(key, value);
    } finally {
      const changed = this.#batch;
      this.#batch = null;
      if (changed.length > 0) this.#apply(changed);
    }
  }

  get journey(): JourneyStore | null {
    return this.#store;
  }

  #config() {
    return parseConfig((key) => this.#element.getAttribute(key));
  }

  #apply(changed: readonly ConfigKey[]): void {
    if (!this.#control) {
      if (this.#store) changed.forEach((key) => this.#changedAway.add(key));
      return;
    }
    const { config, notices } = this.#config();
    this.#control.configure(config, notices, changed);
  }

  /** Off the page an element is inert: its commands wait, in order, until it is on a page again. */
  command(command: PlaybackCommand): void {
    if (this.#control && this.#element.isConnected) this.#control.command(command);
    else this.#queued.push(command);
  }

  #emit(type: JourneyEventType, detail: Record<string, unknown>): void {
    this.#element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

export { EmailJourneyElement };

/**
 * Alone, the module defines the element; after the early script (early.ts) it finds that script's
 * class, the same shell, and hands it the cores instead of defining a second one.
 */
const makeCore = (element: HTMLElement) => new JourneyCore(element);
const defined = customElements.get('email-journey') as Partial<typeof EmailJourneyElement> | undefined;
if (defined) defined.arrive?.(makeCore);
else {
  EmailJourneyElement.arrive(makeCore);
  customElements.define('email-journey', EmailJourneyElement);
}
