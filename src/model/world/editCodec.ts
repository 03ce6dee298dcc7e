// The compact, URL-safe form of a list of world edits: the `world` key, `data-world` and the
// `worldchange` event carry it. Only letters, digits, `.`, `-`, `_` and `*` appear, so it survives
// URLSearchParams and HTML attributes unescaped. Anything malformed or out of bounds decodes to null.
//
//   edits are joined by `*`, fields by `_`; an address is two fields: local part, domain;
//   each edit is its kind's letter, then its subject (host, address or domain, when it has one),
//   then its value's fields: each record in editKinds.ts shows its own, e.g. `r_HOST_u|t|x`.
// An alias may forward to another organisation (a_bob_alumni.example.net_bob_example.org): a forwarder hop.
// Example: `r_mx1.example.org_t*g_mx2.example.org_1` (mx1 does not answer, mx2 greylists).
import { EDIT_CODES, KIND_NAMES, subjectOf, type EditCode } from './editCodes';
import type { EditKindName, WorldEdit } from './worldEdit';
import { SUBJECTS, writeSubject } from './editFields';

// Writing: every page writes `data-world` and share links.
/** Bounds (editCodec.ts): a longer text or more edits than this is refused, not truncated. */
export const MAX_WORLD_TEXT = 1000;
export const MAX_EDITS = 24;
export { host, MAX_MB, MAX_MX } from './editFields';

function encodeOne(e: WorldEdit): string {
  const kind = EDIT_CODES[e.kind] as EditCode<WorldEdit>;
  const subject = kind.subject === null ? [] : writeSubject(kind.subject, subjectOf(e) ?? '');
  return [kind.code, ...subject, ...kind.value.write(e.value)].join('_');
}

/** The compact text of a list of edits (the empty text when there are none). */
export const encodeEdits = (edits: readonly WorldEdit[]): string => edits.map(encodeOne).join('*');

// Reading: links, attributes and the `world` key.
const BY_CODE: ReadonlyMap<string, EditKindName> = new Map(KIND_NAMES.map((k) => [EDIT_CODES[k].code, k]));

function decodeOne(text: string): WorldEdit | null {
  const [code = '', ...f] = text.split('_');
  const name = BY_CODE.get(code);
  if (!name) return null;
  const kind = EDIT_CODES[name];
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
