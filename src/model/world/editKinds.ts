// One record per kind of world edit: its letter and fields in the `world` key, what it does to the
// world, the card control that makes it, its words in "Your changes" and how the picture marks the
// node it changed. edits.ts, editCodec.ts, cards.ts and the view's changed.ts read this table, so a
// new kind is its line in WorldEdit and its record here, the model code that acts on it, and its words.
import type { CardChoice, CardScene, Change, ControlSpec, EditKind, Subject } from './editTypes';
import { flag, MAX_MB, MAX_MX, mb, MIB, mxList, oneOf, optionalAddress } from './editFields';
import { DKIM_KEY, mailboxOf, PROVIDERS, serverState, type ServerState, type World } from './world';
import * as zone from './zoneEdits';
import { FORGE_KINDS, type ForgeEdit } from './forgeKinds';
import type { MxRecord, Text } from '../words/vocabulary';

export type { AlignEdit, DaneEdit, ForgeEdit, StsMode } from './forgeKinds';

export type Reach = 'up' | 'timeout' | 'refused';
export type MailboxEdit = 'ok' | 'temporary' | 'permanent' | 'absent';
export type DomainEdit = 'exists' | 'nxdomain' | 'null-mx';
/** `provider`: lists the sender provider's network, then `-all` (`softfail`: `~all`, `neutral`: `?all`);
 *  `other`: a network the mail does not come from; `permerror`: too many look-ups (zoneEdits.ts). */
export type SpfEdit = zone.SpfState;
export type DmarcEdit = 'none' | 'quarantine' | 'reject' | 'absent';

/** One edit of the world, one member per record below. Host names, domains and addresses are lower case. */
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
  | { kind: 'list'; address: string; value: boolean } // the address is a mailing list (issue 15)
  | ForgeEdit; // issue 24: forging and defending (forgeKinds.ts)

export type EditKindName = WorldEdit['kind'];
export type EditOf<K extends EditKindName> = Extract<WorldEdit, { kind: K }>;

const server = (world: World, host: string, change: Partial<ServerState>): World => ({
  ...world,
  servers: { ...world.servers, [host]: { ...serverState(world, host), ...change } },
});
const omit = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const MX_NODES = ['recipient-mx', 'recipient-mx2'] as const;
const onOff = (edit: EditOf<'greylisting' | 'spam' | 'dkim' | 'password' | 'spoof' | 'list'>) => String(edit.value);
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
    // r_HOST_u|t|x: the server is up, does not answer (timeout) or refuses connections
    code: 'r',
    subject: 'host',
    value: oneOf({ u: 'up', t: 'timeout', x: 'refused' }),
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
    drawn: 'server',
    change: (e) => (e.value === 'up' ? 'edited' : 'offline'),
  },
  greylisting: {
    // g_HOST_1|0: greylisting on / off
    code: 'g',
    subject: 'host',
    value: flag,
    apply: (w, e) => server(w, e.host, { greylisting: e.value }),
    controls: [{ ...toggle(MX_NODES, 'server'), read: (w, host) => serverState(w, host).greylisting }],
    edit: (c, v) => ({ kind: 'greylisting', host: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.greylisting.${onOff(e)}`, params: { host: e.host } }),
    drawn: 'server',
    change: (e) => (e.value ? 'greylisting' : 'edited'),
  },
  'size-limit': {
    // z_HOST_MB: size limit in MiB (1 to 100)
    code: 'z',
    subject: 'host',
    value: mb(1),
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
    drawn: 'server',
  },
  spam: {
    // j_HOST_1|0: mark incoming mail as spam (Junk) on / off
    code: 'j',
    subject: 'host',
    value: flag,
    apply: (w, e) => server(w, e.host, { spam: e.value }),
    controls: [{ ...toggle(['relay-1'], 'server'), read: (w, host) => serverState(w, host).spam }],
    edit: (c, v) => ({ kind: 'spam', host: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.spam.${onOff(e)}`, params: { host: e.host } }),
    drawn: 'server',
  },
  mailbox: {
    // b_LOCAL_DOMAIN_o|t|p|x: mailbox ok, full (452), full (552), does not exist
    code: 'b',
    subject: 'address',
    value: oneOf({ o: 'ok', t: 'temporary', p: 'permanent', x: 'absent' }),
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
    drawn: 'store',
    change: (e) => (e.value === 'ok' ? 'edited' : 'full'),
  },
  alias: {
    // a_LOCAL_DOMAIN[_LOCAL_DOMAIN]: alias forwarding to the second address (none: removed)
    code: 'a',
    subject: 'address',
    value: optionalAddress,
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
    drawn: 'store',
  },
  list: {
    // l_LOCAL_DOMAIN_1|0: the address is a mailing list (changes subject and footer when forwarding)
    code: 'l',
    subject: 'address',
    value: flag,
    apply: (w, e) => {
      const others = w.lists.filter((a) => a !== e.address);
      return { ...w, lists: e.value ? [...others, e.address] : others };
    },
    controls: [{ ...toggle(['forwarder-1'], 'recipient'), read: (w, address) => w.lists.includes(address) }],
    edit: (c, v) => ({ kind: 'list', address: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.list.${onOff(e)}`, params: { address: e.address } }),
    drawn: 'dns',
  },
  mx: {
    // m_DOMAIN[_PREF_HOST[_PREF_HOST]]: the domain's MX list (none: no MX records)
    code: 'm',
    subject: 'domain',
    value: mxList,
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
    drawn: 'dns',
  },
  domain: {
    // d_DOMAIN_e|n|0: the domain exists, does not exist (NXDOMAIN), has a null MX
    code: 'd',
    subject: 'domain',
    value: oneOf({ e: 'exists', n: 'nxdomain', '0': 'null-mx' }),
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
    drawn: 'dns',
  },
  spf: {
    // f_DOMAIN_p|o|n|s|q|e: SPF lists the provider's network (-all), another network, no SPF record;
    // the provider's network with ~all (softfail) or ?all (neutral); too many look-ups (permerror)
    code: 'f',
    subject: 'domain',
    value: oneOf({ p: 'provider', o: 'other', n: 'none', s: 'softfail', q: 'neutral', e: 'permerror' }),
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
    drawn: 'dns',
  },
  dkim: {
    // k_DOMAIN_1|0: DKIM key published / not
    code: 'k',
    subject: 'domain',
    value: flag,
    apply: (w, e) =>
      zone.withZone(w, (z) => zone.txtEdit(z, zone.dkimName(e.domain), 'v=DKIM1', e.value ? DKIM_KEY : null)),
    controls: [{ ...toggle(['dns'], 'sender-domain'), read: (w, domain) => zone.hasDkimKey(domain, w) }],
    edit: (c, v) => ({ kind: 'dkim', domain: c.target, value: v.on }),
    describe: (e) => ({ key: `edit.dkim.${onOff(e)}`, params: { domain: e.domain } }),
    drawn: 'dns',
  },
  dmarc: {
    // p_DOMAIN_n|q|r|x: DMARC policy none, quarantine, reject, or no DMARC record
    code: 'p',
    subject: 'domain',
    value: oneOf({ n: 'none', q: 'quarantine', r: 'reject', x: 'absent' }),
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
    drawn: 'dns',
  },
  password: {
    // w_1|0: Alice's app sends the right / a wrong password
    code: 'w',
    subject: null,
    value: flag,
    apply: (w, e) => ({ ...w, sender: { ...w.sender, passwordRight: e.value } }),
    controls: [{ ...toggle(['sender-client'], 'app'), read: (w) => w.sender.passwordRight }],
    edit: (_c, v) => ({ kind: 'password', value: v.on }),
    describe: (e) => ({ key: `edit.password.${onOff(e)}` }),
    drawn: 'client',
  },
  attachment: {
    // t_MB: Alice attaches MB MiB (0 to 100)
    code: 't',
    subject: null,
    value: mb(0),
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
    drawn: 'client',
  },
  spoof: {
    // s_1|0: a spoofer forges mail From: the sender (on / off)
    code: 's',
    subject: null,
    value: flag,
    apply: (w, e) => ({ ...w, spoof: e.value }),
    controls: [{ ...toggle(['sender-client', 'spoofer'], 'app'), label: 'card.spoof', read: (w) => w.spoof }],
    edit: (_c, v) => ({ kind: 'spoof', value: v.on }),
    describe: (e) => ({ key: `edit.spoof.${onOff(e)}` }),
    drawn: 'spoofer',
    change: (e) => (e.value ? 'attacker' : 'edited'),
  },
  ...FORGE_KINDS,
} satisfies { [K in EditKindName]: EditKind<EditOf<K>> };

/** The table, typed so that a kind's record is found from its name alone. */
const KINDS: { readonly [K in EditKindName]: EditKind<EditOf<K>> } = EDIT_KINDS;
export const kindOf = <K extends EditKindName>(kind: K): EditKind<EditOf<K>> => KINDS[kind];

/** The kinds in table order: the order of the controls on a card. */
export const KIND_NAMES = Object.keys(EDIT_KINDS) as EditKindName[];

/** The host, address or domain an edit changes; null for the sender's app. */
export function subjectOf(edit: WorldEdit): string | null {
  const subject = kindOf(edit.kind).subject;
  return subject === null ? null : ((edit as Partial<Record<Subject, string>>)[subject] ?? null);
}

/** How an edit draws its node, for the picture's `data-changed`. */
export function changeOf(edit: WorldEdit): { node: EditKind<WorldEdit>['drawn']; change: Change } {
  const record = kindOf(edit.kind);
  return { node: record.drawn, change: record.change?.(edit) ?? 'edited' };
}
