// The compact, URL-safe form of a list of world edits: the `world` key, `data-world` and the
// `worldchange` event carry it. Only letters, digits, `.`, `-`, `_` and `*` appear, so it survives
// URLSearchParams and HTML attributes unescaped. Anything malformed or out of bounds decodes to null.
//
//   edits are joined by `*`, fields by `_`; an address is two fields: local part, domain
//   r_HOST_u|t|x        the server is up, does not answer (timeout) or refuses connections
//   g_HOST_1|0          greylisting on / off
//   z_HOST_MB           size limit in MiB (1 to 100)
//   j_HOST_1|0          mark incoming mail as spam (Junk) on / off
//   b_LOCAL_DOMAIN_o|t|p|x   mailbox ok, full (452), full (552), does not exist
//   a_LOCAL_DOMAIN[_LOCAL_DOMAIN]   alias forwarding to the second address (none: removed)
//   m_DOMAIN[_PREF_HOST[_PREF_HOST]]   the domain's MX list (none: no MX records)
//   d_DOMAIN_e|n|0      the domain exists, does not exist (NXDOMAIN), has a null MX
//   f_DOMAIN_p|o|n      SPF lists the provider's network, another network, or there is no SPF record
//   k_DOMAIN_1|0        DKIM key published / not
//   p_DOMAIN_n|q|r|x    DMARC policy none, quarantine, reject, or no DMARC record
//   w_1|0               Alice's app sends the right / a wrong password
//   t_MB                Alice attaches MB MiB (0 to 100)
//   s_1|0               a spoofer forges mail From: the sender (on / off)
//   l_LOCAL_DOMAIN_1|0  the address is a mailing list (changes subject and footer when forwarding)
// An alias may forward to another organisation (a_bob_alumni.example.net_bob_example.org): a forwarder hop.
// Example: `r_mx1.example.org_t*g_mx2.example.org_1` (mx1 does not answer, mx2 greylists).
import type { WorldEdit } from './edits';
import { isSimulatedDomain } from '../message/directory';

// Writing: every page writes `data-world` and share links.
/** Bounds (editCodec.ts): a longer text or more edits than this is refused, not truncated. */
export const MAX_WORLD_TEXT = 1000;
export const MAX_EDITS = 24;

/** The letters of each edit's values. */
export const REACH = { u: 'up', t: 'timeout', x: 'refused' } as const;
export const MAILBOX = { o: 'ok', t: 'temporary', p: 'permanent', x: 'absent' } as const;
export const DOMAIN = { e: 'exists', n: 'nxdomain', '0': 'null-mx' } as const;
export const SPF = { p: 'provider', o: 'other', n: 'none' } as const;
export const DMARC = { n: 'none', q: 'quarantine', r: 'reject', x: 'absent' } as const;
const letterOf = (table: Readonly<Record<string, string>>, value: string) =>
  Object.keys(table).find((k) => table[k] === value) ?? '';

function encodeOne(e: WorldEdit): string {
  const split = (a: string) => a.split('@').join('_');
  switch (e.kind) {
    case 'reach':
      return `r_${e.host}_${letterOf(REACH, e.value)}`;
    case 'greylisting':
      return `g_${e.host}_${e.value ? 1 : 0}`;
    case 'size-limit':
      return `z_${e.host}_${e.value}`;
    case 'spam':
      return `j_${e.host}_${e.value ? 1 : 0}`;
    case 'mailbox':
      return `b_${split(e.address)}_${letterOf(MAILBOX, e.value)}`;
    case 'alias':
      return e.value === null ? `a_${split(e.address)}` : `a_${split(e.address)}_${split(e.value)}`;
    case 'mx':
      return ['m', e.domain, ...e.value.flatMap((r) => [String(r.preference), r.exchange])].join('_');
    case 'domain':
      return `d_${e.domain}_${letterOf(DOMAIN, e.value)}`;
    case 'spf':
      return `f_${e.domain}_${letterOf(SPF, e.value)}`;
    case 'dkim':
      return `k_${e.domain}_${e.value ? 1 : 0}`;
    case 'dmarc':
      return `p_${e.domain}_${letterOf(DMARC, e.value)}`;
    case 'password':
      return `w_${e.value ? 1 : 0}`;
    case 'attachment':
      return `t_${e.value}`;
    case 'spoof':
      return `s_${e.value ? 1 : 0}`;
    case 'list':
      return `l_${split(e.address)}_${e.value ? 1 : 0}`;
  }
}

/** The compact text of a list of edits (the empty text when there are none). */
export const encodeEdits = (edits: readonly WorldEdit[]): string => edits.map(encodeOne).join('*');

// Reading: links, attributes and the `world` key.
/** The picture has two MX nodes, so an MX list holds at most two records. */
export const MAX_MX = 2;
export const MAX_MB = 100;

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
const LOCAL = /^[a-z0-9](?:[a-z0-9.+-]{0,62}[a-z0-9])?$/;

/** A host name or domain an edit may name: well formed, and one of the simulation's own names. */
export const host = (text: string | undefined): string | null =>
  text !== undefined && text.length <= 253 && HOST.test(text) && isSimulatedDomain(text) ? text : null;
const address = (local: string | undefined, domain: string | undefined): string | null =>
  local !== undefined && LOCAL.test(local) && !local.includes('..') && host(domain) ? `${local}@${domain}` : null;
const mb = (text: string | undefined, min: number): number | null =>
  text !== undefined && /^\d{1,3}$/.test(text) && Number(text) >= min && Number(text) <= MAX_MB ? Number(text) : null;
const flag = (text: string | undefined): boolean | null => (text === '1' ? true : text === '0' ? false : null);

function pick<T extends string>(letters: Readonly<Record<string, T>>, text: string | undefined): T | null {
  return text !== undefined && Object.hasOwn(letters, text) ? (letters[text] as T) : null;
}

function decodeMx(domain: string, rest: readonly string[]): WorldEdit | null {
  if (rest.length % 2 !== 0 || rest.length / 2 > MAX_MX) return null;
  const records = [];
  for (let i = 0; i < rest.length; i += 2) {
    const pref = rest[i] ?? '';
    const exchange = host(rest[i + 1]);
    if (!/^\d{1,5}$/.test(pref) || Number(pref) > 65535 || !exchange) return null;
    records.push({ preference: Number(pref), exchange });
  }
  return { kind: 'mx', domain, value: records };
}

function decodeOne(text: string): WorldEdit | null {
  const [code, ...f] = text.split('_');
  const fields = (n: number) => f.length === n;
  switch (code) {
    case 'r':
    case 'g':
    case 'z':
    case 'j': {
      const h = host(f[0]);
      if (!h || !fields(2)) return null;
      const reach = pick(REACH, f[1]);
      const limit = mb(f[1], 1);
      const on = flag(f[1]);
      if (code === 'r') return reach ? { kind: 'reach', host: h, value: reach } : null;
      if (code === 'z') return limit === null ? null : { kind: 'size-limit', host: h, value: limit };
      return on === null ? null : { kind: code === 'g' ? 'greylisting' : 'spam', host: h, value: on };
    }
    case 'b': {
      const a = address(f[0], f[1]);
      const value = pick(MAILBOX, f[2]);
      return a && value && fields(3) ? { kind: 'mailbox', address: a, value } : null;
    }
    case 'a': {
      const a = address(f[0], f[1]);
      if (!a || !(fields(2) || fields(4))) return null;
      const target = fields(4) ? address(f[2], f[3]) : null;
      return fields(4) && !target ? null : { kind: 'alias', address: a, value: target };
    }
    case 'm': {
      const d = host(f[0]);
      return d ? decodeMx(d, f.slice(1)) : null;
    }
    case 'd':
    case 'f':
    case 'k':
    case 'p': {
      const d = host(f[0]);
      if (!d || !fields(2)) return null;
      const [on, state, spf, dmarc] = [flag(f[1]), pick(DOMAIN, f[1]), pick(SPF, f[1]), pick(DMARC, f[1])];
      if (code === 'k') return on === null ? null : { kind: 'dkim', domain: d, value: on };
      if (code === 'd') return state ? { kind: 'domain', domain: d, value: state } : null;
      if (code === 'f') return spf ? { kind: 'spf', domain: d, value: spf } : null;
      return dmarc ? { kind: 'dmarc', domain: d, value: dmarc } : null;
    }
    case 'w': {
      const right = flag(f[0]);
      return fields(1) && right !== null ? { kind: 'password', value: right } : null;
    }
    case 'l': {
      const a = address(f[0], f[1]);
      const on = flag(f[2]);
      return a && on !== null && fields(3) ? { kind: 'list', address: a, value: on } : null;
    }
    case 's': {
      const on = flag(f[0]);
      return fields(1) && on !== null ? { kind: 'spoof', value: on } : null;
    }
    case 't': {
      const size = mb(f[0], 0);
      return fields(1) && size !== null ? { kind: 'attachment', value: size } : null;
    }
    default:
      return null;
  }
}

/** The edits of a compact text; [] for the empty text; null for anything malformed or too big. */
export function decodeEdits(text: string): readonly WorldEdit[] | null {
  if (typeof text !== 'string' || text.length > MAX_WORLD_TEXT) return null;
  if (text === '') return [];
  const parts = text.split('*');
  if (parts.length > MAX_EDITS) return null;
  const edits: WorldEdit[] = [];
  for (const part of parts) {
    const edit = decodeOne(part);
    if (!edit) return null;
    edits.push(edit);
  }
  return edits;
}
