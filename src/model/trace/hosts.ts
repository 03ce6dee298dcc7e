// Host names as a learner should see them, and which organisation (registrable domain) runs them.
import { isIp } from './received';

/**
 * Second-level labels under which registries sell names (example.co.uk, example.com.au). A short
 * list instead of the 250 KB Public Suffix List: the grouping only has to be right for the mail
 * providers people actually get mail through, and a wrong guess only merges or splits a zone.
 */
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'ac',
  'gov',
  'edu',
  'ne',
  'or',
  'go',
  'gv',
  'ltd',
  'plc',
  'sch',
]);

const isLocal = (host: string) => /^(localhost|localhost\.localdomain|127\.0\.0\.1|::1)$/i.test(host);

const known = new Map<string, string | null>();

/** The organisation a host name belongs to: its last two labels (three under co.uk-like suffixes). */
export function organisation(host: string | null): string | null {
  if (!host) return null;
  // A header names the same few hosts over and over; remember the answers (bounded, so memory stays flat).
  if (known.has(host)) return known.get(host)!;
  const org = organisationOf(host);
  if (known.size > 10_000) known.clear();
  known.set(host, org);
  return org;
}

function organisationOf(host: string): string | null {
  if (isIp(host) || isLocal(host) || !host.includes('.')) return null;
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2) return null;
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export { isIp, isLocal };
