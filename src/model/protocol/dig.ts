// DNS questions and answers in dig's presentation format (RFC 1035), as email-facts.md §2b shows.
// One question per query: A and AAAA are two (RFC 1035 §4.1.2; RFC 3596).
import { byPreference, queryAddress, queryMx } from '../world/dns';
import type { DnsRecord } from '../world/world';
import { dns, type TranscriptLine } from './types';

const pad = (name: string) => `${name}.`.padEnd(22);
const RCODES: Readonly<Record<string, string>> = { NXDOMAIN: ' (RCODE 3)', SERVFAIL: ' (RCODE 2)' };
const header = (status: string, count: number) =>
  dns(`;; ->>HEADER<<- status: ${status}${RCODES[status] ?? ''}, ANSWER: ${count}`);

/** The MX question when the domain's name servers fail: SERVFAIL, no answer (RFC 1035 §4.1.1). */
export const digMxFailure = (domain: string): TranscriptLine[] => [
  dns(`;; QUESTION: ${domain}. IN MX`),
  header('SERVFAIL', 0),
];

export function digMx(domain: string, zone: readonly DnsRecord[]): TranscriptLine[] {
  const answer = queryMx(domain, zone);
  const question = dns(`;; QUESTION: ${domain}. IN MX`);
  if (answer.status === 'NXDOMAIN') return [question, header('NXDOMAIN', 0)];
  const records = byPreference(answer.records);
  return [
    question,
    header('NOERROR', records.length),
    ...records.map((r) =>
      dns(`${pad(domain)} 3600 IN MX   ${r.preference} ${r.exchange === '.' ? '.' : `${r.exchange}.`}`),
    ),
  ];
}

export function digAddress(host: string, family: 'A' | 'AAAA', zone: readonly DnsRecord[]): TranscriptLine[] {
  const a = queryAddress(host, zone);
  const found = family === 'A' ? a.ipv4 : a.ipv6;
  return [
    dns(`;; QUESTION: ${host}. IN ${family}`),
    header(a.status, found.length),
    ...found.map((ip) => dns(`${pad(host)} 3600 IN ${family.padEnd(4)} ${ip}`)),
  ];
}

/** A TXT or PTR question (the receiving MX's own look-ups) and the record found, if any. */
export function digRecord(name: string, type: 'TXT' | 'PTR', record: string | null): TranscriptLine[] {
  return [
    dns(`;; QUESTION: ${name}. IN ${type}`),
    header('NOERROR', record === null ? 0 : 1),
    ...(record === null
      ? []
      : [dns(`${pad(name)} 3600 IN ${type.padEnd(4)} ${type === 'TXT' ? `"${record}"` : `${record}.`}`)]),
  ];
}
