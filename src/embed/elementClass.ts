// The <email-journey> class: a thin shell, the same in both scripts that may define it. The early
// script (early.ts, a classic script in the page's head) defines it at once, so its methods exist
// before the page's own scripts run; the module (element.tsx) defines it when it runs alone. What an
// element does lives in its core, one per element, which only the module makes: every element is
// handed its core when the module arrives, and calls made before that wait, in order, per element.
import type { PlaybackCommand } from './commands';
import { CONFIG_KEYS, type ConfigKey } from './configKeys';
import type { JourneyStore } from '../store/journeyStore';

export type ConfigValues = Partial<Record<ConfigKey, string | number | boolean>>;

/** What one element does: its view, its journey, its commands (element.tsx). */
export interface ElementCore {
  connected(): void;
  disconnected(): void;
  attributeChanged(name: string, oldValue: string | null, newValue: string | null): void;
  command(command: PlaybackCommand): void;
  /** Throws a TypeError that names the key when the values cannot be used. */
  set(values: ConfigValues): void;
  readonly journey: JourneyStore | null;
}

export type CoreMaker = (element: HTMLElement) => ElementCore;

type EarlyCall = PlaybackCommand | { set: ConfigValues };

/** Set by the module once it has arrived. */
let makeCore: CoreMaker | null = null;
/** Elements created before the module arrived: they get their core when it does. */
const waiting = new Set<EmailJourneyElement>();

/**
 * A set() called before the module arrived runs later, when nothing can catch what it throws:
 * the error is reported as an uncaught one is (console and the window's `error` event).
 */
function runEarly(core: ElementCore, call: EarlyCall): void {
  if (typeof call === 'string') return core.command(call);
  try {
    core.set(call.set);
  } catch (error) {
    reportError(error);
  }
}

export class EmailJourneyElement extends HTMLElement {
  static observedAttributes = [...CONFIG_KEYS];

  /**
   * The module hands over the core maker, once: elements created before it get their core now and,
   * if on a page, are connected as if they had just been added; then their early calls run in order.
   */
  static arrive(maker: CoreMaker): void {
    if (makeCore) return;
    makeCore = maker;
    for (const element of waiting) element.#arrive(maker);
    waiting.clear();
  }

  #core: ElementCore | null = makeCore?.(this) ?? null;
  #early: EarlyCall[] = [];

  constructor() {
    super();
    if (!this.#core) waiting.add(this);
  }

  #arrive(maker: CoreMaker): void {
    const core = (this.#core = maker(this));
    if (this.isConnected) core.connected();
    for (const call of this.#early.splice(0)) runEarly(core, call);
  }

  connectedCallback(): void {
    this.#core?.connected();
  }
  disconnectedCallback(): void {
    this.#core?.disconnected();
  }
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    this.#core?.attributeChanged(name, oldValue, newValue);
  }

  send(): void {
    this.#call('send');
  }
  play(): void {
    this.#call('play');
  }
  pause(): void {
    this.#call('pause');
  }
  step(): void {
    this.#call('step');
  }
  back(): void {
    this.#call('back');
  }
  reset(): void {
    this.#call('reset');
  }

  /**
   * Sets several keys at once, as attributes, e.g. `set({ mode: 'same-domain', speed: 2 })`: all
   * of them, or (when one is unknown or invalid) none, with a TypeError that says which.
   */
  set(values: ConfigValues): void {
    if (this.#core) this.#core.set(values);
    else this.#early.push({ set: values });
  }

  /** The running journey's store, for tests and advanced hosts. */
  get journey(): JourneyStore | null {
    return this.#core?.journey ?? null;
  }

  #call(command: PlaybackCommand): void {
    if (this.#core) this.#core.command(command);
    else this.#early.push(command);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'email-journey': EmailJourneyElement;
  }
}
