// The shape of a world edit and of its record in editKinds.ts: every kind says, in one place, how
// it is written in the `world` key, what it does to the world, which card control makes it, how
// "Your changes" words it and how the picture draws the node it changed.
import type { World } from './world';
import type { MxRecord, NodeId, Text } from '../words/vocabulary';

export type Reach = 'up' | 'timeout' | 'refused';
export type MailboxEdit = 'ok' | 'temporary' | 'permanent' | 'absent';
export type DomainEdit = 'exists' | 'nxdomain' | 'null-mx';
/** `provider`: lists the sender provider's network; `other`: a network the mail does not come from. */
export type SpfEdit = 'provider' | 'other' | 'none';
export type DmarcEdit = 'none' | 'quarantine' | 'reject' | 'absent';

/** One edit of the world. Host names, domains and addresses are lower case. */
export type WorldEdit =
  | { kind: 'reach'; host: string; value: Reach }
  | { kind: 'greylisting'; host: string; value: boolean }
  | { kind: 'size-limit'; host: string; value: number } // megabytes (MiB)
  | { kind: 'spam'; host: string; value: boolean }
  | { kind: 'mailbox'; address: string; value: MailboxEdit }
  | { kind: 'alias'; address: string; value: string | null } // forwards to `value`; null removes it
  | { kind: 'mx'; domain: string; value: readonly MxRecord[] }
  | { kind: 'domain'; domain: string; value: DomainEdit }
  | { kind: 'spf'; domain: string; value: SpfEdit }
  | { kind: 'dkim'; domain: string; value: boolean }
  | { kind: 'dmarc'; domain: string; value: DmarcEdit }
  | { kind: 'password'; value: boolean } // Alice's app sends the right password
  | { kind: 'attachment'; value: number } // megabytes (MiB) Alice attaches; 0 for none
  | { kind: 'spoof'; value: boolean } // a server outside the sender's SPF forges her From: (issue 15)
  | { kind: 'list'; address: string; value: boolean }; // the address is a mailing list (issue 15)

export type EditKindName = WorldEdit['kind'];
export type EditOf<K extends EditKindName> = Extract<WorldEdit, { kind: K }>;
/** The field naming what an edit changes (`host`, `address` or `domain`); null for the sender's app. */
export type SubjectOf<K extends EditKindName> = K extends EditKindName
  ? [Exclude<keyof EditOf<K>, 'kind' | 'value'>] extends [never]
    ? null
    : Exclude<keyof EditOf<K>, 'kind' | 'value'>
  : never;
export type Subject = NonNullable<SubjectOf<EditKindName>>;

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
export interface CardControl {
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
  edit: EditKindName;
  target: string;
}

export interface Card {
  node: NodeId;
  title: Text;
  controls: readonly CardControl[];
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

/** How a changed node looks: switched off, greylisting, a full (or missing) mailbox, or otherwise edited. */
export type Change = 'offline' | 'greylisting' | 'full' | 'edited';

/** The record of one kind of edit. */
export interface EditKind<K extends EditKindName> {
  /** Its letter in the `world` key (editCodec.ts documents the format). */
  code: string;
  /** The field naming what it changes; a later edit of the same kind and subject replaces an earlier one. */
  subject: SubjectOf<K>;
  value: Field<EditOf<K>['value']>;
  apply: (world: World, edit: EditOf<K>) => World;
  controls: readonly ControlSpec[];
  /** The edit a control of this kind makes with a new value. */
  edit: (control: CardControl, input: ControlInput) => EditOf<K>;
  /** In plain words, for the "Your changes" list. */
  describe: (edit: EditOf<K>) => Text;
  /** The node drawn as changed: a server by its host, the mailbox store, Alice's app, or the resolver. */
  drawn: 'server' | 'store' | 'client' | 'dns';
  change?: (edit: EditOf<K>) => Change;
}
