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
// Each kind's letter and fields are its record in editKinds.ts: the code, then the subject (host,
// address or domain, when it has one), then the value's fields.
import { EDIT_KINDS, KIND_NAMES, kindOf, subjectOf } from './editKinds';
import { SUBJECTS, writeSubject } from './editFields';
import type { EditKindName, WorldEdit } from './editTypes';

// Writing: every page writes `data-world` and share links.
/** Bounds (editCodec.ts): a longer text or more edits than this is refused, not truncated. */
export const MAX_WORLD_TEXT = 1000;
export const MAX_EDITS = 24;
export { host, MAX_MB, MAX_MX } from './editFields';

function encodeOne(e: WorldEdit): string {
  const kind = kindOf(e.kind);
  const subject = kind.subject === null ? [] : writeSubject(kind.subject, subjectOf(e) ?? '');
  return [kind.code, ...subject, ...kind.value.write(e.value)].join('_');
}

/** The compact text of a list of edits (the empty text when there are none). */
export const encodeEdits = (edits: readonly WorldEdit[]): string => edits.map(encodeOne).join('*');

// Reading: links, attributes and the `world` key.
const BY_CODE: ReadonlyMap<string, EditKindName> = new Map(KIND_NAMES.map((k) => [EDIT_KINDS[k].code, k]));

function decodeOne(text: string): WorldEdit | null {
  const [code = '', ...f] = text.split('_');
  const name = BY_CODE.get(code);
  if (!name) return null;
  const kind = kindOf(name);
  const size = kind.subject === null ? 0 : SUBJECTS[kind.subject].size;
  const subject = kind.subject === null ? null : SUBJECTS[kind.subject].read(f.slice(0, size));
  if (kind.subject !== null && subject === null) return null;
  const value = kind.value.read(f.slice(size));
  if (!value) return null;
  // The record's fields make exactly this kind's edit (EditKind types them together).
  return { kind: name, ...(kind.subject === null ? {} : { [kind.subject]: subject }), value: value[0] } as WorldEdit;
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
