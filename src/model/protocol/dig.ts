// DNS questions and answers in dig's presentation format (RFC 1035), as email-facts.md §2b shows.
import { byPreference, queryAddress, queryMx } from '../dns';
import { dns, type TranscriptLine } from './types';

const pad = (name: string) => `${name}.`.padEnd(22);

export function digMx(domain: string): TranscriptLine[] {
  const answer = queryMx(domain);
  const question = dns(`;; QUESTION: ${domain}. IN MX`);
  if (answer.status === 'NXDOMAIN') return [question, dns(';; ->>HEADER<<- status: NXDOMAIN (RCODE 3), ANSWER: 0')];
  const records = byPreference(answer.records);
  return [
    question,
    dns(`;; ->>HEADER<<- status: NOERROR, ANSWER: ${records.length}`),
    ...records.map((r) =>
      dns(`${pad(domain)} 3600 IN MX   ${r.preference} ${r.exchange === '.' ? '.' : `${r.exchange}.`}`),
    ),
  ];
}

export function digAddress(host: string): TranscriptLine[] {
  const a = queryAddress(host);
  return [
    dns(`;; QUESTION: ${host}. IN A / AAAA`),
    dns(`;; ->>HEADER<<- status: ${a.status}, ANSWER: ${a.ipv4.length + a.ipv6.length}`),
    ...a.ipv4.map((ip) => dns(`${pad(host)} 3600 IN A    ${ip}`)),
    ...a.ipv6.map((ip) => dns(`${pad(host)} 3600 IN AAAA ${ip}`)),
  ];
}
