// The cards of the picture: for a server or the DNS node, the knobs a learner can turn, each with
// its current value read from the world, and the one edit each new value makes (editFor).
import { exchange } from './cardNodes';
import { queryMx, queryTxt, nameExists, byPreference } from './dns';
import { MIB, type WorldEdit } from './edits';
import { host as simulatedHost, MAX_MB, MAX_MX } from './editCodec';
import type { Scenario } from './scenario';
import type { MxRecord, NodeId, Text } from '../words/vocabulary';
import { DKIM_SELECTOR, mailboxOf, PROVIDERS, serverState, type World } from './world';

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
  edit: WorldEdit['kind'];
  target: string;
}

export interface Card {
  node: NodeId;
  title: Text;
  controls: readonly CardControl[];
}

const choices = (prefix: string, values: readonly string[]): CardChoice[] =>
  values.map((value) => ({ value, label: { key: `${prefix}.${value}` } }));

function control(
  edit: WorldEdit['kind'],
  target: string,
  kind: CardControl['kind'],
  value: CardControl['value'],
  extra: Partial<Pick<CardControl, 'choices' | 'min' | 'max'>> & { label?: string } = {},
): CardControl {
  return {
    id: `${edit}:${target}`,
    label: { key: extra.label ?? `card.${edit}`, params: { target } },
    kind,
    value,
    choices: extra.choices ?? [],
    min: extra.min ?? 0,
    max: extra.max ?? 0,
    edit,
    target,
  };
}

function serverControls(s: Scenario, world: World, host: string): CardControl[] {
  const state = serverState(world, host);
  return [
    control('reach', host, 'choice', state.reach, { choices: choices('card.reach', ['up', 'timeout', 'refused']) }),
    control('greylisting', host, 'toggle', state.greylisting),
    control('size-limit', host, 'number', Math.round(state.sizeLimit / MIB), { min: 1, max: MAX_MB }),
    // "Refuse a user": the MX knows its users and refuses unknown ones at RCPT TO.
    control('mailbox', s.recipient.address, 'toggle', mailboxOf(world, s.recipient.address) !== undefined, {
      label: 'card.knows-user',
    }),
  ];
}

function dnsControls(s: Scenario, world: World): CardControl[] {
  const zone = world.zone;
  const domain = s.recipient.domain;
  const mx = queryMx(domain, zone);
  const records = mx.status === 'NOERROR' ? byPreference(mx.records) : [];
  const state = !nameExists(domain, zone) ? 'nxdomain' : records.some((r) => r.exchange === '.') ? 'null-mx' : 'exists';
  const sender = s.sender.domain;
  const spf = queryTxt(sender, zone, 'v=spf1')[0];
  const spfValue = !spf
    ? 'none'
    : spf.includes(`ip4:${s.sender.provider.outboundMta.ipv4.split('.').slice(0, 3).join('.')}.`)
      ? 'provider'
      : 'other';
  const dmarc =
    /p=(none|quarantine|reject)/.exec(queryTxt(`_dmarc.${sender}`, zone, 'v=DMARC1')[0] ?? '')?.[1] ?? 'absent';
  const controls = [
    control('domain', domain, 'choice', state, { choices: choices('card.domain', ['exists', 'nxdomain', 'null-mx']) }),
    control('spf', sender, 'choice', spfValue, { choices: choices('card.spf', ['provider', 'other', 'none']) }),
    control('dkim', sender, 'toggle', queryTxt(`${DKIM_SELECTOR}._domainkey.${sender}`, zone, 'v=DKIM1').length > 0),
    control('dmarc', sender, 'choice', dmarc, {
      choices: choices('card.dmarc', ['none', 'quarantine', 'reject', 'absent']),
    }),
  ];
  return state === 'exists'
    ? [control('mx', domain, 'mx-list', records, { min: 0, max: MAX_MX }), ...controls]
    : controls;
}

/** The card of a node in this scenario and world, or null for a node with nothing to change. */
export function cardFor(node: NodeId, s: Scenario, world: World = s.world): Card | null {
  const card = (controls: CardControl[], params = {}): Card => ({
    node,
    title: { key: `node.${node.startsWith('relay-') ? 'relay' : node}`, params },
    controls,
  });
  const names = { sender: s.sender.name, recipient: s.recipient.name };
  const cross = s.mode === 'cross-domain';
  switch (node) {
    case 'sender-client':
      return card(
        [
          control('password', 'app', 'toggle', world.sender.passwordRight),
          control('attachment', 'app', 'choice', String(Math.round(world.sender.attachmentOctets / MIB)), {
            choices: ['0', '10', '40', '60'].map((value) => ({
              value,
              label: { key: 'card.attachment.mb', params: { mb: value } },
            })),
          }),
        ],
        names,
      );
    case 'sender-msa':
      return card([
        control(
          'size-limit',
          s.sender.provider.msa.name,
          'number',
          Math.round(serverState(world, s.sender.provider.msa.name).sizeLimit / MIB),
          { min: 1, max: MAX_MB },
        ),
      ]);
    case 'dns':
      return cross ? card(dnsControls(s, world)) : null;
    case 'recipient-mx':
    case 'recipient-mx2': {
      const host = cross ? exchange(s, world, node === 'recipient-mx' ? 0 : 1) : null;
      return host ? card(serverControls(s, world, host)) : null;
    }
    case 'relay-1': {
      const filter = s.recipient.provider?.filter.name;
      return filter && cross ? card([control('spam', filter, 'toggle', serverState(world, filter).spam)]) : null;
    }
    case 'recipient-store': {
      const box = mailboxOf(world, s.recipient.address);
      const value = !box ? 'absent' : box.full === 'no' ? 'ok' : box.full;
      return card(
        [
          control('mailbox', s.recipient.address, 'choice', value, {
            choices: choices('card.mailbox', ['ok', 'temporary', 'permanent', 'absent']),
          }),
        ],
        names,
      );
    }
    case 'forwarder-1':
      return card(forwarderControls(s, world));
    default:
      return null;
  }
}

/** Where the forwarding address sends mail on (any person at another organisation), and whether it is a list. */
function forwarderControls(s: Scenario, world: World): CardControl[] {
  const address = s.recipient.address;
  const domain = s.recipient.domain;
  const targets = PROVIDERS.filter((p) => p.domain !== domain).flatMap((p) =>
    p.people.map((person) => `${person.local}@${p.domain}`),
  );
  const current = world.aliases[address] ?? 'none';
  return [
    control('alias', address, 'choice', current, {
      label: 'card.forwards-to',
      choices: [
        ...targets.map((value) => ({ value, label: { key: 'card.forwards-to.address', params: { address: value } } })),
        { value: 'none', label: { key: 'card.forwards-to.none' } },
      ],
    }),
    control('list', address, 'toggle', world.lists.includes(address)),
  ];
}

const isMxList = (value: unknown): value is readonly MxRecord[] =>
  Array.isArray(value) &&
  value.length <= MAX_MX &&
  value.every(
    (r: unknown) =>
      typeof r === 'object' &&
      r !== null &&
      Number.isInteger((r as MxRecord).preference) &&
      (r as MxRecord).preference >= 0 &&
      (r as MxRecord).preference <= 65535 &&
      typeof (r as MxRecord).exchange === 'string' &&
      simulatedHost((r as MxRecord).exchange) !== null,
  );

/**
 * The edit a control's new value makes; a value the control cannot take keeps its current value,
 * so a view can never build a malformed edit.
 */
export function editFor(c: CardControl, value: unknown): WorldEdit {
  const choice = c.choices.some((x) => x.value === value) ? (value as string) : (c.value as string);
  const on = typeof value === 'boolean' ? value : Boolean(c.value);
  const mb =
    typeof value === 'number' && Number.isInteger(value) && value >= c.min && value <= c.max ? value : Number(c.value);
  switch (c.edit) {
    case 'reach':
      return { kind: 'reach', host: c.target, value: choice as 'up' | 'timeout' | 'refused' };
    case 'greylisting':
    case 'spam':
      return { kind: c.edit, host: c.target, value: on };
    case 'size-limit':
      return { kind: 'size-limit', host: c.target, value: mb };
    case 'mailbox':
      return c.kind === 'toggle'
        ? { kind: 'mailbox', address: c.target, value: on ? 'ok' : 'absent' }
        : { kind: 'mailbox', address: c.target, value: choice as 'ok' | 'temporary' | 'permanent' | 'absent' };
    case 'mx':
      return { kind: 'mx', domain: c.target, value: isMxList(value) ? value : (c.value as readonly MxRecord[]) };
    case 'domain':
      return { kind: 'domain', domain: c.target, value: choice as 'exists' | 'nxdomain' | 'null-mx' };
    case 'spf':
      return { kind: 'spf', domain: c.target, value: choice as 'provider' | 'other' | 'none' };
    case 'dkim':
      return { kind: 'dkim', domain: c.target, value: on };
    case 'dmarc':
      return { kind: 'dmarc', domain: c.target, value: choice as 'none' | 'quarantine' | 'reject' | 'absent' };
    case 'password':
      return { kind: 'password', value: on };
    case 'attachment':
      return { kind: 'attachment', value: Number(choice) };
    case 'alias':
      // "This address forwards to …": one of the choices, or `none` to stop forwarding.
      return { kind: 'alias', address: c.target, value: choice === 'none' ? null : choice };
    case 'spoof':
      return { kind: 'spoof', value: on };
    case 'list':
      return { kind: 'list', address: c.target, value: on };
  }
}

/** An edit in plain words for the "Your changes" list, e.g. "mx1.example.org does not answer". */
export function describeEdit(e: WorldEdit): Text {
  switch (e.kind) {
    case 'reach':
    case 'greylisting':
    case 'spam':
      return { key: `edit.${e.kind}.${String(e.value)}`, params: { host: e.host } };
    case 'size-limit':
      return { key: 'edit.size-limit', params: { host: e.host, mb: e.value } };
    case 'mailbox':
      return { key: `edit.mailbox.${e.value}`, params: { address: e.address } };
    case 'alias':
      return e.value === null
        ? { key: 'edit.alias.none', params: { address: e.address } }
        : { key: 'edit.alias', params: { address: e.address, target: e.value } };
    case 'mx':
      return e.value.length === 0
        ? { key: 'edit.mx.none', params: { domain: e.domain } }
        : {
            key: 'edit.mx',
            params: { domain: e.domain, list: e.value.map((r) => `${r.exchange} (${r.preference})`).join(', ') },
          };
    case 'domain':
    case 'spf':
    case 'dkim':
    case 'dmarc':
      return { key: `edit.${e.kind}.${String(e.value)}`, params: { domain: e.domain } };
    case 'password':
      return { key: `edit.password.${String(e.value)}` };
    case 'attachment':
      return e.value === 0 ? { key: 'edit.attachment.none' } : { key: 'edit.attachment', params: { mb: e.value } };
    case 'spoof':
      return { key: `edit.spoof.${String(e.value)}` };
    case 'list':
      return { key: `edit.list.${String(e.value)}`, params: { address: e.address } };
  }
}
