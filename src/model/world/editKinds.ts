// One record per kind of world edit: its letter and fields in the `world` key and how the picture
// marks the node it changed (its first-screen part, editCodes.ts, spread in), what it does to the
// world, the card control that makes it and its words in "Your changes". edits.ts, cards.ts and the
// view read this table, so a new kind is its line in WorldEdit (worldEdit.ts), its record in
// editCodes.ts and here, the model code that acts on it, and its words.
import type { CardChoice, CardScene, ControlSpec, EditKind } from './editTypes';
import { MAX_MB, MAX_MX, MIB } from './editFields';
import { DKIM_KEY, mailboxOf, PROVIDERS, serverState, type ServerState, type World } from './world';
import * as zone from './zoneEdits';
import { FORGE_KINDS } from './forgeKinds';
import { EDIT_CODES as CODES } from './editCodes';
import type { EditKindName, EditOf } from './worldEdit';
import type { Text } from '../words/vocabulary';

export type {
  AlignEdit,
  DaneEdit,
  DmarcEdit,
  DomainEdit,
  EditKindName,
  EditOf,
  ForgeEdit,
  MailboxEdit,
  Reach,
  SpfEdit,
  StsMode,
  WorldEdit,
} from './worldEdit';

const server = (world: World, host: string, change: Partial<ServerState>): World => ({
  ...world,
  servers: { ...world.servers, [host]: { ...serverState(world, host), ...change } },
});
const omit = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const MX_NODES = ['recipient-mx', 'recipient-mx2'] as const;
const onOff = (edit: EditOf<'greylisting' | 'spam' | 'dkim' | 'password' | 'spoof' | 'list' | 'servfail'>) =>
  String(edit.value);
/** "Your changes" words keyed by the value: `edit.<kind>.<value>`. */
const byValue =
  <K extends EditKindName>(params: (e: EditOf<K>) => Record<string, string | number>) =>
  (e: EditOf<K>) => ({ key: `edit.${e.kind}.${String(e.value)}`, params: params(e) });
const toggle = (nodes: readonly ControlSpec['nodes'][number][], target: ControlSpec['target']) => ({
  nodes,
  target,
  control: 'toggle' as const,
});

/** The addresses a forwarding address may send on to: any person at another organisation. */
const forwardTargets = (s: CardScene): CardChoice[] => [
  ...PROVIDERS.filter((p) => p.domain !== s.recipient.domain)
    .flatMap((p) => p.people.map((person) => `${person.local}@${p.domain}`))
    .map((value) => ({ value, label: { key: 'card.forwards-to.address', params: { address: value } } })),
  { value: 'none', label: { key: 'card.forwards-to.none' } },
];

export const EDIT_KINDS = {
  reach: {
    ...CODES['reach'],
    apply: (w, e) => server(w, e.host, { reach: e.value }),
    controls: [
      {
        nodes: MX_NODES,
        target: 'server',
        control: 'choice',
        choices: ['up', 'timeout', 'refused'],
        read: (w, host) => serverState(w, host).reach,
      },
    ],
    edit: (c, v) => ({ kind: 'reach', host: c.target, value: v.choice as EditOf<'reach'>['value'] }),
    describe: byValue((e) => ({ host: e.host })),
  },
  greylisting: {
    ...CODES['greylisting'],
    apply: (w, e) => server(w, e.host, { greylisting: e.value }),
    controls: [{ ...toggle(MX_NODES, 'server'), read: (w, host) => serverState(w, host).greylisting }],
    edit: (c, v) => ({ kind: 'greylisting', host: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.greylisting.${onOff(e)}`, params: { host: e.host } }),
  },
  'size-limit': {
    ...CODES['size-limit'],
    apply: (w, e) => server(w, e.host, { sizeLimit: e.value * MIB }),
    controls: [
      {
        nodes: ['sender-msa', ...MX_NODES],
        target: 'server',
        control: 'number',
        min: 1,
        max: MAX_MB,
        read: (w, host) => Math.round(serverState(w, host).sizeLimit / MIB),
      },
    ],
    edit: (c, v) => ({ kind: 'size-limit', host: c.target, value: v.mb() }),
    describe: (e) => ({ key: 'edit.size-limit', params: { host: e.host, mb: e.value } }),
  },
  spam: {
    ...CODES['spam'],
    apply: (w, e) => server(w, e.host, { spam: e.value }),
    controls: [{ ...toggle(['relay-1'], 'server'), read: (w, host) => serverState(w, host).spam }],
    edit: (c, v) => ({ kind: 'spam', host: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.spam.${onOff(e)}`, params: { host: e.host } }),
  },
  mailbox: {
    ...CODES['mailbox'],
    apply: (w, e) => ({
      ...w,
      mailboxes:
        e.value === 'absent'
          ? omit(w.mailboxes, e.address)
          : { ...w.mailboxes, [e.address]: { full: e.value === 'ok' ? ('no' as const) : e.value } },
    }),
    controls: [
      // "Refuse a user": the MX knows its users and refuses unknown ones at RCPT TO.
      {
        ...toggle(MX_NODES, 'recipient'),
        label: 'card.knows-user',
        read: (w, address) => mailboxOf(w, address) !== undefined,
      },
      {
        nodes: ['recipient-store'],
        target: 'recipient',
        control: 'choice',
        choices: ['ok', 'temporary', 'permanent', 'absent'],
        read: (w, address) => {
          const box = mailboxOf(w, address);
          return !box ? 'absent' : box.full === 'no' ? 'ok' : box.full;
        },
      },
    ],
    edit: (c, v) => ({
      kind: 'mailbox',
      address: c.target,
      value: c.kind === 'toggle' ? (v.on ? 'ok' : 'absent') : (v.choice as EditOf<'mailbox'>['value']),
    }),
    describe: byValue((e) => ({ address: e.address })),
  },
  alias: {
    ...CODES['alias'],
    apply: (w, e) => {
      const others = omit(w.aliases, e.address);
      return { ...w, aliases: e.value === null ? others : { ...others, [e.address]: e.value } };
    },
    controls: [
      {
        nodes: ['forwarder-1'],
        target: 'recipient',
        control: 'choice',
        label: 'card.forwards-to',
        choices: forwardTargets,
        read: (w, address) => w.aliases[address] ?? 'none',
      },
    ],
    // "This address forwards to …": one of the choices, or `none` to stop forwarding.
    edit: (c, v) => ({ kind: 'alias', address: c.target, value: v.choice === 'none' ? null : v.choice }),
    describe: (e): Text =>
      e.value === null
        ? { key: 'edit.alias.none', params: { address: e.address } }
        : { key: 'edit.alias', params: { address: e.address, target: e.value } },
  },
  list: {
    ...CODES['list'],
    apply: (w, e) => {
      const others = w.lists.filter((a) => a !== e.address);
      return { ...w, lists: e.value ? [...others, e.address] : others };
    },
    controls: [{ ...toggle(['forwarder-1'], 'recipient'), read: (w, address) => w.lists.includes(address) }],
    edit: (c, v) => ({ kind: 'list', address: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.list.${onOff(e)}`, params: { address: e.address } }),
  },
  mx: {
    ...CODES['mx'],
    apply: (w, e) => zone.withZone(w, (z) => zone.mxEdit(z, e.domain, e.value)),
    controls: [
      {
        nodes: ['dns'],
        target: 'recipient-domain',
        control: 'mx-list',
        min: 0,
        max: MAX_MX,
        when: (s, w) => zone.domainState(s.recipient.domain, w) === 'exists',
        read: (w, domain) => zone.mxRecords(domain, w),
      },
    ],
    edit: (c, v) => ({ kind: 'mx', domain: c.target, value: v.mx() }),
    describe: (e): Text =>
      e.value.length === 0
        ? { key: 'edit.mx.none', params: { domain: e.domain } }
        : {
            key: 'edit.mx',
            params: { domain: e.domain, list: e.value.map((r) => `${r.exchange} (${r.preference})`).join(', ') },
          },
  },
  domain: {
    ...CODES['domain'],
    apply: (w, e) => zone.withZone(w, (z) => zone.domainEdit(z, e.domain, e.value)),
    controls: [
      {
        nodes: ['dns'],
        target: 'recipient-domain',
        control: 'choice',
        choices: ['exists', 'nxdomain', 'null-mx'],
        read: (w, domain) => zone.domainState(domain, w),
      },
    ],
    edit: (c, v) => ({ kind: 'domain', domain: c.target, value: v.choice as EditOf<'domain'>['value'] }),
    describe: byValue((e) => ({ domain: e.domain })),
  },
  servfail: {
    ...CODES['servfail'],
    apply: (w, e) => {
      const others = w.servfail.filter((d) => d !== e.domain);
      return { ...w, servfail: e.value ? [...others, e.domain] : others };
    },
    controls: [{ ...toggle(['dns'], 'recipient-domain'), read: (w, domain) => w.servfail.includes(domain) }],
    edit: (c, v) => ({ kind: 'servfail', domain: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.servfail.${onOff(e)}`, params: { domain: e.domain } }),
  },
  spf: {
    ...CODES['spf'],
    apply: (w, e) => zone.withZone(w, (z) => zone.txtEdit(z, e.domain, 'v=spf1', zone.spfText(e.domain, e.value))),
    controls: [
      {
        nodes: ['dns', 'spoofer'],
        target: 'sender-domain',
        control: 'choice',
        choices: ['provider', 'softfail', 'neutral', 'other', 'permerror', 'none'],
        read: (w, _domain, s) => zone.spfState(s, w),
      },
    ],
    edit: (c, v) => ({ kind: 'spf', domain: c.target, value: v.choice as EditOf<'spf'>['value'] }),
    describe: byValue((e) => ({ domain: e.domain })),
  },
  dkim: {
    ...CODES['dkim'],
    apply: (w, e) =>
      zone.withZone(w, (z) => zone.txtEdit(z, zone.dkimName(e.domain), 'v=DKIM1', e.value ? DKIM_KEY : null)),
    controls: [{ ...toggle(['dns'], 'sender-domain'), read: (w, domain) => zone.hasDkimKey(domain, w) }],
    edit: (c, v) => ({ kind: 'dkim', domain: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.dkim.${onOff(e)}`, params: { domain: e.domain } }),
  },
  dmarc: {
    ...CODES['dmarc'],
    // Only p= changes: the record's other tags (pct, alignment, rua; forgeKinds.ts) stay.
    apply: (w, e) => zone.dmarcEdit(w, e.domain, e.value === 'absent' ? 'drop' : { p: e.value }),
    controls: [
      {
        nodes: ['dns', 'spoofer'],
        target: 'sender-domain',
        control: 'choice',
        choices: ['none', 'quarantine', 'reject', 'absent'],
        read: (w, domain) => zone.dmarcState(domain, w),
      },
    ],
    edit: (c, v) => ({ kind: 'dmarc', domain: c.target, value: v.choice as EditOf<'dmarc'>['value'] }),
    describe: byValue((e) => ({ domain: e.domain })),
  },
  password: {
    ...CODES['password'],
    apply: (w, e) => ({ ...w, sender: { ...w.sender, passwordRight: e.value } }),
    controls: [{ ...toggle(['sender-client'], 'app'), read: (w) => w.sender.passwordRight }],
    edit: (_c, v) => ({ kind: 'password', value: v.on }),
    describe: (e) => ({ key: `edit.password.${onOff(e)}` }),
  },
  attachment: {
    ...CODES['attachment'],
    apply: (w, e) => ({ ...w, sender: { ...w.sender, attachmentOctets: e.value * MIB } }),
    controls: [
      {
        nodes: ['sender-client'],
        target: 'app',
        control: 'choice',
        choices: () =>
          ['0', '10', '40', '60'].map((value) => ({
            value,
            label: { key: 'card.attachment.mb', params: { mb: value } },
          })),
        read: (w) => String(Math.round(w.sender.attachmentOctets / MIB)),
      },
    ],
    edit: (_c, v) => ({ kind: 'attachment', value: Number(v.choice) }),
    describe: (e) =>
      e.value === 0 ? { key: 'edit.attachment.none' } : { key: 'edit.attachment', params: { mb: e.value } },
  },
  spoof: {
    ...CODES['spoof'],
    apply: (w, e) => ({ ...w, spoof: e.value }),
    controls: [{ ...toggle(['sender-client', 'spoofer'], 'app'), label: 'card.spoof', read: (w) => w.spoof }],
    edit: (_c, v) => ({ kind: 'spoof', value: v.on }),
    describe: (e) => ({ key: `edit.spoof.${onOff(e)}` }),
  },
  ...FORGE_KINDS,
} satisfies { [K in EditKindName]: EditKind<EditOf<K>> };

/** The table, typed so that a kind's record is found from its name alone. */
const KINDS: { readonly [K in EditKindName]: EditKind<EditOf<K>> } = EDIT_KINDS;
export const kindOf = <K extends EditKindName>(kind: K): EditKind<EditOf<K>> => KINDS[kind];

export { changeOf, KIND_NAMES, subjectOf } from './editCodes';
