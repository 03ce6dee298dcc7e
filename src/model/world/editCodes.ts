// How each kind of world edit is written in the `world` key and drawn as changed in the picture: the
// part of its record the first screen needs (a link's world is read, written and drawn before the
// engine is in). What a kind does to the world, its card control and its words are the rest of its
// record, in editKinds.ts and forgeKinds.ts, which spread this part in: one record per kind, in two
// tiers. The format of the `world` key is documented in editCodec.ts.
import type { Change, EditKind, Subject, Field } from './editTypes';
import { flag, mb, mxList, oneOf, optionalAddress } from './editFields';
import type { EditKindName, EditOf, WorldEdit } from './worldEdit';

/** A kind's first-screen part: its letter, the field naming what it changes, its value, its mark. */
export type EditCode<E extends WorldEdit> = Pick<EditKind<E>, 'code' | 'subject' | 'value' | 'drawn' | 'change'>;

/** A whole number from 0 to 100, as DMARC's pct= takes it (RFC 7489 §6.3). */
const percent: Field<number> = {
  write: (n) => [String(n)],
  read: (f) => (f.length === 1 && /^\d{1,3}$/.test(f[0] ?? '') && Number(f[0]) <= 100 ? [Number(f[0])] : null),
};

export const EDIT_CODES: { readonly [K in EditKindName]: EditCode<EditOf<K>> } = {
  reach: {
    // r_HOST_u|t|x: the server is up, does not answer (timeout) or refuses connections
    code: 'r',
    subject: 'host',
    value: oneOf({ u: 'up', t: 'timeout', x: 'refused' }),
    drawn: 'server',
    change: (e) => (e.value === 'up' ? 'edited' : 'offline'),
  },
  greylisting: {
    // g_HOST_1|0: greylisting on / off
    code: 'g',
    subject: 'host',
    value: flag,
    drawn: 'server',
    change: (e) => (e.value ? 'greylisting' : 'edited'),
  },
  'size-limit': {
    // z_HOST_MB: size limit in MiB (1 to 100)
    code: 'z',
    subject: 'host',
    value: mb(1),
    drawn: 'server',
  },
  spam: {
    // j_HOST_1|0: mark incoming mail as spam (Junk) on / off
    code: 'j',
    subject: 'host',
    value: flag,
    drawn: 'server',
  },
  mailbox: {
    // b_LOCAL_DOMAIN_o|t|p|x: mailbox ok, full (452), full (552), does not exist
    code: 'b',
    subject: 'address',
    value: oneOf({ o: 'ok', t: 'temporary', p: 'permanent', x: 'absent' }),
    drawn: 'store',
    change: (e) => (e.value === 'ok' ? 'edited' : 'full'),
  },
  alias: {
    // a_LOCAL_DOMAIN[_LOCAL_DOMAIN]: alias forwarding to the second address (none: removed)
    code: 'a',
    subject: 'address',
    value: optionalAddress,
    drawn: 'store',
  },
  list: {
    // l_LOCAL_DOMAIN_1|0: the address is a mailing list (changes subject and footer when forwarding)
    code: 'l',
    subject: 'address',
    value: flag,
    drawn: 'dns',
  },
  mx: {
    // m_DOMAIN[_PREF_HOST[_PREF_HOST]]: the domain's MX list (none: no MX records)
    code: 'm',
    subject: 'domain',
    value: mxList,
    drawn: 'dns',
  },
  domain: {
    // d_DOMAIN_e|n|0: the domain exists, does not exist (NXDOMAIN), has a null MX
    code: 'd',
    subject: 'domain',
    value: oneOf({ e: 'exists', n: 'nxdomain', '0': 'null-mx' }),
    drawn: 'dns',
  },
  servfail: {
    // q_DOMAIN_1|0: the domain's DNS answers SERVFAIL (a temporary failure: the relay queues, RFC 3463 4.4.3)
    code: 'q',
    subject: 'domain',
    value: flag,
    drawn: 'dns',
    // Its name servers fail: drawn like a server that does not answer.
    change: (e) => (e.value ? 'offline' : 'edited'),
  },
  spf: {
    // f_DOMAIN_p|o|n|s|q|e: SPF lists the provider's network (-all), another network, no SPF record;
    // the provider's network with ~all (softfail) or ?all (neutral); too many look-ups (permerror)
    code: 'f',
    subject: 'domain',
    value: oneOf({ p: 'provider', o: 'other', n: 'none', s: 'softfail', q: 'neutral', e: 'permerror' }),
    drawn: 'dns',
  },
  dkim: {
    // k_DOMAIN_1|0: DKIM key published / not
    code: 'k',
    subject: 'domain',
    value: flag,
    drawn: 'dns',
  },
  dmarc: {
    // p_DOMAIN_n|q|r|x: DMARC policy none, quarantine, reject, or no DMARC record
    code: 'p',
    subject: 'domain',
    value: oneOf({ n: 'none', q: 'quarantine', r: 'reject', x: 'absent' }),
    drawn: 'dns',
  },
  password: {
    // w_1|0: Alice's app sends the right / a wrong password
    code: 'w',
    subject: null,
    value: flag,
    drawn: 'client',
  },
  attachment: {
    // t_MB: Alice attaches MB MiB (0 to 100)
    code: 't',
    subject: null,
    value: mb(0),
    drawn: 'client',
  },
  spoof: {
    // s_1|0: a spoofer forges mail From: the sender (on / off)
    code: 's',
    subject: null,
    value: flag,
    drawn: 'spoofer',
    change: (e) => (e.value ? 'attacker' : 'edited'),
  },
  'dkim-signing': {
    // i_DOMAIN_s|u|b: the provider signs, does not sign, or signs and a hop breaks the signature
    code: 'i',
    subject: 'domain',
    value: oneOf({ s: 'signed', u: 'unsigned', b: 'broken' }),
    drawn: 'dns',
  },
  'dmarc-pct': {
    // c_DOMAIN_N: DMARC's pct=N (0 to 100; 100 writes no tag, the default)
    code: 'c',
    subject: 'domain',
    value: percent,
    drawn: 'dns',
  },
  'dmarc-align': {
    // n_DOMAIN_r|s: relaxed alignment (the default) or strict (adkim=s; aspf=s)
    code: 'n',
    subject: 'domain',
    value: oneOf({ r: 'relaxed', s: 'strict' }),
    drawn: 'dns',
  },
  'dmarc-rua': {
    // u_DOMAIN_1|0: DMARC asks for aggregate reports (rua=mailto:dmarc-reports@DOMAIN) or not
    code: 'u',
    subject: 'domain',
    value: flag,
    drawn: 'dns',
  },
  'mta-sts': {
    // o_DOMAIN_n|t|e: the recipient domain's MTA-STS policy: none, testing, enforce
    code: 'o',
    subject: 'domain',
    value: oneOf({ n: 'none', t: 'testing', e: 'enforce' }),
    drawn: 'mx',
  },
  dane: {
    // e_DOMAIN_n|v|u: no TLSA records, TLSA in a DNSSEC-signed zone, TLSA without DNSSEC
    code: 'e',
    subject: 'domain',
    value: oneOf({ n: 'none', v: 'dnssec', u: 'no-dnssec' }),
    drawn: 'mx',
  },
  'tls-rpt': {
    // h_DOMAIN_1|0: the recipient domain asks for TLS reports (TXT _smtp._tls, rua=https:…) or not
    code: 'h',
    subject: 'domain',
    value: flag,
    drawn: 'mx',
  },
  mitm: {
    // x_1|0: a man in the middle strips STARTTLS between the relays (on / off)
    code: 'x',
    subject: null,
    value: flag,
    drawn: 'mitm',
    change: (e) => (e.value ? 'attacker' : 'edited'),
  },
  forgery: {
    // y_e|n|l|h|r: the spoofer forges the exact address, a display name, a lookalike, a homograph, or
    // the exact address sent through an open relay
    code: 'y',
    subject: null,
    value: oneOf({ e: 'exact', n: 'display-name', l: 'lookalike', h: 'homograph', r: 'open-relay' }),
    drawn: 'spoofer',
    change: () => 'attacker',
  },
  'arc-trust': {
    // v_DOMAIN_1|0: the recipient's MX trusts ARC seals by this forwarder's domain (or not, the default)
    code: 'v',
    subject: 'domain',
    value: flag,
    drawn: 'mx',
  },
};

/** The kinds in table order: the order of the controls on a card. */
export const KIND_NAMES = Object.keys(EDIT_CODES) as EditKindName[];

const codeOf = <K extends EditKindName>(kind: K): EditCode<EditOf<K>> => EDIT_CODES[kind];

/** The host, address or domain an edit changes; null for the sender's app. */
export function subjectOf(edit: WorldEdit): string | null {
  const subject = codeOf(edit.kind).subject;
  return subject === null ? null : ((edit as Partial<Record<Subject, string>>)[subject] ?? null);
}

/** How an edit draws its node, for the picture's `data-changed`. */
export function changeOf(edit: WorldEdit): { node: EditKind<WorldEdit>['drawn']; change: Change } {
  const record = codeOf(edit.kind) as EditCode<WorldEdit>;
  return { node: record.drawn, change: record.change?.(edit) ?? 'edited' };
}
