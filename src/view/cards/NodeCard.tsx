// A node's card: what the learner can change about a server or the DNS, as an accessible dialog.
// The knobs come from the model's editing face (cardFor), every change from editFor; focus goes
// back to the node when it closes. This chunk brings the editing face with it: a first visit that
// never opens a card does not download it.
import { useMemo } from 'react';
import type { NodeId } from '../../model';
import { cardFor } from '../../model/engine';
import { Dialog } from '../Dialog';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';
import { CardField } from './CardField';
import { hasAbout, NodeAbout } from './NodeAbout';
import './cards.css';
import { WorldChanges } from './WorldChanges';

export function NodeCard({ node, onClose }: { node: NodeId; onClose: () => void }) {
  const t = useT();
  const scenario = useJourney((s) => s.scenario);
  const world = useJourney((s) => s.world);
  const host = useJourney((s) => s.plan?.nodes.find((n) => n.id === node)?.host ?? '');
  const editWorld = useJourney((s) => s.actions.editWorld);
  const card = useMemo(
    () => (scenario ? cardFor(node, scenario, world ?? scenario.world) : null),
    [scenario, world, node],
  );
  // The DNS card edits the domains' zones, not the resolver's settings: its title says so.
  const zones = node === 'dns' && scenario;
  const title = zones
    ? t('card.title.dns', { recipientDomain: scenario.recipient.domain, senderDomain: scenario.sender.domain })
    : card
      ? `${t(card.title)}${host ? ` (${host})` : ''}`
      : host;
  return (
    <Dialog title={title} closeLabel={t('card.close')} onClose={onClose}>
      <div className="ej-node-card" data-card={node}>
        <NodeAbout node={node} host={host} />
        {card && card.controls.length > 0
          ? card.controls.map((control) => <CardField key={control.id} control={control} onEdit={editWorld} />)
          : !hasAbout(node) && <p>{t('card.nothing')}</p>}
        <WorldChanges headingLevel={3} />
      </div>
    </Dialog>
  );
}
