// Issue 24 in the DOM: the Missions panel works with the keyboard alone, marks the open mission with
// data-mission, counts hints and Sends, announces success, and the host hears missioncomplete once.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configFromUrl } from '../../src/embed/config';
import { watchJourney } from '../../src/embed/events';
import { initFromConfig } from '../../src/embed/init';
import { failOnConsoleErrors } from '../helpers/noConsoleErrors';
import { journeyStore, playToEnd } from '../helpers/journey';
import { pictureDrawn, renderApp, renderStore } from './render';

failOnConsoleErrors();

/** Bob's MX card, opened from its node with Enter; `change` turns its knobs; Escape closes it. */
async function onMxCard(container: HTMLElement, change: (dialog: HTMLElement) => void): Promise<void> {
  const node = () => container.querySelector<SVGElement>('[data-node="recipient-mx"] [role="button"]');
  await waitFor(() => expect(node()).not.toBeNull());
  node()!.focus();
  fireEvent.keyDown(node()!, { key: 'Enter' });
  const dialog = await screen.findByRole('dialog');
  change(dialog);
  fireEvent.keyDown(dialog, { key: 'Escape' });
  expect(screen.queryByRole('dialog')).toBeNull();
}

/** Send, then End: the journey's end, finished, without being played in lesson time. */
async function sendAndFinish(container: HTMLElement, user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Send' }));
  act(() => {
    fireEvent.keyDown(document.body, { key: 'End' });
  });
  expect(container.querySelector('.ej')).toHaveAttribute('data-status', 'finished');
}

describe('the Missions panel', () => {
  it('opens a mission from the keyboard, gives hints, judges the journey and announces success', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp({ pace: 'auto', speed: 20 });
    const events: [string, Record<string, unknown>][] = [];
    const stop = watchJourney(store, (type, detail) => events.push([type, detail]));
    const toggle = screen.getByRole('button', { name: 'Missions' });
    toggle.focus();
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('region', { name: 'Missions' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveAttribute('data-mission');
    expect(document.activeElement).toHaveTextContent('Missions');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(6);
    expect(panel).toHaveTextContent('0 of 6 missions done');

    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Forge a message');
    await user.keyboard('{Enter}');
    expect(panel).toHaveAttribute('data-mission', 'forge');
    expect(document.activeElement).toHaveRole('heading');
    expect(store.getState().preset).toBe('dmarc-reject');

    await user.tab();
    expect(document.activeElement).toHaveTextContent('Show a hint');
    await user.keyboard('{Enter}');
    expect(within(panel).getByRole('list', { name: 'Hints' })).toHaveTextContent("watch Bob's receiving server");
    expect(panel).toHaveTextContent('Hints: 1 of 3');

    // The first Send misses the goal (p=reject refuses the forgery); the second, with p=none, reaches it.
    act(() => {
      store.getState().actions.send();
      playToEnd(store);
    });
    expect(within(panel).getByRole('status')).toHaveTextContent('Not yet');
    act(() => {
      store.getState().actions.editWorld({ kind: 'dmarc', domain: 'example.com', value: 'none' });
      store.getState().actions.send();
      playToEnd(store);
    });
    expect(within(panel).getByRole('status')).toHaveTextContent('Mission complete: Forge a message.');
    expect(panel).toHaveTextContent('Sends: 2');
    expect(panel).toHaveTextContent('Checks alone do not protect the sender’s address.');
    expect(events.filter(([type]) => type === 'missioncomplete')).toEqual([
      ['missioncomplete', { mission: 'forge', attempts: 2, hints: 1 }],
    ]);
    const types = events.map(([type]) => type);
    expect(types.lastIndexOf('missioncomplete')).toBeLessThan(types.lastIndexOf('journeyend'));

    // Back to the list: the mission is marked done and its button has the focus; Escape closes the panel.
    await user.click(within(panel).getByRole('button', { name: 'All missions' }));
    expect(panel).toHaveTextContent('1 of 6 missions done');
    expect(container.querySelector('[data-mission-item="forge"]')).toHaveAttribute('data-done', 'true');
    expect(document.activeElement).toHaveTextContent('Forge a message');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Missions' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    stop();
  });

  it('offers only the missions the teacher picked, and the lesson settings change them', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ missions: ['forge', 'stop-the-spoof'], mission: 'forwarding-breaks' });
    expect(store.getState().mission).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Missions' }));
    const panel = await screen.findByRole('region', { name: 'Missions' });
    const listed = () =>
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-mission-item'));
    expect(listed()).toEqual(['forge', 'stop-the-spoof']);
    await user.click(screen.getByRole('button', { name: 'Lesson settings' }));
    const offered = await screen.findByRole('group', { name: 'Missions offered' });
    await user.click(within(offered).getByRole('checkbox', { name: 'Break your own mail' }));
    await user.click(within(offered).getByRole('checkbox', { name: 'Forge a message' }));
    expect(listed()).toEqual(['stop-the-spoof', 'forwarding-breaks']);
    expect(store.getState().missionsOffered).toEqual(['stop-the-spoof', 'forwarding-breaks']);
    const link = screen.getByRole('textbox', { name: 'Link to this lesson' }) as HTMLInputElement;
    expect(link.value).toContain('missions=stop-the-spoof%2Cforwarding-breaks');
  });

  it('lookalike asks why; a wrong answer is corrected, the right one completes it', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ mission: 'lookalike', pace: 'auto', speed: 20 });
    const panel = await screen.findByRole('region', { name: 'Missions' });
    expect(panel).toHaveAttribute('data-mission', 'lookalike');
    act(() => {
      store.getState().actions.send();
      playToEnd(store);
    });
    expect(store.getState().plan?.outcome).toBe('delivered');
    const question = within(panel).getByRole('group', { name: 'Every check passed. Why?' });
    await user.click(within(question).getByRole('radio', { name: /too weak/ }));
    expect(within(panel).getByRole('status')).toHaveTextContent('Not quite');
    await user.click(within(question).getByRole('radio', { name: /attacker’s own domain/ }));
    expect(within(panel).getByRole('status')).toHaveTextContent('Mission complete: A lookalike gets through.');
    expect(store.getState().missionProgress.lookalike).toMatchObject({ attempts: 1, done: true, answer: 0 });
  });
  it('a mission opened by a link leaves the focus where the learner is when the world changes', async () => {
    const { store } = renderApp({ mission: 'eavesdrop' });
    const panel = await screen.findByRole('region', { name: 'Missions' });
    expect(panel).toHaveAttribute('data-mission', 'eavesdrop');
    // The learner is in a card (here: on Send) and turns the man in the middle on.
    const send = screen.getByRole('button', { name: 'Send' });
    send.focus();
    act(() => store.getState().actions.editWorld({ kind: 'mitm', value: true }));
    act(() => store.getState().actions.editWorld({ kind: 'mitm', value: false }));
    expect(document.activeElement).toBe(send);
    expect(panel).toHaveAttribute('data-mission', 'eavesdrop');
  });

  it('eavesdrop, then stop the downgrade, each changed on Bob’s MX card; the lesson link reopens a mission mid-way', async () => {
    const user = userEvent.setup();
    const { container } = renderApp({ pace: 'auto', speed: 20 });
    const root = container.querySelector('.ej') as HTMLElement;
    await pictureDrawn(container);
    await user.click(screen.getByRole('button', { name: 'Missions' }));
    const panel = await screen.findByRole('region', { name: 'Missions' });
    await user.click(within(panel).getByRole('button', { name: "Read Bob's mail on the wire" }));
    expect(panel).toHaveAttribute('data-mission', 'eavesdrop');

    // Bob's MX card: a man in the middle strips STARTTLS.
    await onMxCard(container, (dialog) =>
      fireEvent.click(within(dialog).getByRole('checkbox', { name: /^A man in the middle/ })),
    );
    expect(root).toHaveAttribute('data-world', 'x_1');
    await sendAndFinish(container, user);
    expect(root).toHaveAttribute('data-outcome', 'delivered');
    expect(within(panel).getByRole('status')).toHaveTextContent(/^Mission complete: Read Bob's mail on the wire\.$/);
    expect(panel).toHaveTextContent('Sends: 1');
    // The message crossed in plain text, and the picture draws it so.
    await waitFor(() => expect(container.querySelector('[data-tls="plain"]')).not.toBeNull());

    // Stop the downgrade: back to the list, the next mission opens in its own world (the man stays).
    await user.click(within(panel).getByRole('button', { name: 'All missions' }));
    await user.click(within(panel).getByRole('button', { name: 'Stop the downgrade' }));
    expect(panel).toHaveAttribute('data-mission', 'stop-the-downgrade');
    await onMxCard(container, (dialog) => {
      const policy = within(dialog).getByRole('combobox', { name: /^MTA-STS policy of example\.org/ });
      // Two ArrowDowns from None, as a keyboard user chooses it: testing, then enforce.
      const options = within(policy).getAllByRole('option') as HTMLOptionElement[];
      const now = options.findIndex((o) => o.selected);
      expect(options[now]).toHaveTextContent('None');
      fireEvent.change(policy, { target: { value: options[now + 2]!.value } });
    });
    expect(root).toHaveAttribute('data-world', 'o_example.org_e');

    // Mid-way: the lesson link (Lesson settings) carries the mission and the world as they are now.
    await user.click(screen.getByRole('button', { name: 'Lesson settings' }));
    const field = (await screen.findByRole('textbox', { name: 'Link to this lesson' })) as HTMLInputElement;
    const link = new URL(field.value);
    await user.keyboard('{Escape}');
    expect(link.searchParams.get('mission')).toBe('stop-the-downgrade');
    expect(link.searchParams.get('scenario')).toBe('starttls-stripped');

    await sendAndFinish(container, user);
    expect(root).toHaveAttribute('data-outcome', 'deferred');
    expect(within(panel).getByRole('status')).toHaveTextContent(/^Mission complete: Stop the downgrade\.$/);
    await waitFor(() => expect(container.querySelector('[data-queue]')).not.toBeNull());

    // The link reopens the same mission, in the world the learner had made, ready to Send.
    const { config } = configFromUrl(link.search);
    const again = renderStore(journeyStore(initFromConfig(config)));
    expect(again.container.querySelector('[data-mission]')).toHaveAttribute('data-mission', 'stop-the-downgrade');
    expect(again.container.querySelector('.ej')).toHaveAttribute('data-world', 'o_example.org_e');
    expect(again.store.getState().status).toBe('idle');
  });
});
