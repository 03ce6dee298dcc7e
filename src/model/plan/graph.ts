// Which nodes the picture of a scenario shows, in which zone, and how the zones are labelled.
import { forged, throughOpenRelay } from '../journey/auth';
import { serves } from '../journey/servers';
import { byPreference, queryMx } from '../world/dns';
import type { Scenario } from '../world/scenario';
import { FORWARDER, MITM, SPOOFER } from '../world/world';
import type { GraphEdge, GraphNode, NodeId, Plan, Step, Text, Zone } from '../words/types';

const node = (id: NodeId, zone: Zone, kind: GraphNode['kind'], host: string, params = {}): GraphNode => ({
  id,
  zone,
  kind,
  host,
  title: { key: `node.${id.startsWith('relay-') ? 'relay' : id}`, params },
});

/** When DNS says the recipient domain takes no mail, the verdict drawn in place of its servers. */
export function recipientVerdict(s: Scenario): Text | null {
  if (s.mode === 'same-domain') return null;
  const answer = queryMx(s.recipient.domain, s.world.zone);
  if (answer.status === 'NXDOMAIN') return { key: 'verdict.nxdomain' };
  const [only, ...rest] = answer.records;
  return only?.exchange === '.' && rest.length === 0 ? { key: 'verdict.null-mx' } : null;
}

/**
 * The provider whose server the recipient domain's MX record names by mistake (a stale or mistyped
 * record), when that server does not serve the domain: it refuses to relay (554 5.7.1), and the
 * domain's own servers are never reached. Null when the first exchange is the domain's own.
 */
export function misdirectedTo(s: Scenario): string | null {
  if (s.mode === 'same-domain') return null;
  const [first] = exchanges(s);
  if (!first || first === s.recipient.domain || serves(first, s.recipient.domain)) return null;
  return first.includes('.') ? first.slice(first.indexOf('.') + 1) : first;
}

/** The recipient domain's exchanges in the order they are tried; the domain itself with no MX. */
function exchanges(s: Scenario): string[] {
  const answer = queryMx(s.recipient.domain, s.world.zone);
  const names = answer.status === 'NOERROR' ? byPreference(answer.records).map((r) => r.exchange) : [];
  return names.length > 0 ? names : [s.recipient.domain];
}

/**
 * The usual route for the scenario's mode, plus anything its steps visit; nodes a failed journey
 * never reaches stay in the picture, so the learner sees where the message stopped. A domain that
 * does not exist or takes no mail has no recipient servers at all.
 */
export function graphNodes(s: Scenario, steps: readonly Step[], verdict: Text | null): GraphNode[] {
  const cross = s.mode === 'cross-domain';
  const home = s.sender.provider;
  const away = cross ? s.recipient.provider : home;
  const recipientZone: Zone = cross ? 'recipient-provider' : 'sender-provider';
  const names = { sender: s.sender.name, recipient: s.recipient.name };
  const [mx1 = s.recipient.domain, mx2 = mx1] = exchanges(s);
  const resolverDomain = away?.domain ?? s.recipient.domain;
  const ownResolver = { host: `resolver.${resolverDomain}`, domain: resolverDomain };
  const accessHost = (s.retrieval === 'pop3' ? away?.pop3 : away?.imap)?.name ?? s.recipient.domain;
  const all: GraphNode[] = [
    // Through an open relay the spoofer's line still ends at the MX, but what connects there is the
    // relay: the spoofer's own node says so (the contract has no id for a third server); the relay's
    // name is in the captions, the MX's PTR bubble and the Received lines.
    throughOpenRelay(s)
      ? { ...node('spoofer', 'internet', 'attacker', SPOOFER.name), title: { key: 'node.spoofer.open-relay' } }
      : node('spoofer', 'internet', 'attacker', SPOOFER.name),
    node('mitm', 'internet', 'attacker', MITM.name),
    node('forwarder-1', 'internet', 'server', FORWARDER.name),
    // In webmail Alice writes in her browser, which speaks HTTPS to the web front end only (RFC 6409 §5.3).
    s.setup.client === 'webmail'
      ? {
          ...node('sender-client', 'sender-device', 'browser', s.sender.address),
          title: { key: 'node.sender-browser', params: names },
        }
      : node('sender-client', 'sender-device', 'client', s.sender.address, names),
    node('sender-webmail', 'sender-provider', 'server', home.webmail.name, names),
    node('sender-msa', 'sender-provider', 'server', home.msa.name),
    node('sender-mta', 'sender-provider', 'server', home.outboundMta.name),
    // The resolver is the sender provider's own recursive resolver, not "the Internet" (email-facts §8).
    node('dns', 'sender-provider', 'dns', `resolver.${home.domain}`),
    // The sender provider's store holds every example.com mailbox (Alice's, and Carol's when she is a
    // recipient too): it is named by its provider, not by one of its users.
    node('sender-store', 'sender-provider', 'store', home.store.name, { ...names, senderDomain: s.sender.domain }),
    // The MX asks its own provider's resolver for its checks; the records come from the zones that hold them.
    { ...node('recipient-mx', 'recipient-provider', 'server', mx1), resolver: ownResolver },
    { ...node('recipient-mx2', 'recipient-provider', 'server', mx2), resolver: ownResolver },
    node('relay-1', 'recipient-provider', 'filter', away?.filter.name ?? mx1),
    node('recipient-store', recipientZone, 'store', away?.store.name ?? mx1),
    node(s.retrieval === 'pop3' ? 'recipient-pop3' : 'recipient-imap', recipientZone, 'server', accessHost),
    node('recipient-client', 'recipient-device', 'client', s.recipient.address, names),
  ];
  const visited = new Set(steps.flatMap((step) => [step.from, step.to]));
  // A spoof never touches the sender's provider: only the spoofer and the recipient's side are drawn.
  const usual = new Set<NodeId>(
    forged(s)
      ? ['spoofer', 'recipient-mx', 'relay-1', 'recipient-store']
      : cross
        ? ['sender-client', 'sender-msa', 'sender-mta', 'dns', 'recipient-mx', 'relay-1', 'recipient-store']
        : ['sender-client', 'sender-msa', 'recipient-store'],
  );
  usual.add(s.retrieval === 'pop3' ? 'recipient-pop3' : 'recipient-imap').add('recipient-client');
  // An MX record that names another provider's server: only that server is drawn on the far side,
  // not the recipient's own provider inside whose box it would seem to stand.
  if (misdirectedTo(s))
    for (const id of ['relay-1', 'recipient-store', 'recipient-imap', 'recipient-pop3', 'recipient-client'] as const)
      usual.delete(id);
  const shown = all.filter((n) => usual.has(n.id) || visited.has(n.id));
  return verdict ? shown.filter((n) => !n.id.startsWith('recipient-') && n.id !== 'relay-1') : shown;
}

/** The arrows of the picture: the usual route of the mode, then any hop the steps add. */
export function graphEdges(s: Scenario, steps: readonly Step[], nodes: readonly GraphNode[]): GraphEdge[] {
  const access: NodeId = s.retrieval === 'pop3' ? 'recipient-pop3' : 'recipient-imap';
  // A browser never speaks SMTP: its route is to the web front end, which submits for it.
  const submitter: NodeId = s.setup.client === 'webmail' ? 'sender-webmail' : 'sender-client';
  const pairs: [NodeId, NodeId][] = forged(s)
    ? [
        ['spoofer', 'recipient-mx'],
        ['recipient-mx', 'relay-1'],
        ['relay-1', 'recipient-store'],
        ['recipient-client', access],
      ]
    : s.mode === 'cross-domain'
      ? [
          [submitter, 'sender-msa'],
          ['sender-msa', 'sender-mta'],
          ['sender-mta', 'dns'],
          ...((s.via
            ? [
                ['sender-mta', 'forwarder-1'],
                ['forwarder-1', 'recipient-mx'],
              ]
            : [['sender-mta', 'recipient-mx']]) as [NodeId, NodeId][]),
          ['recipient-mx', 'relay-1'],
          ['relay-1', 'recipient-store'],
          ['recipient-client', access],
        ]
      : [
          [submitter, 'sender-msa'],
          ['sender-msa', 'recipient-store'],
          ['recipient-client', access],
        ];
  for (const step of steps) if (step.from !== step.to) pairs.push([step.from, step.to]);
  const present = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  return pairs.flatMap(([from, to]) => {
    const id = `${from}->${to}`;
    if (seen.has(id) || !present.has(from) || !present.has(to)) return [];
    seen.add(id);
    const tls = tlsOf(steps, from, to);
    return [tls ? { id, from, to, tls } : { id, from, to }];
  });
}

/** How the SMTP steps on one line crossed the network: plaintext once is plaintext (DESIGN.md data-tls). */
export function tlsOf(steps: readonly Step[], from: NodeId, to: NodeId): GraphEdge['tls'] {
  const on = steps.filter((s) => s.from === from && s.to === to && s.tls !== null).map((s) => s.tls);
  return on.includes('plain') ? 'plain' : on.includes('tls') ? 'tls' : undefined;
}

export function zoneLabels(s: Scenario, verdict: Text | null = null): Plan['zoneLabels'] {
  const names = { sender: s.sender.name, recipient: s.recipient.name };
  if (s.mode === 'same-domain')
    return {
      'sender-provider': { key: 'zone.shared-provider', params: { ...names, domain: s.sender.domain } },
      'sender-device': { key: 'zone.device', params: { name: s.sender.name } },
      'recipient-device': { key: 'zone.device', params: { name: s.recipient.name } },
    };
  const owner = misdirectedTo(s);
  const recipientSide: Partial<Record<Zone, Text>> = verdict
    ? {}
    : owner
      ? { 'recipient-provider': { key: 'zone.misdirected', params: { owner, domain: s.recipient.domain } } }
      : {
          'recipient-provider': s.recipient.hasMailbox
            ? { key: 'zone.provider', params: { name: s.recipient.name, domain: s.recipient.domain } }
            : { key: 'zone.recipientProvider', params: { domain: s.recipient.domain } },
          'recipient-device': { key: 'zone.device', params: { name: s.recipient.name } },
        };
  return {
    'sender-device': { key: 'zone.device', params: { name: s.sender.name } },
    'sender-provider': { key: 'zone.provider', params: { name: s.sender.name, domain: s.sender.domain } },
    internet: { key: 'zone.internet' },
    ...recipientSide,
  };
}
