// Learning at one's own pace: playback controls, timeline, keyboard shortcuts, checkpoints, reduced
// motion, and links that open at a step.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pictureDrawn, renderApp } from './render';
import { playToEnd } from '../helpers/journey';
import { linkPages, stubClipboard } from '../helpers/openLink';

describe('playback and timeline', () => {
  it('step forward and back move one step at a time, whatever the speed', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ speed: 20 });
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(store.getState()).toMatchObject({ cursor: 1, status: 'paused' });
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(store.getState().cursor).toBe(0);
  });

  it('the timeline lists every step, marks the current one, and jumps on click', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const timeline = screen.getByRole('navigation', { name: 'Timeline of the journey' });
    const items = within(timeline).getAllByRole('button');
    expect(items).toHaveLength(store.getState().plan!.steps.length);
    // The relay's place follows the steps before it (the Sent copy, since issue 15).
    const relay = store.getState().plan!.steps.findIndex((s) => s.id === 'relay');
    const name = new RegExp(`Step ${relay + 1}: Deliver to the receiving server`);
    await user.click(within(timeline).getByRole('button', { name }));
    expect(store.getState()).toMatchObject({ cursor: relay, status: 'paused' });
    expect(within(timeline).getByRole('button', { name })).toHaveAttribute('aria-current', 'step');
  });

  it('the speed presets set the multiplier', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.selectOptions(screen.getByLabelText('Speed'), 'Fast (3×)');
    expect(store.getState().speed).toBe(3);
  });
});

describe('keyboard shortcuts', () => {
  it('Space plays and pauses, arrows step, Home and End jump', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.keyboard(' ');
    expect(store.getState().status).toBe('playing');
    await user.keyboard(' ');
    expect(store.getState().status).toBe('paused');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(store.getState().cursor).toBe(2);
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().cursor).toBe(1);
    await user.keyboard('{End}');
    expect(store.getState().cursor).toBe(store.getState().plan!.steps.length - 1);
    // End is the end: the outcome box shows at once, with no further → needed.
    expect(store.getState().status).toBe('finished');
    expect(document.querySelector('.ej-outcome[data-outcome="delivered"]')).not.toBeNull();
    await user.keyboard('{Home}');
    expect(store.getState().cursor).toBe(0);
  });

  it('never fire while typing in a field', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.click(screen.getByLabelText('Subject'));
    await user.keyboard(' {ArrowRight}?');
    expect(store.getState().status).toBe('idle');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Subject')).toHaveValue('Lunch on Friday? ?');
  });

  it('"?" opens the list of shortcuts; Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    renderApp();
    const opener = screen.getByRole('button', { name: /Keyboard shortcuts/ });
    opener.focus();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Play or pause')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});

describe('checkpoints', () => {
  it('ask before the DNS step, give feedback with an explanation, then go on', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ checkpoints: true, speed: 20 });
    act(() => {
      store.getState().actions.send();
      playToEnd(store);
    });
    const card = await screen.findByRole('region', { name: /Which server does Alice's provider ask next/ });
    expect(store.getState().cursor).toBe(store.getState().plan!.steps.findIndex((s) => s.id === 'handoff'));
    expect(document.querySelector('[data-node][data-active="true"]')?.getAttribute('data-node')).toBe('sender-mta');
    await user.click(within(card).getByRole('button', { name: "Bob's computer" }));
    // Feedback on this wrong choice first, then the explanation (issue 16).
    expect(within(card).getByRole('status')).toHaveTextContent(
      /Not quite\. The relay does not know where Bob's computer is/,
    );
    expect(within(card).getByRole('status')).toHaveTextContent(/The relay must first learn/);
    expect(within(card).getByRole('button', { name: /A DNS resolver/ })).toHaveTextContent('right answer');
    await user.click(within(card).getByRole('button', { name: 'Continue' }));
    expect(store.getState()).toMatchObject({
      cursor: store.getState().plan!.steps.findIndex((s) => s.id === 'dns-mx'),
      status: 'playing',
      pending: null,
    });
  });

  it('hide the names of steps ahead in the timeline', () => {
    const { store } = renderApp({ checkpoints: true });
    expect(screen.getAllByText('What happens next?')).toHaveLength(store.getState().plan!.steps.length);
  });
});

describe('reduced motion', () => {
  it('motion=reduce puts the envelope where it arrives instead of flying', async () => {
    const { store, container } = renderApp({ motion: 'reduce' });
    await pictureDrawn(container);
    act(() => {
      store.getState().actions.jumpTo(1);
      store.getState().actions.play();
      store.getState().actions.tick(100);
    });
    // jsdom has no geometry, so the overlay takes SVG units as pixels.
    const envelope = container.querySelector('.ej-envelope') as HTMLElement;
    const msa = container.querySelector('[data-node="sender-msa"]')?.getAttribute('transform');
    const [x, y] = (msa?.match(/[\d.]+/g) ?? []).map(Number);
    expect(envelope.style.transform).toBe(
      `translate(${((x ?? 0) + 26).toFixed(1)}px, ${((y ?? 0) - 30).toFixed(1)}px) scale(1.000)`,
    );
  });

  it('a polite live region announces once per step, not every frame', () => {
    const { store, container } = renderApp();
    const live = container.querySelector('[aria-live="polite"]') as HTMLElement;
    const seen = new Set<string>();
    act(() => store.getState().actions.send());
    for (let i = 0; i < 200; i++) {
      act(() => store.getState().actions.tick(16));
      seen.add(live.textContent ?? '');
    }
    const steps = store.getState().cursor + 1;
    expect(seen.size).toBe(steps);
  });
});

describe('the graph for screen readers', () => {
  it('lists every hop in order and marks the current one', async () => {
    const { store } = renderApp();
    const filter = store.getState().plan!.steps.findIndex((s) => s.id === 'filter');
    act(() => store.getState().actions.jumpTo(filter - 1));
    const graph = screen.getByRole('group', { name: /The route of the email/ });
    expect(graph).toHaveAccessibleDescription(/Incoming mail server \(MX\), mx1\.example\.org \(now here\)/);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(graph).toHaveAccessibleDescription(/Spam and virus filter, filter\.example\.org \(now here\)/);
  });
});

describe('clocks', () => {
  it('the Internet clock shows simulated time in the sender’s zone, through Intl', () => {
    const { store, container } = renderApp();
    act(() => store.getState().actions.jumpTo(store.getState().plan!.steps.findIndex((s) => s.id === 'relay')));
    expect(container.querySelector('.ej-clock')).toHaveTextContent(
      'Internet clock: 10:30:05 (this step takes about 1.9 sec on the real Internet)',
    );
    // Issue 16: the lesson clock counts each Beginner caption's reading time, as playback does.
    expect(container.querySelector('.ej-lesson-clock')).toHaveTextContent('Lesson time 0:48 of 1:57');
  });
});

describe('deep links', () => {
  const open = linkPages();

  // Step 8 is the relay to the MX (issue 15 put Alice's Sent copy at step 3).
  it('?step=8 opens paused at step 8, exactly as playing there would', async () => {
    const linked = await open('?step=8&depth=expert');
    const root = linked.container.querySelector('.ej');
    expect(root).toHaveAttribute('data-status', 'paused');
    await waitFor(() =>
      expect(linked.container.querySelector('[data-node][data-active="true"]')).toHaveAttribute(
        'data-node',
        'recipient-mx',
      ),
    );
    expect(linked.container.querySelector('.ej-step-meta')?.textContent).toMatch(/Step 8 of \d+/);
    await waitFor(() => expect(linked.container.querySelector('.ej-transcript')?.textContent).toMatch(/\S/));
    const transcript = linked.container.querySelector('.ej-transcript')?.textContent;
    linked.close();

    const user = userEvent.setup();
    const { container } = renderApp({ depth: 'expert', speed: 0.25 });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    for (let i = 0; i < 7; i++) await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(container.querySelector('[data-node][data-active="true"]')).toHaveAttribute('data-node', 'recipient-mx');
    await waitFor(() => expect(container.querySelector('.ej-transcript')?.textContent).toBe(transcript));
  });

  it('"Copy link to this step" gives a link that reopens the same step', async () => {
    const copied = stubClipboard();
    const first = await open('?mode=same-domain&retrieval=pop3&step=3');
    const stepped = first.store.getState();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(copied).toHaveLength(1);
    const link = new URL(copied[0]!);
    expect(link.search).toContain('step=3');
    expect(link.search).toContain('retrieval=pop3');
    expect(link.search).toContain('to=carol%40example.com');
    first.close();

    // The link reopens the same journey at the same step.
    const again = (await open(link.search)).store.getState();
    expect(again).toMatchObject({ cursor: 2, status: 'paused', retrieval: 'pop3' });
    expect(again.message).toEqual(stepped.message);
    expect(again.plan!.steps[2]).toEqual(stepped.plan!.steps[2]);
  });
});
