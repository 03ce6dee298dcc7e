// The fields of the `world` key (editCodec.ts): how each piece of an edit is written and read back.
// Reading checks everything: a host must be one of the simulation's own names, a number in bounds.
import type { Field, Subject } from './editTypes';
import { isSimulatedDomain } from '../message/directory';
import type { MxRecord } from '../words/vocabulary';

export const MIB = 1_048_576;
/** The picture has two MX nodes, so an MX list holds at most two records. */
export const MAX_MX = 2;
export const MAX_MB = 100;

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
/**
 * A local part as RFC 5322's dot-atom (and RFC 6531's UTF-8), lower case, at most 64 octets. In the
 * `world` key the characters beyond a-z, 0-9, `.`, `+` and `-` are escaped as `X` and two upper-case hex
 * digits per UTF-8 octet (`b_ob` is `bX5Fob`): upper case never occurs otherwise, and `_` separates fields.
 */
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\u{10FFFF}-]+";
const LOCAL = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');
const PLAIN = /[a-z0-9.+-]/;
const octets = new TextEncoder();
const text = new TextDecoder('utf-8', { fatal: true });

export function escapeLocal(local: string): string {
  return [...local]
    .map((c) =>
      PLAIN.test(c)
        ? c
        : [...octets.encode(c)].map((o) => `X${o.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    )
    .join('');
}

function unescapeLocal(written: string): string | null {
  if (/X(?![0-9A-F]{2})|[A-WYZ]/.test(written.replace(/X[0-9A-F]{2}/g, ''))) return null;
  const bytes: number[] = [];
  for (const part of written.split(/(X[0-9A-F]{2})/)) {
    if (part.startsWith('X') && part.length === 3) bytes.push(parseInt(part.slice(1), 16));
    else bytes.push(...octets.encode(part));
  }
  try {
    return text.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** A host name or domain an edit may name: well formed, and one of the simulation's own names. */
export const host = (text: string | undefined): string | null =>
  text !== undefined && text.length <= 253 && HOST.test(text) && isSimulatedDomain(text) ? text : null;
function address(written: string | undefined, domain: string | undefined): string | null {
  const local = written === undefined ? null : unescapeLocal(written);
  if (local === null || octets.encode(local).length > 64 || !LOCAL.test(local)) return null;
  return host(domain) ? `${local}@${domain}` : null;
}
/** An address is two fields: local part (escaped), domain. */
const split = (a: string): readonly string[] => {
  const at = a.lastIndexOf('@');
  return [escapeLocal(a.slice(0, at).toLowerCase()), a.slice(at + 1).toLowerCase()];
};

/** How the subject of an edit is written, and how many fields it takes. */
interface SubjectField {
  size: number;
  read: (f: readonly string[]) => string | null;
}
export const SUBJECTS: Readonly<Record<Subject, SubjectField>> = {
  host: { size: 1, read: (f: readonly string[]) => host(f[0]) },
  domain: { size: 1, read: (f: readonly string[]) => host(f[0]) },
  address: { size: 2, read: (f: readonly string[]) => address(f[0], f[1]) },
};
export const writeSubject = (subject: Subject, text: string): readonly string[] =>
  subject === 'address' ? split(text) : [text];

const one = <T>(read: (text: string | undefined) => T | null): Field<T>['read'] => {
  return (f) => {
    const value = f.length === 1 ? read(f[0]) : null;
    return value === null ? null : [value];
  };
};

/** One letter per value, e.g. `{ u: 'up', t: 'timeout' }`. */
export function oneOf<T extends string>(letters: Readonly<Record<string, T>>): Field<T> {
  return {
    write: (value) => [Object.keys(letters).find((k) => letters[k] === value) ?? ''],
    read: one((text) => (text !== undefined && Object.hasOwn(letters, text) ? (letters[text] ?? null) : null)),
  };
}

/** `1` or `0`. */
export const flag: Field<boolean> = {
  write: (on) => [on ? '1' : '0'],
  read: one((text) => (text === '1' ? true : text === '0' ? false : null)),
};

/** Whole MiB from `min` to MAX_MB. */
export const mb = (min: number): Field<number> => ({
  write: (n) => [String(n)],
  read: one((text) =>
    text !== undefined && /^\d{1,3}$/.test(text) && Number(text) >= min && Number(text) <= MAX_MB ? Number(text) : null,
  ),
});

/** An address, or nothing at all for null. */
export const optionalAddress: Field<string | null> = {
  write: (a) => (a === null ? [] : split(a)),
  read: (f) => {
    if (f.length === 0) return [null];
    const a = f.length === 2 ? address(f[0], f[1]) : null;
    return a === null ? null : [a];
  },
};

/** Up to MAX_MX records, each as preference and exchange. */
export const mxList: Field<readonly MxRecord[]> = {
  write: (records) => records.flatMap((r) => [String(r.preference), r.exchange]),
  read: (f) => {
    if (f.length % 2 !== 0 || f.length / 2 > MAX_MX) return null;
    const records: MxRecord[] = [];
    for (let i = 0; i < f.length; i += 2) {
      const pref = f[i] ?? '';
      const exchange = host(f[i + 1]);
      if (!/^\d{1,5}$/.test(pref) || Number(pref) > 65535 || !exchange) return null;
      records.push({ preference: Number(pref), exchange });
    }
    return [records];
  },
};

/** A value a view hands an MX-list control: kept only when it is a list the `world` key could carry. */
export const isMxList = (value: unknown): value is readonly MxRecord[] =>
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
      host((r as MxRecord).exchange) !== null,
  );
