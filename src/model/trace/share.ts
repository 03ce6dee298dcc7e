// Hiding who and where before a trace is shared: every mail address and IP address in the text is
// replaced, the same original always by the same stand-in, so the route still reads the same
// (which hops share an address, who wrote to whom) while none of the originals remains.
import { isIp } from './received';

const ADDRESS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/g;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d])/g;
const IPV6 = /(?<=^|[^0-9A-Za-z:]|IPv6:)(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])/g;

/** Documentation ranges (RFC 5737, RFC 3849): stand-ins that can never be someone's real address. */
function ipv4StandIn(n: number): string {
  const nets = ['192.0.2', '198.51.100', '203.0.113'];
  return `${nets[Math.floor(n / 254) % 3]}.${(n % 254) + 1}`;
}

/** The text with every mail address and IP address replaced consistently by a stand-in. */
export function hideAddresses(text: string): string {
  const addresses = new Map<string, string>();
  const ips = new Map<string, string>();
  // A stand-in never repeats an original: a header written with documentation addresses stays unambiguous.
  const originals = new Set([...(text.match(IPV4) ?? []), ...(text.match(IPV6) ?? [])].map((m) => m.toLowerCase()));
  const address = (a: string) => {
    const key = a.toLowerCase();
    if (!addresses.has(key)) addresses.set(key, `person${addresses.size + 1}@hidden.example`);
    return addresses.get(key)!;
  };
  let next = 0;
  const ip = (found: string, standIn: (n: number) => string) => {
    const key = found.toLowerCase();
    if (!ips.has(key)) {
      let candidate = standIn(next++);
      while (originals.has(candidate)) candidate = standIn(next++);
      ips.set(key, candidate);
    }
    return ips.get(key)!;
  };
  return text
    .replace(ADDRESS, address)
    .replace(IPV4, (m) => (m.split('.').every((p) => Number(p) <= 255) ? ip(m, ipv4StandIn) : m))
    .replace(IPV6, (m) => (isIp(m) ? ip(m, (n) => `2001:db8::${(n + 1).toString(16)}`) : m));
}

/** A shared trace holds at most this much header text: longer ones make links that break in mail and chat. */
export const MAX_SHARED_CHARS = 60_000;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The text as a URL-safe fragment value (base64url of UTF-8, RFC 4648 §5), or null when too long. */
export function encodeShare(text: string): string | null {
  if (text.length > MAX_SHARED_CHARS) return null;
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += B64[c & 63]!;
  }
  return out;
}

/** The text a fragment value holds, or null when it is not one (a mangled or foreign link). */
export function decodeShare(value: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value) || value.length % 4 === 1 || value.length > (MAX_SHARED_CHARS * 16) / 3)
    return null;
  const out: number[] = [];
  for (let i = 0; i < value.length; i += 4) {
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => (i + k < value.length ? B64.indexOf(value[i + k]!) : -1));
    out.push((a! << 2) | (b! >> 4));
    if (c! >= 0) out.push(((b! & 15) << 4) | (c! >> 2));
    if (d! >= 0) out.push(((c! & 3) << 6) | d!);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(out));
  } catch {
    return null;
  }
}
