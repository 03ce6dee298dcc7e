// Checks a typed email address and splits it into local part and domain (RFC 5321 §4.1.2, §4.5.3.1).

export type AddressProblem = 'empty' | 'no-at' | 'many-at' | 'bad-local' | 'bad-domain' | 'too-long' | 'spaces';

export type ParsedAddress =
  { ok: true; address: string; local: string; domain: string } | { ok: false; problem: AddressProblem };

// dot-atom local part: atext runs separated by single dots (RFC 5322 §3.2.3).
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// A host name of letter-digit-hyphen labels with at least one dot (RFC 5321 §4.1.2).
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function parseAddress(input: string): ParsedAddress {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'spaces' };
  const at = text.lastIndexOf('@');
  if (at < 0) return { ok: false, problem: 'no-at' };
  if (text.indexOf('@') !== at) return { ok: false, problem: 'many-at' };
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  // RFC 5321 §4.5.3.1: local part at most 64 octets, domain at most 255, path at most 256.
  if (local.length > 64 || domain.length > 253) return { ok: false, problem: 'too-long' };
  if (!LOCAL.test(local)) return { ok: false, problem: 'bad-local' };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return { ok: false, problem: 'bad-domain' };
  return { ok: true, address: `${local}@${domain}`, local, domain };
}
