// The app as a learner uses it: Send, the mode toggle, and a mistyped address.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pictureDrawn, renderApp } from './render';
import { CROSS_DOMAIN_NODES } from '../contract';
import { playToEnd } from '../helpers/journey';

const root = (container: HTMLElement) => container.querySelector('.ej') as HTMLElement;

describe('App', () => {
  it('Send starts the journey and the caption follows the steps', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp({ depth: 'expert' });
    expect(screen.getByText('Press Send to start the journey.')).toBeInTheDocument();
    expect(root(container)).toHaveAttribute('data-status', 'idle');

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(root(container)).toHaveAttribute('data-status', 'playing');
    const caption = () => container.querySelector('.ej-caption');
    expect(caption()).toHaveTextContent(/Alice writes to Bob and presses Send/);

    // A step lasts at least its caption's reading time (issue 16): tick until the next one.
    act(() => {
      for (let i = 0; i < 200 && store.getState().cursor < 1; i++) store.getState().actions.tick(100);
    });
    expect(caption()).toHaveTextContent(/the submission server of Alice's provider, on port 587/);
    const total = store.getState().plan!.steps.length;
    expect(container.querySelector('.ej-step-meta')).toHaveTextContent(`Step 2 of ${total} · SMTP submission`);
  });

  it('finishes with the outcome on the root element and a summary', () => {
    const { store, container } = renderApp({ speed: 20 });
    act(() => {
      store.getState().actions.send();
      playToEnd(store);
    });
    expect(root(container)).toHaveAttribute('data-status', 'finished');
    expect(root(container)).toHaveAttribute('data-outcome', 'delivered');
    expect(screen.getByText('Delivered')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send again' })).toBeEnabled();
  });

  it('the toggle changes the recipient, and typing another domain moves the toggle', async () => {
    const user = userEvent.setup();
    renderApp();
    const to = screen.getByLabelText('To');
    await user.click(screen.getByRole('radio', { name: /Same domain/ }));
    expect(to).toHaveValue('carol@example.com');
    expect(screen.getByLabelText('Message')).toHaveValue('Hi Carol, lunch on Friday?');

    await user.clear(to);
    await user.type(to, 'dave@example.org');
    expect(screen.getByRole('radio', { name: /Cross domain/ })).toBeChecked();
  });

  it('an invalid address disables Send and explains why', async () => {
    const user = userEvent.setup();
    renderApp();
    const to = screen.getByLabelText('To');
    await user.clear(to);
    await user.type(to, 'bob.example.org');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(/needs an @/);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription(/Send is off until the message is fixed/);
  });

  // Issue 16: on its way, the form folds to one line that names the email, and Edit brings it back.
  it('folds the message to one line while it is on its way, and Edit brings the form back', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.queryByLabelText('To')).toBeNull();
    expect(screen.getByRole('region', { name: 'The email' })).toHaveTextContent(
      'alice@example.com to bob@example.org“Lunch on Friday?”',
    );
    await user.click(screen.getByRole('button', { name: 'Edit the email' }));
    expect(store.getState().status).toBe('idle');
    expect(screen.getByLabelText('To')).toBeEnabled();
  });

  it('announces each step once through a polite live region', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp();
    const live = container.querySelector('[aria-live="polite"]') as HTMLElement;
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(live).toHaveTextContent(/^Step 1 of \d+/);
    const first = live.textContent;
    act(() => store.getState().actions.tick(500));
    expect(live.textContent).toBe(first);
    act(() => {
      for (let i = 0; i < 200 && store.getState().cursor < 1; i++) store.getState().actions.tick(100);
    });
    expect(live).toHaveTextContent(/^Step 2 of \d+/);
  });

  it('draws every node of the route with its contract id, marking the active one', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp();
    // The box is sized at once, so nothing below moves when the picture appears a frame later.
    expect(container.querySelector('.ej-graph svg')?.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    await pictureDrawn(container);
    const ids = [...container.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node'));
    // The contract's route, and Alice's mailbox store for her Sent copy (issue 15).
    expect(ids).toEqual(store.getState().plan!.nodes.map((n) => n.id));
    expect(ids).toEqual(expect.arrayContaining([...CROSS_DOMAIN_NODES, 'sender-store']));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(container.querySelector('[data-active="true"]')).toHaveAttribute('data-node', 'sender-client');
    const graph = screen.getByRole('group', { name: /The route of the email/ });
    expect(within(graph).queryByText('x')).toBeNull();
  });
});
