// The DNS bubbles of the picture: each question and its answer as short plain text.
import { checkQuestion } from '../journey/auth';
import { stsPolicy } from '../journey/transport';
import { byPreference, queryAddress, queryMx, servesFailure } from '../world/dns';
import type { Check } from '../journey/machine';
import type { Scenario } from '../world/scenario';
import type { DnsBubble, Text } from '../words/types';

const list = (items: readonly string[]): Text => ({ key: 'dns.a.list', params: { list: items.join(', ') } });
/** Long TXT records (a DKIM key) are shortened for the bubble; the transcript has them whole. */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export function dnsBubbles(s: Scenario) {
  const zone = s.world.zone;
  const domain = s.recipient.domain;
  const mxAnswer = queryMx(domain, zone);
  const records = mxAnswer.status === 'NOERROR' ? byPreference(mxAnswer.records) : [];
  const mxList = records.map((r) => `${r.exchange} (${r.preference})`).join(', ');
  const mxAnswerText: Text = servesFailure(domain, s.world.servfail)
    ? { key: 'dns.a.servfail' }
    : mxAnswer.status === 'NXDOMAIN'
      ? { key: 'dns.a.nxdomain' }
      : records.length === 0
        ? { key: 'dns.a.empty' }
        : records.length === 1 && records[0]?.exchange === '.'
          ? { key: 'dns.a.null-mx' }
          : list(records.map((r) => `${r.exchange.split('.')[0] ?? r.exchange} (${r.preference})`));
  return {
    mxList,
    mx: { question: { key: 'dns.q.mx', params: { domain } }, answer: mxAnswerText } satisfies DnsBubble,
    address(host: string, family: 'A' | 'AAAA'): { bubble: DnsBubble; list: string } {
      const a = queryAddress(host, zone);
      const found = family === 'A' ? a.ipv4 : a.ipv6;
      const answer: Text =
        a.status === 'NXDOMAIN' ? { key: 'dns.a.nxdomain' } : found.length > 0 ? list(found) : { key: 'dns.a.none' };
      const key = family === 'A' ? 'dns.q.a' : 'dns.q.aaaa';
      return { bubble: { question: { key, params: { host } }, answer }, list: found.join(', ') };
    },
    /**
     * The MTA-STS policy in one question and answer: the TXT record's look-up and the HTTPS fetch. The
     * answer says it came over HTTPS, so the picture never says DNS handed the policy over.
     */
    policy(): DnsBubble | null {
      const p = stsPolicy(s);
      if (!p) return null;
      return {
        question: { key: 'dns.q.mta-sts', params: { domain } },
        answer: { key: 'dns.a.mta-sts', params: { mode: p.mode } },
      };
    },
    check(check: Check): DnsBubble {
      const q = checkQuestion(check, s);
      const question: Text = { key: check === 'ptr' ? 'dns.q.ptr' : 'dns.q.txt', params: { name: q.name } };
      return { question, answer: q.record === null ? { key: 'dns.a.no-record' } : list([short(q.record)]) };
    },
  };
}
