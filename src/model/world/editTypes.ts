// The shape of a world edit's record in editKinds.ts (where the edits themselves are declared): every kind says, in one place, how
// it is written in the `world` key, what it does to the world, which card control makes it, how
// "Your changes" words it and how the picture draws the node it changed.
import type { World } from './world';
import type { MxRecord, NodeId, Text } from '../words/vocabulary';

/** Any world edit: its kind, what it changes (`host`, `address` or `domain`, if anything) and its value. */
export interface AnyEdit {
  kind: string;
  value: unknown;
}

/** The field naming what an edit changes; null for the sender's app. */
export type SubjectOf<E extends AnyEdit> = E extends AnyEdit
  ? [Exclude<keyof E, 'kind' | 'value'>] extends [never]
    ? null
    : Exclude<keyof E, 'kind' | 'value'>
  : never;
export type Subject = 'host' | 'address' | 'domain';

/** How a value is written as `_`-separated fields of the `world` key; `read` takes all the fields left. */
export interface Field<T> {
  write: (value: T) => readonly string[];
  /** The value in a box (a value may itself be null), or null when the fields are malformed. */
  read: (fields: readonly string[]) => readonly [T] | null;
}

export interface CardChoice {
  value: string;
  label: Text;
}

/** One knob on a node's card: what it is called, its current value, and the choices. */
export interface CardControl<Kind extends string = string> {
  /** Unique on the page: the kind of edit and what it changes, e.g. `reach:mx1.example.org`. */
  id: string;
  label: Text;
  kind: 'toggle' | 'choice' | 'number' | 'mx-list';
  /** toggle: boolean; choice: one of `choices`' values; number: MiB; mx-list: the records. */
  value: boolean | string | number | readonly MxRecord[];
  choices: readonly CardChoice[];
  /** For `number` (MiB) and `mx-list` (most records). */
  min: number;
  max: number;
  /** What the control edits (the view never needs to read these). */
  edit: Kind;
  target: string;
}

export interface Card<Kind extends string = string> {
  node: NodeId;
  title: Text;
  controls: readonly CardControl<Kind>[];
}

/**
 * What a card's controls read of the scenario (scenario.ts's Scenario has it; named here so the edits,
 * which the scenario applies, do not import the scenario back).
 */
export interface CardScene {
  sender: { domain: string; provider: { outboundMta: { ipv4: string } } };
  recipient: { address: string; domain: string };
}

/** What a control's card stands for, e.g. the MX node's server or the recipient's address. */
export type ControlTarget = 'server' | 'recipient' | 'recipient-domain' | 'sender-domain' | 'app';

/** Where a control sits and what it shows; the edit it makes is its kind's `edit`. */
export interface ControlSpec {
  /** The nodes whose card shows it (cards.ts says when a node has a card and which server it is). */
  nodes: readonly NodeId[];
  target: ControlTarget;
  control: CardControl['kind'];
  /** The catalogue key of its name; `card.<kind>` when not given. */
  label?: string;
  /** For `choice`: the values (words `card.<kind>.<value>`), or the choices this scenario offers. */
  choices?: readonly string[] | ((s: CardScene) => readonly CardChoice[]);
  min?: number;
  max?: number;
  /** Shown only when this holds (e.g. the MX list only for a domain that exists). */
  when?: (s: CardScene, world: World) => boolean;
  read: (world: World, target: string, s: CardScene) => CardControl['value'];
}

/** A control's new value, already checked against the control: a bad value keeps the current one. */
export interface ControlInput {
  choice: string;
  on: boolean;
  mb: () => number;
  mx: () => readonly MxRecord[];
}

/** How a changed node looks: switched off, greylisting, a full (or missing) mailbox, an attacker at work,
 *  or otherwise edited. */
export type Change = 'offline' | 'greylisting' | 'full' | 'edited' | 'attacker';

/** The record of one kind of edit. */
export interface EditKind<E extends AnyEdit> {
  /** Its letter in the `world` key (editCodec.ts documents the format). */
  code: string;
  /** The field naming what it changes; a later edit of the same kind and subject replaces an earlier one. */
  subject: SubjectOf<E>;
  value: Field<E['value']>;
  apply: (world: World, edit: E) => World;
  controls: readonly ControlSpec[];
  /** The edit a control of this kind makes with a new value. */
  edit: (control: CardControl, input: ControlInput) => E;
  /** In plain words, for the "Your changes" list. */
  describe: (edit: E) => Text;
  /** The node drawn as changed: a server by its host, the mailbox store, Alice's app, the resolver, the
   *  recipient's MX (its domain's transport policy), the spoofer or the man in the middle. */
  drawn: 'server' | 'store' | 'client' | 'dns' | 'mx' | 'spoofer' | 'mitm';
  change?: (edit: E) => Change;
}
