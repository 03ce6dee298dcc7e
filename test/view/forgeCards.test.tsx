// The open relay on the spoofer's card and ARC trust on Bob's MX card: each knob edits the world
// through the model, says so in "Your changes" and in data-world, and the journey is planned again.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset } from '../../src/model';
import { pictureDrawn, renderApp } from './render';

const button = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-node="${id}"] [role="button"]`) as SVGCircleElement;

async function openCard(container: HTMLElement, id: string) {
  await waitFor(() => expect(button(container, id)).not.toBeNull());
  const target = button(container, id);
  target.focus();
  fireEvent.keyDown(target, { key: 'Enter' });
  return screen.findByRole('dialog');
}

describe('the forger’s and the defender’s new knobs', () => {
  it('the spoofer’s card sends the forgery through an open relay: still refused at p=reject', async () => {
    const { store, container } = renderApp({ preset: 'dmarc-reject' });
    await pictureDrawn(container);
    const dialog = await openCard(container, 'spoofer');
    const forgery = within(dialog).getByRole('combobox', { name: 'What the forger writes in From:' });
    expect(within(forgery).getByRole('option', { name: /through an open relay/ })).toBeInTheDocument();
    fireEvent.change(forgery, { target: { value: 'open-relay' } });
    expect(store.getState().edits).toEqual([{ kind: 'forgery', value: 'open-relay' }]);
    expect(container.querySelector('.ej')).toHaveAttribute('data-world', 'y_r');
    expect(
      within(dialog).getByText('The forger sends the sender’s exact address through an open relay'),
    ).toBeInTheDocument();
    const plan = store.getState().plan!;
    expect(plan.outcome).toBe('rejected');
    expect(plan.steps.find((s) => s.id === 'relay')?.caption.key).toBe('step.spoof.relay.open-relay');
    await waitFor(() => expect(container.querySelector('[data-node="spoofer"]')).toHaveTextContent(/open relay/));
  });

  it('Bob’s MX card trusts the forwarder’s ARC seal: the refused forwarded copy is delivered', async () => {
    const message = messageForPreset('forwarded', DEFAULT_MESSAGE);
    const { store, container } = renderApp({
      preset: 'forwarded',
      message,
      edits: [
        { kind: 'dkim-signing', domain: 'example.com', value: 'unsigned' },
        { kind: 'dmarc', domain: 'example.com', value: 'reject' },
      ],
    });
    await pictureDrawn(container);
    expect(store.getState().plan!.outcome).toBe('bounced');
    const dialog = await openCard(container, 'recipient-mx');
    const trust = within(dialog).getByRole('checkbox', {
      name: 'Trust the ARC seal of the forwarder alumni.example.net',
    });
    expect(trust).not.toBeChecked();
    fireEvent.click(trust);
    expect(store.getState().edits.at(-1)).toEqual({ kind: 'arc-trust', domain: 'alumni.example.net', value: true });
    expect(container.querySelector('.ej')?.getAttribute('data-world')).toMatch(/\*v_alumni\.example\.net_1$/);
    expect(within(dialog).getByText('The receiving MX trusts the ARC seal of alumni.example.net')).toBeInTheDocument();
    expect(store.getState().plan!.outcome).toBe('delivered');
    await waitFor(() => expect(trust).toBeChecked());
  });
});
