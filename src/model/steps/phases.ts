// The steps as records: one row per phase of the journey machine, saying where the step goes
// (hop), what the learner is told (caption key and parameters), which mix-up it puts right (myth),
// which prediction question comes before it (checkpoint) and what the picture draws (picture).
import { dnsBubbles } from './bubbles';
import { checkpoint } from './checkpoints';
import { accessHop, bounceHops, HOPS, mxNode } from './hops';
import type { JourneyState, Phase } from '../journey/machine';
import { acceptedOf, localRefusal, remoteOf } from '../journey/servers';
import { reply, type PhaseRow, type StepPart, type StepShape } from './phaseRow';
import { RELAY_ROWS } from './relayPhases';
import type { Scenario } from '../world/scenario';
import type { Reply } from '../words/vocabulary';
import { forgedIdentity } from '../journey/auth';
import { stsPolicy } from '../journey/transport';
import { reportStep } from './reports';
import { HOMOGRAPH_UNICODE, OPEN_RELAY, SPOOFER } from '../world/world';
import { clockOf, IDLE_SINCE_SECONDS, zoneOffset } from '../message/internetTime';

export type { PhaseRow, StepPart, StepShape } from './phaseRow';
export { GIVE_UP_DAYS, RETRY_MINUTES, TIMEOUT_SECONDS } from './phaseRow';

/** Where submission starts and on which port: the app (587 or 465), or the webmail's back end. */
const submitHop = (s: Scenario) =>
  s.setup.client === 'webmail' ? HOPS.submitWebmail : s.setup.submission === 465 ? HOPS.submit465 : HOPS.submit;
const submitVariant = (s: Scenario) =>
  s.setup.client === 'webmail' ? '.webmail' : s.setup.submission === 465 ? '.465' : '';

/** Why the submission server said no, as a caption suffix: each cause has its own plain words. */
const submitCause = (reply: Reply | null) =>
  reply?.code === 535 ? '.password' : reply?.enhanced === '5.3.4' ? '.size' : '';

/** The attachment's size in MB (MiB, as the world edit counts it); 0 when nothing is attached. */
const attachedMb = (s: Scenario) => Math.round(s.world.sender.attachmentOctets / 2 ** 20);
/** The forwarder's results as its ARC seal records them, e.g. `spf=pass, dkim=none, dmarc=pass`. */
const sealedResults = (s: Scenario) => {
  const v = s.via?.seen.verdicts;
  return v ? `spf=${v.spf}, dkim=${v.dkim}, dmarc=${v.dmarc}` : '';
};

export const PHASES = {
  composing: {
    ids: ['compose'] as const,
    part: 'trunk',
    step: (_state, event, s): StepShape =>
      event.type === 'FORGED'
        ? {
            id: 'compose',
            hop: HOPS.forge,
            // Each forgery its own words: the exact address, a display name, a lookalike, a homograph.
            caption: s.world.forgery === 'exact' ? 'step.spoof.compose' : `step.spoof.compose.${s.world.forgery}`,
            params: {
              spoofer: SPOOFER.name,
              relay: OPEN_RELAY.name,
              forgedFrom: forgedIdentity(s).address,
              display: forgedIdentity(s).display ?? '',
              unicode: HOMOGRAPH_UNICODE,
            },
          }
        : {
            id: 'compose',
            hop: HOPS.compose,
            caption:
              s.setup.client === 'webmail'
                ? 'step.compose.webmail'
                : attachedMb(s) > 0
                  ? 'step.compose.attachment'
                  : 'step.compose',
            params: { mb: attachedMb(s) },
          },
  },

  posting: {
    ids: ['webmail'] as const,
    part: 'trunk',
    step: () => ({ id: 'webmail', hop: HOPS.post, caption: 'step.webmail', picture: { result: 'accepted' } }),
    myth: () => 3, // webmail speaks HTTPS, not SMTP
  },

  submitting: {
    ids: ['submit'] as const,
    part: 'trunk',
    rcpt: (_state, event, s) => {
      const all = s.recipients.map((r) => r.address);
      if (event.type !== 'SUBMIT_REJECTED') return all;
      if (event.stage !== 'rcpt') return [];
      // The app stops at the refused recipient.
      const refused = localRefusal(s);
      return refused ? all.slice(0, all.indexOf(refused.address) + 1) : all;
    },
    step: (_state, event, s) =>
      event.type === 'SUBMIT_REJECTED'
        ? {
            id: 'submit',
            hop: submitHop(s),
            caption: `step.submit.refused${submitCause(event.reply)}${submitVariant(s)}`,
            picture: {
              result: 'refused',
              code: event.reply.code,
              token: event.stage === 'auth' ? 'credentials' : 'message',
            },
          }
        : {
            id: 'submit',
            hop: submitHop(s),
            caption: `step.submit${submitVariant(s)}`,
            picture: { result: 'accepted' },
          },
    // Apps speak SMTP submission (3: webmail would not); with webmail the mix-up was put right at its HTTPS step.
    myth: () => 3,
  },

  'filing-sent': {
    ids: ['sent'] as const,
    part: 'trunk',
    step: (_state, _event, s) => {
      const how = s.setup.client === 'webmail' ? 'webmail' : s.retrieval;
      const hop = how === 'webmail' ? HOPS.sentWebmail : how === 'pop3' ? HOPS.sentPop3 : HOPS.sent;
      return {
        id: 'sent',
        hop,
        caption: `step.sent.${how}`,
        picture: how === 'pop3' ? {} : { result: 'accepted', folder: 'sent' },
      };
    },
  },

  refusing: {
    ids: ['refuse'] as const,
    part: 'trunk',
    step: (state, _event, s) => ({
      id: 'refuse',
      hop: s.setup.client === 'webmail' ? HOPS.refuseWebmail : HOPS.refuse,
      caption: `step.refuse${submitCause(state.failure.reply)}${s.setup.client === 'webmail' ? '.webmail' : ''}`,
      params: { reply: reply(state.failure.reply, state.failure.status), status: state.failure.status },
      picture: { result: 'refused', code: state.failure.reply?.code ?? null, token: 'answer' },
    }),
  },

  'handing-off': {
    ids: ['handoff'] as const,
    part: 'trunk',
    rcpt: (_state, _event, s) => remoteOf(s),
    step: () => ({
      id: 'handoff',
      hop: HOPS.handoff,
      caption: 'step.handoff',
      picture: { result: 'accepted', tls: 'tls' },
    }),
    myth: () => 1, // roles, not boxes
  },

  forwarding: {
    ids: ['forward'] as const,
    step: (_state, _event, s) => ({
      id: 'forward',
      hop: HOPS.forward,
      caption: s.via?.list ? 'step.forward.list' : 'step.forward',
      params: {
        alias: s.via?.alias ?? '',
        target: s.recipient.address,
        srs: s.via?.mailFrom ?? '',
        // The subject tag the list writes: its name, the local part (forwarded.ts).
        list: (s.via?.list ?? '').split('@')[0] ?? '',
        forwarder: s.via?.host.name ?? '',
        // What the forwarder's own checks found, as its ARC-Authentication-Results seals it: an
        // unsigned message has dkim=none there, not a pass.
        sealed: sealedResults(s),
      },
      picture: { result: 'accepted' },
    }),
  },

  'resolving-mx': {
    ids: ['dns-mx'] as const,
    step: (_state, event, s) => {
      const kind =
        event.type === 'NXDOMAIN'
          ? 'nxdomain'
          : event.type === 'SERVFAIL'
            ? 'servfail'
            : event.type === 'MX_EMPTY'
              ? 'empty'
              : event.type === 'MX_ANSWER' && event.records.some((r) => r.exchange === '.')
                ? 'null'
                : 'found';
      const bubbles = dnsBubbles(s);
      const policy = kind === 'found' ? bubbles.policy() : null;
      const sts = stsPolicy(s);
      return {
        id: 'dns-mx',
        hop: HOPS.lookup,
        caption: `step.dns-mx.${kind}${policy ? '.mta-sts' : ''}`,
        params: { mxList: bubbles.mxList, mode: sts?.mode ?? '', days: Math.round((sts?.maxAge ?? 0) / 86400) },
        // SERVFAIL is a temporary failure at DNS: drawn as a deferral, as a 4xx from a server is.
        picture: {
          result: kind === 'servfail' ? 'deferred' : 'request',
          token: 'question',
          dns: bubbles.mx,
          ...(policy ? { policy } : {}),
        },
      };
    },
    // With a policy fetched: "MTA-STS is a DNS record that encrypts" is wrong (13).
    myth: (_state, event, s) =>
      event.type === 'MX_ANSWER' && !event.records.some((r) => r.exchange === '.') && stsPolicy(s) ? 13 : null,
    checkpoint: (_state, _event, s) => checkpoint('next-server', s),
  },

  'resolving-host': {
    ids: ['dns-a', 'dns-aaaa'] as const,
    step: (state, event, s) => {
      const { target, implicit } = state.route;
      const bubble = dnsBubbles(s).address(target.exchange, state.family);
      const found = event.type === 'ADDRESS_ANSWER' && event.found;
      const key =
        state.family === 'A'
          ? found
            ? implicit
              ? 'step.dns-host.implicit'
              : 'step.dns-host'
            : 'step.dns-host.none'
          : found
            ? 'step.dns-aaaa'
            : state.found
              ? 'step.dns-aaaa.none'
              : 'step.dns-aaaa.nothing';
      return {
        id: state.family === 'A' ? 'dns-a' : 'dns-aaaa',
        hop: HOPS.lookup,
        caption: key,
        params: { mx: target.exchange, addresses: bubble.list },
        picture: { result: 'request', token: 'question', dns: bubble.bubble },
      };
    },
    myth: (state) => (state.family === 'A' ? 5 : null), // DNS gives the mail server's address
    checkpoint: (state, _event, s) =>
      state.family === 'A' && state.route.rank === 0 ? checkpoint('after-mx', s) : null,
  },

  ...RELAY_ROWS,

  filtering: {
    ids: ['filter'] as const,
    rcpt: (_state, _event, s) => acceptedOf(s),
    step: (state, event) => ({
      id: 'filter',
      hop: HOPS.filter(mxNode(state.rank)),
      caption:
        event.type === 'FILTER_SPAM'
          ? 'step.filter.spam'
          : state.folder === 'Junk'
            ? 'step.filter.quarantine'
            : 'step.filter',
      // The MX actually used: mx2 when mx1 did not answer.
      params: { mx: state.mx },
      picture: { result: 'accepted' },
    }),
  },

  storing: {
    ids: ['store'] as const,
    rcpt: (_state, _event, s) => acceptedOf(s),
    step: (state) => ({
      id: 'store',
      hop: state.local ? HOPS.storeLocal : HOPS.store,
      caption: state.local ? 'step.store.local' : state.folder === 'Junk' ? 'step.store.junk' : 'step.store',
      picture: { result: 'accepted', folder: state.folder === 'Junk' ? 'junk' : 'inbox' },
    }),
    // Local mail goes to the store (4); mail from afar passed only the two providers' servers (6).
    myth: (state) => (state.local ? 4 : 6),
    checkpoint: (state, _event, s) => (state.local ? checkpoint('same-domain', s) : null),
  },

  'logging-in': {
    ids: ['login'] as const,
    step: (state, _event, s): StepShape => {
      // An IMAP app reading the inbox has been logged in and idling since before Alice pressed Send:
      // the step looks back at that session and takes none of the journey's time (RFC 2177).
      const idling = s.retrieval === 'imap' && state.folder === 'INBOX';
      const hop = accessHop(s, 'request');
      return {
        id: 'login',
        hop: idling ? { ...hop, simulatedMs: 0 } : hop,
        caption: `step.login.${s.retrieval}${state.folder === 'Junk' && s.retrieval === 'imap' ? '.junk' : ''}`,
        ...(idling ? { params: { since: clockOf(IDLE_SINCE_SECONDS, zoneOffset(s.sender.domain)) } } : {}),
        picture: { result: 'request', token: 'question' },
      };
    },
    myth: () => 2, // IMAP/POP3 only read
    checkpoint: (_state, _event, s) => checkpoint('who-fetches', s),
  },

  notifying: {
    ids: ['notice'] as const,
    step: (_state, _event, s) => ({
      id: 'notice',
      hop: accessHop(s, 'response'),
      caption: 'step.notice',
      picture: { result: 'response', token: 'notice' },
    }),
  },

  fetching: {
    ids: ['fetch'] as const,
    step: (_state, _event, s) => ({
      id: 'fetch',
      hop: accessHop(s, 'request'),
      caption: 'step.fetch',
      picture: { result: 'request', token: 'question' },
    }),
  },

  reading: {
    ids: ['read'] as const,
    step: (state, _event, s) => {
      // POP3 reads only the inbox: its answer carries no message from Junk.
      const nothing = s.retrieval === 'pop3' && state.folder === 'Junk';
      return {
        id: 'read',
        hop: accessHop(s, 'response'),
        caption: `step.read.${s.retrieval}${state.folder === 'Junk' ? '.junk' : ''}`,
        picture: { result: 'response', token: nothing ? 'answer' : 'message' },
      };
    },
  },

  bouncing: {
    ids: ['bounce'] as const,
    part: 'bounce',
    step: (state, _event, s) => ({
      id: 'bounce',
      hop: s.via ? (s.via.list ? bounceHops.list : bounceHops.forwarded) : bounceHops.store,
      caption: s.via ? (s.via.list ? 'step.bounce.list' : 'step.bounce.forwarded') : 'step.bounce',
      params: {
        status: state.failure.status,
        reply: reply(state.failure.reply, state.failure.status),
        srs: s.via?.mailFrom ?? '',
      },
      picture: { result: 'accepted', token: 'bounce', folder: 'inbox' },
    }),
    checkpoint: (_state, _event, s) => checkpoint('who-bounces', s), // issue 16: who writes the bounce
  },

  'bounce-fetching': {
    ids: ['bounce-fetch'] as const,
    part: 'bounce',
    step: () => ({
      id: 'bounce-fetch',
      hop: bounceHops.request,
      caption: 'step.bounce-fetch',
      picture: { result: 'request', token: 'question' },
    }),
  },

  'bounce-reading': {
    ids: ['bounce-read'] as const,
    part: 'bounce',
    step: (state) => ({
      id: 'bounce-read',
      hop: bounceHops.response,
      caption: 'step.bounce-read',
      params: { status: state.failure.status },
      picture: { result: 'response', token: 'bounce' },
    }),
  },

  reporting: {
    ids: ['report-dmarc', 'report-tls'] as const,
    part: 'bounce',
    step: (state, _event, s) => reportStep(state.report, s),
    // The DMARC report says what DMARC is for: the From: domain, not SPF's envelope (9); the TLS report
    // follows a session whose STARTTLS was stripped (8).
    myth: (state) => (state.report === 'dmarc' ? 9 : 8),
  },

  done: { ids: [] as const, step: () => null },
} satisfies { [P in Phase]: PhaseRow<P> };

/** Every step a journey can show, as the rows name them; the public contract's step ids. */
export type StepId = (typeof PHASES)[Phase]['ids'][number];

/** The row of a state's phase. */
export const rowOf = (state: JourneyState): PhaseRow<Phase> => PHASES[state.phase] as unknown as PhaseRow<Phase>;

const PART: ReadonlyMap<string, StepPart> = new Map(
  Object.values(PHASES).flatMap((row: PhaseRow<Phase>) => row.ids.map((id) => [id, row.part ?? 'branch'] as const)),
);
/** Where a step stands in a plan of several destinations (its row's `part`). */
export const partOf = (id: string): StepPart => PART.get(id) ?? 'branch';
