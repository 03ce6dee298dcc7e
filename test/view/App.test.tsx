// The app as a learner uses it: Send, the mode toggle, a mistyped address, a link's values, and a
// journey stepped to its end in Expert depth.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configFromUrl } from '../../src/embed/config';
import { initFromConfig } from '../../src/embed/init';
import { mountJourney } from '../../src/embed/mount';
import { pictureDrawn, renderApp, renderStore } from './render';
import { CROSS_DOMAIN_NODES, SAME_DOMAIN_NODES } from '../contract';
import { failOnConsoleErrors } from '../helpers/noConsoleErrors';
import { journeyStore, playToEnd } from '../helpers/journey';
import { mountsOutsideAct } from '../helpers/outsideAct';

const root = (container: HTMLElement) => container.querySelector('.ej') as HTMLElement;

failOnConsoleErrors();

/** The app with the store a link's query starts (as the standalone page reads it); time moves only when a test ticks it. */
const openLink = (query: string) => renderStore(journeyStore(initFromConfig(configFromUrl(query).config)));

const activeNode = (container: HTMLElement) =>
  container.querySelector('[data-node][data-active="true"]')?.getAttribute('data-node');

/**
 * Every step in turn with → (as a learner steps, without waiting out lesson time) until the journey
 * has finished, calling `seen` after each; returns the active nodes in order, repeats folded.
 */
function stepToEnd(container: HTMLElement, seen: () => void = () => {}): string[] {
  const visited: string[] = [];
  const record = () => {
    const id = activeNode(container);
    if (id && visited.at(-1) !== id) visited.push(id);
    seen();
  };
  record();
  for (let presses = 0; root(container).getAttribute('data-status') !== 'finished'; presses++) {
    if (presses > 200) throw new Error('the journey did not finish after 200 steps');
    act(() => {
      fireEvent.keyDown(root(container), { key: 'ArrowRight' });
    });
    record();
  }
  return visited;
}

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

  it('the toggle re-lays out the graph for the short path', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await pictureDrawn(container);
    expect(container.querySelectorAll('[data-node="dns"]')).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: /Same domain/ }));
    await waitFor(() => expect(container.querySelectorAll('[data-node="dns"]')).toHaveLength(0));
    expect(screen.getByLabelText('To')).toHaveValue('carol@example.com');
    await user.click(screen.getByRole('radio', { name: /Cross domain/ }));
    await waitFor(() => expect(container.querySelectorAll('[data-node="dns"]')).toHaveLength(1));
  });

  it('same-domain: never visits DNS or a relay, and is delivered', async () => {
    const { container } = openLink('?mode=same-domain&speed=20');
    expect(screen.getByLabelText('To')).toHaveValue('carol@example.com');
    await pictureDrawn(container);
    expect(container.querySelector('[data-node="dns"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const visited = stepToEnd(container);
    expect(root(container)).toHaveAttribute('data-outcome', 'delivered');
    // The contract's route in order of first visit, besides Alice's Sent copy on her own mailbox store.
    expect([...new Set(visited)].filter((n) => n !== 'sender-store')).toEqual([...SAME_DOMAIN_NODES]);
  });
});

describe('a preset in Expert depth', () => {
  // Every preset's outcome and defining line are the model's (test/model/presets.test.ts); here one
  // bounce is followed in the Expert panels, step by step as a learner would, to Alice's app where
  // the bounce comes back.
  it('unknown-user bounces: the refusal shows in the conversation, the outcome is told, the bounce comes back to Alice', async () => {
    const { container } = openLink('?scenario=unknown-user&speed=20&depth=expert');
    await pictureDrawn(container);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    // The conversation panel loads lazily: it is there before the steps go by.
    await screen.findByRole('list', { name: 'Conversation' });
    const lines = new Set<string>();
    const visited = stepToEnd(container, () =>
      container.querySelectorAll('.ej-transcript code').forEach((c) => lines.add(c.textContent ?? '')),
    );
    expect(root(container)).toHaveAttribute('data-outcome', 'bounced');
    expect([...lines]).toContain('550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown');
    expect(container.querySelector('.ej-outcome')?.textContent?.length).toBeGreaterThan(20);
    expect(container.querySelector('.ej-caption')?.textContent).not.toBe('');
    expect(visited.at(-1)).toBe('sender-client');
  });

  it('a delivered journey ends with the raw message: one Received per server, newest on top', async () => {
    const user = userEvent.setup();
    const { store } = openLink('?speed=20&depth=expert');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    act(() => {
      playToEnd(store);
    });
    expect(store.getState().status).toBe('finished');
    await user.click(await screen.findByRole('tab', { name: 'Message header' }));
    await user.click(screen.getByRole('button', { name: 'Show original' }));
    const raw = screen.getByLabelText('The original message, as the reader’s app shows it').textContent ?? '';
    expect([...raw.matchAll(/\tby (\S+)/g)].map((m) => m[1])).toEqual([
      'store.example.org',
      'filter.example.org',
      'mx1.example.org',
      'out1.example.com',
      'smtp.example.com',
    ]);
    expect(raw.startsWith('Return-Path: <alice@example.com>')).toBe(true);
  });
});

describe('a link with values the app cannot use', () => {
  // Mounted as the standalone page mounts a link, outside act(): the test waits for what it checks.
  mountsOutsideAct();

  it('a garbage URL parameter gets a polite notice and the default', async () => {
    const { config, notices } = configFromUrl(`?speed=banana&to=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const container = document.body.appendChild(document.createElement('div'));
    const { unmount } = mountJourney(container, config, { notices });
    const notice = await screen.findByRole('status', { name: 'Some settings in the link were not used' });
    expect(notice).toHaveTextContent('speed=banana is not a valid value');
    expect(screen.getByLabelText('To')).toHaveValue('bob@example.org');
    expect(container.querySelectorAll('img')).toHaveLength(0);
    unmount();
    container.remove();
  });
});
