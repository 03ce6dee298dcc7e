// Which nodes the picture of a scenario shows, in which zone, and how the zones are labelled.
import type { Scenario } from './scenario';
import type { GraphEdge, GraphNode, NodeId, Plan, Step, Zone } from './types';

const node = (id: NodeId, zone: Zone, kind: GraphNode['kind'], host: string, params = {}): GraphNode => ({
  id,
  zone,
  kind,
  host,
  title: { key: `node.${id.startsWith('relay-') ? 'relay' : id}`, params },
});

/**
 * The usual route for the scenario's mode, plus anything its steps visit; nodes a failed
 * journey never reaches stay in the picture, so the learner sees where the message stopped.
 */
export function graphNodes(s: Scenario, steps: readonly Step[], mxHost: string): GraphNode[] {
  const cross = s.mode === 'cross-domain';
  const home = s.sender.provider;
  const away = cross ? s.recipient.provider : home;
  const recipientZone: Zone = cross ? 'recipient-provider' : 'sender-provider';
  const names = { sender: s.sender.name, recipient: s.recipient.name };
  const accessHost = (s.retrieval === 'pop3' ? away?.pop3 : away?.imap)?.name ?? s.recipient.domain;
  const all: GraphNode[] = [
    node('sender-client', 'sender-device', 'client', s.sender.address, names),
    node('sender-msa', 'sender-provider', 'server', home.msa.name),
    node('sender-mta', 'sender-provider', 'server', home.outboundMta.name),
    node('dns', 'internet', 'dns', `resolver.${home.domain}`),
    node('recipient-mx', 'recipient-provider', 'server', mxHost),
    node('relay-1', 'recipient-provider', 'filter', away?.filter.name ?? mxHost),
    node('recipient-store', recipientZone, 'store', away?.store.name ?? mxHost),
    node(s.retrieval === 'pop3' ? 'recipient-pop3' : 'recipient-imap', recipientZone, 'server', accessHost),
    node('recipient-client', 'recipient-device', 'client', s.recipient.address, names),
  ];
  const visited = new Set(steps.flatMap((step) => [step.from, step.to]));
  const usual = new Set<NodeId>(
    cross
      ? all.map((n) => n.id)
      : ['sender-client', 'sender-msa', 'recipient-store', 'recipient-imap', 'recipient-pop3', 'recipient-client'],
  );
  return all.filter((n) => usual.has(n.id) || visited.has(n.id));
}

/** The arrows of the picture: the usual route of the mode, then any hop the steps add. */
export function graphEdges(s: Scenario, steps: readonly Step[], nodes: readonly GraphNode[]): GraphEdge[] {
  const access: NodeId = s.retrieval === 'pop3' ? 'recipient-pop3' : 'recipient-imap';
  const route: NodeId[] =
    s.mode === 'cross-domain'
      ? [
          'sender-client',
          'sender-msa',
          'sender-mta',
          'recipient-mx',
          'relay-1',
          'recipient-store',
          access,
          'recipient-client',
        ]
      : ['sender-client', 'sender-msa', 'recipient-store', access, 'recipient-client'];
  const pairs: [NodeId, NodeId][] = route.slice(1).map((to, i) => [route[i] as NodeId, to]);
  if (s.mode === 'cross-domain') pairs.splice(2, 0, ['sender-mta', 'dns']);
  for (const step of steps) if (step.from !== step.to) pairs.push([step.from, step.to]);
  const present = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  return pairs.flatMap(([from, to]) => {
    const id = `${from}->${to}`;
    if (seen.has(id) || !present.has(from) || !present.has(to)) return [];
    seen.add(id);
    return [{ id, from, to }];
  });
}

export function zoneLabels(s: Scenario): Plan['zoneLabels'] {
  const names = { sender: s.sender.name, recipient: s.recipient.name };
  if (s.mode === 'same-domain')
    return {
      'sender-provider': { key: 'zone.shared-provider', params: { ...names, domain: s.sender.domain } },
      'sender-device': { key: 'zone.device', params: { name: s.sender.name } },
      'recipient-device': { key: 'zone.device', params: { name: s.recipient.name } },
    };
  return {
    'sender-device': { key: 'zone.device', params: { name: s.sender.name } },
    'sender-provider': { key: 'zone.provider', params: { name: s.sender.name, domain: s.sender.domain } },
    internet: { key: 'zone.internet' },
    'recipient-provider': s.recipient.hasMailbox
      ? { key: 'zone.provider', params: { name: s.recipient.name, domain: s.recipient.domain } }
      : { key: 'zone.recipientProvider', params: { domain: s.recipient.domain } },
    'recipient-device': { key: 'zone.device', params: { name: s.recipient.name } },
  };
}
