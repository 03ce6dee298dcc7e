// What the picture draws for each step beyond its route: how the attempt ended, the reply code,
// the waiting time, the folder, the kind of token, DNS bubbles and the receiver's verdicts.
import { byPreference, queryAddress, queryMx } from './dns';
import type { JourneyEvent, JourneyState } from './journey';
import type { Scenario } from './scenario';
import type { DnsBubble, StepPicture, Text } from './types';

const NONE: StepPicture = {
  result: null,
  code: null,
  wait: null,
  folder: null,
  token: 'message',
  dns: null,
  verdicts: [],
};

function mxBubble(domain: string, event: JourneyEvent): DnsBubble {
  const question: Text = { key: 'dns.q.mx', params: { domain } };
  if (event.type === 'NXDOMAIN') return { question, answer: { key: 'dns.a.nxdomain' } };
  if (event.type === 'MX_EMPTY') return { question, answer: { key: 'dns.a.empty' } };
  const answer = queryMx(domain);
  const records = answer.status === 'NOERROR' ? byPreference(answer.records) : [];
  if (records.length === 1 && records[0]?.exchange === '.') return { question, answer: { key: 'dns.a.null-mx' } };
  const list = records.map((r) => `${r.exchange.split('.')[0] ?? r.exchange} (${r.preference})`).join(', ');
  return { question, answer: { key: 'dns.a.list', params: { list } } };
}

function addressBubble(host: string): DnsBubble {
  const a = queryAddress(host);
  const all = [...a.ipv4, ...a.ipv6];
  return {
    question: { key: 'dns.q.a', params: { host } },
    answer: all.length > 0 ? { key: 'dns.a.list', params: { list: all.join(', ') } } : { key: 'dns.a.none' },
  };
}

/** The picture of one step: the journey in `state` until `event`. */
export function pictureOf(state: JourneyState, event: JourneyEvent, s: Scenario): StepPicture {
  switch (state.phase) {
    case 'composing':
    case 'done':
      return NONE;
    case 'submitting':
      return event.type === 'SUBMIT_REJECTED'
        ? { ...NONE, result: 'refused', code: event.reply.code, token: 'credentials' }
        : { ...NONE, result: 'accepted' };
    case 'refusing':
      return { ...NONE, result: 'refused', code: state.failure.reply?.code ?? null, token: 'answer' };
    case 'handing-off':
    case 'filtering':
      return { ...NONE, result: 'accepted' };
    case 'resolving-mx':
      return { ...NONE, result: 'request', token: 'question', dns: mxBubble(s.recipient.domain, event) };
    case 'resolving-host':
      return { ...NONE, result: 'request', token: 'question', dns: addressBubble(state.route.target.exchange) };
    case 'relaying':
      switch (event.type) {
        case 'NO_ANSWER':
          return { ...NONE, result: 'no-answer', wait: { key: 'wait.timeout', params: { seconds: 30 } } };
        case 'RCPT_REJECTED':
        case 'DATA_REJECTED':
          return { ...NONE, result: 'refused', code: event.reply.code };
        case 'RCPT_DEFERRED':
          return { ...NONE, result: 'deferred', code: event.reply.code };
        default:
          return { ...NONE, result: 'accepted' };
      }
    case 'waiting-retry':
      return {
        ...NONE,
        wait:
          event.type === 'STILL_QUEUED'
            ? { key: 'wait.give-up', params: { days: 5 } }
            : { key: 'wait.retry', params: { minutes: 5 } },
      };
    case 'storing':
      return { ...NONE, result: 'accepted', folder: state.folder === 'Junk' ? 'junk' : 'inbox' };
    case 'retrieving':
      return { ...NONE, result: 'request', token: 'question' };
    case 'reading':
      return { ...NONE, result: 'response' };
    case 'bouncing':
      return { ...NONE, result: 'accepted', token: 'bounce' };
  }
}

/** When DNS says the recipient domain takes no mail, the verdict drawn in place of its servers. */
export function recipientVerdictOf(steps: readonly { id: string; dns: DnsBubble | null }[]): Text | null {
  const answer = steps.find((s) => s.id === 'dns-mx')?.dns?.answer.key;
  if (answer === 'dns.a.nxdomain') return { key: 'verdict.nxdomain' };
  if (answer === 'dns.a.null-mx') return { key: 'verdict.null-mx' };
  return null;
}
