// Where each kind of step goes and over what: node to node, protocol, port, encryption, and what
// it would take on the real Internet.
import type { Scenario } from '../world/scenario';
import type { NodeId, Step } from '../words/types';

/** Everything about a step's route: where it goes and over what. */
export type Hop = Pick<Step, 'from' | 'to' | 'kind' | 'protocol' | 'port' | 'security' | 'simulatedMs'>;

/** What each step would take on the real Internet (milliseconds); greylisting uses postgrey's default. */
export const SIMULATED_MS = {
  compose: 0,
  // Chosen so the Received times match email-facts.md §4: 1 s, 2 s, 2 s, 1 s, 1 s.
  submit: 1_000,
  handoff: 2_000,
  dns: 30,
  relay: 1_940,
  check: 20,
  reply: 10,
  retryDelay: 300_000,
  filter: 1_000,
  lmtp: 1_000,
  login: 150,
  fetch: 200,
  bounce: 900,
  post: 300,
  inject: 700,
  append: 300,
  forward: 50,
} as const;

export const hop = (
  from: NodeId,
  to: NodeId,
  protocol: string,
  port: number | null,
  security: string | null,
  simulatedMs: number,
): Hop => ({ from, to, kind: from === to ? 'local' : 'hop', protocol, port, security, simulatedMs });

/** The recipient domain's MX by its place in the preference order: the first, or the next ones. */
export const mxNode = (rank: number): NodeId => (rank === 0 ? 'recipient-mx' : 'recipient-mx2');

export const HOPS = {
  compose: hop('sender-client', 'sender-client', 'RFC 5322', null, null, SIMULATED_MS.compose),
  submit: hop('sender-client', 'sender-msa', 'SMTP submission', 587, 'STARTTLS', SIMULATED_MS.submit),
  // Port 465: TLS from the first byte ("submissions", RFC 8314 §3.3).
  submit465: hop('sender-client', 'sender-msa', 'SMTP submission', 465, 'TLS', SIMULATED_MS.submit),
  // Webmail: the browser speaks HTTPS to the web front end, which submits to its own MSA.
  post: hop('sender-client', 'sender-webmail', 'HTTPS', 443, 'TLS', SIMULATED_MS.post),
  submitWebmail: hop('sender-webmail', 'sender-msa', 'SMTP submission', 587, 'STARTTLS', SIMULATED_MS.inject),
  refuseWebmail: hop('sender-msa', 'sender-webmail', 'SMTP submission', 587, 'STARTTLS', 0),
  // The copy in Sent: the app's IMAP APPEND, or the webmail files it itself.
  sent: hop('sender-client', 'sender-store', 'IMAP', 993, 'TLS', SIMULATED_MS.append),
  sentWebmail: hop('sender-webmail', 'sender-store', 'IMAP', 993, 'TLS', SIMULATED_MS.append),
  sentPop3: hop('sender-client', 'sender-client', 'POP3', null, null, 0),
  refuse: hop('sender-msa', 'sender-client', 'SMTP submission', 587, 'STARTTLS', 0),
  handoff: hop('sender-msa', 'sender-mta', 'SMTP', 25, 'STARTTLS', SIMULATED_MS.handoff),
  // The forwarder's own work before it sends on (SRS, ARC, a list's changes).
  forward: hop('forwarder-1', 'forwarder-1', 'SMTP', null, null, SIMULATED_MS.forward),
  lookup: { ...hop('sender-mta', 'dns', 'DNS', 53, null, SIMULATED_MS.dns), kind: 'lookup' } as Hop,
  relay: (mx: NodeId, from: NodeId = 'sender-mta') => hop(from, mx, 'SMTP relay', 25, 'STARTTLS', SIMULATED_MS.relay),
  reply: (mx: NodeId, to: NodeId = 'sender-mta') => hop(mx, to, 'SMTP relay', 25, 'STARTTLS', SIMULATED_MS.reply),
  forge: hop('spoofer', 'spoofer', 'RFC 5322', null, null, SIMULATED_MS.compose),
  // The MX's EHLO reply as the man in the middle passes it on, without 250-STARTTLS (RFC 3207 §6).
  strip: hop('mitm', 'sender-mta', 'SMTP relay', 25, null, SIMULATED_MS.reply),
  // A report after the journey (RFC 7489 §7.2; RFC 8460): the receiver's to the From: domain's owner
  // by mail; the sender's to the recipient domain's HTTPS endpoint (drawn at its MX, the domain's face).
  dmarcReport: hop('recipient-mx', 'sender-store', 'SMTP', 25, 'STARTTLS', SIMULATED_MS.bounce),
  tlsReport: hop('sender-mta', 'recipient-mx', 'HTTPS', 443, 'TLS', SIMULATED_MS.bounce),
  // The MX asks its own provider's resolver; the picture shows the question at the MX itself.
  check: (mx: NodeId) => ({ ...hop(mx, mx, 'DNS', 53, null, SIMULATED_MS.check), kind: 'lookup' }) as Hop,
  queue: hop('sender-mta', 'sender-mta', 'Queue', null, null, SIMULATED_MS.retryDelay),
  filter: (mx: NodeId) => hop(mx, 'relay-1', 'SMTP', 25, null, SIMULATED_MS.filter),
  // LMTP runs over a local connection, never on port 25 (RFC 2033).
  store: hop('relay-1', 'recipient-store', 'LMTP', null, null, SIMULATED_MS.lmtp),
  storeLocal: hop('sender-msa', 'recipient-store', 'LMTP', null, null, SIMULATED_MS.lmtp),
};

/** The bounce: a new message filed into Alice's own mailbox store, which her app then fetches. */
export const bounceHops = {
  store: hop('sender-mta', 'sender-store', 'DSN (bounce)', null, null, SIMULATED_MS.bounce),
  // A forwarder whose onward delivery failed writes the bounce itself and sends it back over SMTP
  // to the (SRS-decoded) envelope sender; a list's bounce goes to the list's own bounce address.
  forwarded: hop('forwarder-1', 'sender-store', 'DSN (bounce)', 25, null, SIMULATED_MS.bounce),
  list: hop('forwarder-1', 'forwarder-1', 'DSN (bounce)', null, null, SIMULATED_MS.bounce),
  request: hop('sender-client', 'sender-store', 'IMAP', 993, 'TLS', SIMULATED_MS.login),
  response: hop('sender-store', 'sender-client', 'IMAP', 993, 'TLS', SIMULATED_MS.fetch),
};

/** Retrieval is a pull: the app's request to the access server, and the server's response. */
export function accessHop(s: Scenario, direction: 'request' | 'response'): Hop {
  const [node, protocol, port]: [NodeId, string, number] =
    s.retrieval === 'pop3' ? ['recipient-pop3', 'POP3', 995] : ['recipient-imap', 'IMAP', 993];
  const ms = direction === 'request' ? SIMULATED_MS.login : SIMULATED_MS.fetch;
  return direction === 'request'
    ? hop('recipient-client', node, protocol, port, 'TLS', ms)
    : hop(node, 'recipient-client', protocol, port, 'TLS', ms);
}
