// Issue 16 in the DOM: each wrong choice shows its own feedback, the recap's score matches the
// answers, the picture hides the look-up line while a question is open, and the settings menu works.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import { playToEnd } from '../../helpers/journey';
import { cardInView } from '../../../src/view/lesson/Presentation';
import { renderApp } from '../render';

const root = (container: HTMLElement) => container.querySelector('.ej') as HTMLElement;

describe('checkpoints in the app', () => {
  it('say why each wrong choice is wrong, and the recap counts the answers', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp({ checkpoints: true, pace: 'auto', speed: 20 });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const given: boolean[] = [];
    for (let asked = 0; asked < 10; asked++) {
      act(() => playToEnd(store));
      const { pending, plan, status } = store.getState();
      if (status === 'finished' || pending === null) break;
      const checkpoint = plan!.steps[pending]!.checkpoint!;
      expect(root(container)).toHaveAttribute('data-asking', checkpoint.id);
      const card = await screen.findByRole('region', { name: new RegExp(t(checkpoint.question).slice(0, 20)) });
      // Wrong on the first two questions (each a different wrong choice), right afterwards.
      const choice = asked < 2 ? (checkpoint.correct + 1 + asked) % checkpoint.choices.length : checkpoint.correct;
      await user.click(within(card).getByRole('button', { name: t(checkpoint.choices[choice]!) }));
      expect(within(card).getByRole('status')).toHaveTextContent(t(checkpoint.feedback[choice]!));
      given.push(choice === checkpoint.correct);
      await user.click(within(card).getByRole('button', { name: 'Continue' }));
    }
    expect(store.getState().status).toBe('finished');
    expect(given.length).toBeGreaterThanOrEqual(4);
    const right = given.filter(Boolean).length;
    const recap = await screen.findByRole('region', { name: 'Your predictions' });
    expect(recap).toHaveTextContent(`You predicted ${right} of ${given.length} correctly.`);
    expect(recap).toHaveAttribute('data-recap', `${right}/${given.length}`);
    expect(within(recap).getAllByRole('listitem')).toHaveLength(given.length);
  });
});

describe('a question that pauses the journey', () => {
  it('is never scrolled away: the page scrolls to show its card, top first', () => {
    const side = document.createElement('div');
    side.className = 'ej-side';
    const card = document.createElement('section');
    side.append(card);
    const at = (top: number, height: number) =>
      (card.getBoundingClientRect = () => ({ top, bottom: top + height, height }) as DOMRect);
    // The card's top 220 px above the window (the page had followed the node): back into view.
    at(-220, 320);
    expect(cardInView(card, 0)).toBe(-228);
    // Scrolling planned for the node would push the card out below: the card wins.
    at(300, 320);
    expect(cardInView(card, -200)).toBe(-200 + (300 + 200 + 320 - window.innerHeight + 8));
    // In view already: the plan stands.
    at(100, 320);
    expect(cardInView(card, 0)).toBe(0);
  });

  it('holds back the common mix-up while it is open, so the question stays whole (and unspoiled)', async () => {
    const { store, container } = renderApp({ checkpoints: true, pace: 'auto' });
    act(() => store.getState().actions.send());
    const steps = store.getState().plan!.steps;
    const before = steps.findIndex((step, i) => step.myth && steps[i + 1]?.checkpoint);
    expect(before).toBeGreaterThan(0);
    act(() => store.getState().actions.jumpTo(before));
    expect(await screen.findByRole('complementary', { name: 'A common mix-up' })).toBeInTheDocument();
    act(() => store.setState({ pending: before + 1 }));
    expect(root(container)).toHaveAttribute('data-asking');
    expect(screen.queryByRole('complementary', { name: 'A common mix-up' })).toBeNull();
  });
});

describe('the folded email', () => {
  it('Edit brings the form back with focus in its first field; at the end it offers Send again', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp({ pace: 'step', speed: 20 });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(container.querySelector('.ej-compose-summary')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit the email' }));
    expect(root(container)).toHaveAttribute('data-status', 'idle');
    // The form comes back in the next frame, and its first field takes the focus Edit had.
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('.ej-compose input')));
    expect(document.activeElement?.closest('.ej-compose')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    // To the last step, and past it: the journey has finished.
    act(() => {
      fireEvent.keyDown(document.body, { key: 'End' });
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    });
    expect(root(container)).toHaveAttribute('data-status', 'finished');
    await user.click(screen.getByRole('button', { name: 'Send again' }));
    expect(root(container)).not.toHaveAttribute('data-status', 'finished');
    expect(store.getState().status).not.toBe('finished');
    // Sent again as it was: the form stays folded.
    expect(container.querySelector('.ej-compose')).toBeNull();
  });
});

describe('Lesson settings', () => {
  it('change theme, predictions, pace, layout, depth and show the link that keeps them', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Lesson settings' }));
    // The panel is fetched when the menu is first opened.
    const menu = await screen.findByRole('group', { name: 'Lesson settings' });
    await user.click(within(menu).getByRole('checkbox', { name: /Projector theme/ }));
    await user.click(within(menu).getByRole('checkbox', { name: 'Ask prediction questions' }));
    await user.click(within(menu).getByRole('radio', { name: 'Pause after each step' }));
    await user.click(within(menu).getByRole('radio', { name: 'Expert' }));
    await user.click(within(menu).getByRole('checkbox', { name: 'Presentation layout' }));
    expect(store.getState()).toMatchObject({
      theme: 'contrast',
      checkpoints: true,
      pace: 'step',
      depth: 'expert',
      layout: 'present',
    });
    expect(root(container)).toHaveAttribute('data-layout', 'present');
    expect(container.querySelector('.ej-compose')).toBeNull();
    const link = within(menu).getByRole('textbox', { name: 'Link to this lesson' }) as HTMLInputElement;
    const query = new URL(link.value).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      theme: 'contrast',
      checkpoints: '1',
      pace: 'step',
      layout: 'present',
      depth: 'expert',
    });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Lesson settings' })).toBeNull();
  });

  it('are carried by the embed dialog’s element tag and iframe snippet', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    act(() => store.getState().actions.setDisplay({ theme: 'contrast', checkpoints: true, layout: 'present' }));
    await user.click(screen.getByRole('button', { name: 'Embed this' }));
    const dialog = await screen.findByRole('dialog', { name: 'Put this journey in a lesson page' });
    const [tag, iframe] = [...dialog.querySelectorAll('pre')].map((pre) => pre.textContent ?? '');
    for (const attribute of ['theme="contrast"', 'checkpoints="1"', 'layout="present"'])
      expect(tag).toContain(attribute);
    expect(iframe).toMatch(/embed\.html\?[^"]*theme=contrast/);
    expect(iframe).toContain('checkpoints=1');
    expect(iframe).toContain('layout=present');
  });
});
