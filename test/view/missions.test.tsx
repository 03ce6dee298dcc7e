// Issue 24 in the DOM: the Missions panel works with the keyboard alone, marks the open mission with
// data-mission, counts hints and Sends, announces success, and the host hears missioncomplete once.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { watchJourney } from '../../src/embed/events';
import { playToEnd } from '../helpers/journey';
import { renderApp } from './render';

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
});
