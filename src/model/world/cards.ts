// The cards of the picture: for a server or the DNS node, the knobs a learner can turn, each with
// its current value read from the world, and the one edit each new value makes (editFor). Which
// node shows which control, what it reads and what it makes is each kind's record (editKinds.ts);
// here: when a node has a card, and which server it stands for.
import { exchange } from './cardNodes';
import { KIND_NAMES, kindOf, type EditKindName, type WorldEdit } from './editKinds';
import { isMxList } from './editFields';
import type { Card as AnyCard, CardChoice, CardControl as AnyControl, ControlSpec, ControlTarget } from './editTypes';
import type { Scenario } from './scenario';
import type { MxRecord, NodeId, Text } from '../words/vocabulary';
import type { World } from './world';

export type { CardChoice } from './editTypes';
/** A knob on a card, naming the kind of edit it makes. */
export type CardControl = AnyControl<EditKindName>;
export type Card = AnyCard<EditKindName>;

/** A node with a card: the server it stands for (null for the nodes that are no one server). */
interface Place {
  server: string | null;
  /** The names in the card's title. */
  named: boolean;
}

/** Whether a node has a card in this scenario and world, and which server it is (cardNodes.ts's hasCard agrees). */
function placeOf(node: NodeId, s: Scenario, world: World): Place | null {
  const cross = s.mode === 'cross-domain';
  switch (node) {
    case 'sender-client':
    case 'recipient-store':
      return { server: null, named: true };
    case 'sender-msa':
      return { server: s.sender.provider.msa.name, named: false };
    case 'spoofer':
    case 'mitm':
      return cross ? { server: null, named: false } : null;
    case 'dns':
    case 'forwarder-1':
      return node === 'dns' && !cross ? null : { server: null, named: false };
    case 'recipient-mx':
    case 'recipient-mx2': {
      const host = cross ? exchange(s, world, node === 'recipient-mx' ? 0 : 1) : null;
      return host ? { server: host, named: false } : null;
    }
    case 'relay-1': {
      const filter = s.recipient.provider?.filter.name;
      return filter && cross ? { server: filter, named: false } : null;
    }
    // Cards that tell what the server does (and, for the reader, how it reads): no world edit.
    case 'sender-mta':
      return cross ? { server: s.sender.provider.outboundMta.name, named: false } : null;
    case 'recipient-imap':
    case 'recipient-pop3': {
      const provider = s.recipient.provider;
      return provider ? { server: provider[node === 'recipient-imap' ? 'imap' : 'pop3'].name, named: false } : null;
    }
    case 'recipient-client':
      return s.recipient.provider ? { server: null, named: true } : null;
    default:
      return null;
  }
}

function targetOf(target: ControlTarget, s: Scenario, place: Place): string {
  switch (target) {
    case 'server':
      return place.server ?? '';
    case 'recipient':
      return s.recipient.address;
    case 'recipient-domain':
      return s.recipient.domain;
    case 'sender-domain':
      return s.sender.domain;
    case 'app':
      return 'app';
  }
}

function choicesOf(kind: EditKindName, spec: ControlSpec, s: Scenario): readonly CardChoice[] {
  if (typeof spec.choices === 'function') return spec.choices(s);
  return (spec.choices ?? []).map((value) => ({ value, label: { key: `card.${kind}.${value}` } }));
}

function control(kind: EditKindName, spec: ControlSpec, s: Scenario, world: World, place: Place): CardControl {
  const target = targetOf(spec.target, s, place);
  return {
    id: `${kind}:${target}`,
    label: { key: spec.label ?? `card.${kind}`, params: { target } },
    kind: spec.control,
    value: spec.read(world, target, s),
    choices: choicesOf(kind, spec, s),
    min: spec.min ?? 0,
    max: spec.max ?? 0,
    edit: kind,
    target,
  };
}

/** The card of a node in this scenario and world, or null for a node with nothing to change. */
export function cardFor(node: NodeId, s: Scenario, world: World = s.world): Card | null {
  const place = placeOf(node, s, world);
  if (!place) return null;
  const controls = KIND_NAMES.flatMap((kind) =>
    kindOf(kind)
      .controls.filter((spec) => spec.nodes.includes(node) && (spec.when?.(s, world) ?? true))
      .map((spec) => control(kind, spec, s, world, place)),
  );
  const params: Record<string, string> = place.named ? { sender: s.sender.name, recipient: s.recipient.name } : {};
  return { node, title: { key: `node.${node.startsWith('relay-') ? 'relay' : node}`, params }, controls };
}

/**
 * The edit a control's new value makes; a value the control cannot take keeps its current value,
 * so a view can never build a malformed edit.
 */
export function editFor(c: CardControl, value: unknown): WorldEdit {
  const inBounds = typeof value === 'number' && Number.isInteger(value) && value >= c.min && value <= c.max;
  return kindOf(c.edit).edit(c, {
    choice: c.choices.some((x) => x.value === value) ? (value as string) : (c.value as string),
    on: typeof value === 'boolean' ? value : Boolean(c.value),
    mb: () => (inBounds ? value : Number(c.value)),
    mx: () => (isMxList(value) ? value : (c.value as readonly MxRecord[])),
  });
}

/** An edit in plain words for the "Your changes" list, e.g. "mx1.example.org does not answer". */
export const describeEdit = (e: WorldEdit): Text => kindOf(e.kind).describe(e);
