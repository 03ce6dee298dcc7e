// The cards: a server's or the DNS node's knobs, opened from the picture with the keyboard, editing
// the world through the model; the changes listed in words, undone one by one or all at once.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configFromUrl } from '../../src/embed/config';
import { initFromConfig } from '../../src/embed/init';
import { failOnConsoleErrors } from '../helpers/noConsoleErrors';
import { journeyStore } from '../helpers/journey';
import { pictureDrawn, renderApp, renderStore } from './render';

failOnConsoleErrors();

const node = (container: HTMLElement, id: string) => container.querySelector(`[data-node="${id}"]`) as SVGGElement;
/** A node's button: the halo drawn around it. */
const button = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-node="${id}"] [role="button"]`) as SVGCircleElement;

async function openCard(container: HTMLElement, id: string) {
  const target = button(container, id);
  target.focus();
  fireEvent.keyDown(target, { key: 'Enter' });
  return screen.findByRole('dialog');
}

describe('cards', () => {
  it("servers, the DNS node and the reader's app are buttons with names; nodes without a card are not", async () => {
    const { container } = renderApp();
    await pictureDrawn(container);
    await waitFor(() => expect(button(container, 'recipient-mx')).not.toBeNull());
    expect(button(container, 'recipient-mx')).toHaveAttribute('tabindex', '0');
    expect(button(container, 'recipient-mx')).toHaveAccessibleName('Incoming mail server (MX) mx1.example.org');
    expect(button(container, 'recipient-mx')).toHaveAccessibleDescription(/Opens a card/);
    expect(button(container, 'dns')).not.toBeNull();
    expect(button(container, 'recipient-client')).not.toBeNull();
    expect(button(container, 'sender-store')).toBeNull();
  });

  it('the outgoing relay tells its retries; the reading server and the reader choose IMAP or POP3', async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    await waitFor(() => expect(button(container, 'sender-mta')).not.toBeNull());
    const relay = await openCard(container, 'sender-mta');
    expect(relay).toHaveTextContent(/out1\.example\.com holds the message in its queue/);
    expect(relay).toHaveTextContent(/for up to 5 days/);
    expect(relay).not.toHaveTextContent('Nothing to change on this one.');
    fireEvent.click(within(relay).getByRole('button', { name: 'Close' }));
    const reader = await openCard(container, 'recipient-imap');
    expect(reader).toHaveTextContent(/imap\.example\.org serves Bob's mailbox over IMAP/);
    fireEvent.click(within(reader).getByRole('radio', { name: 'POP3 (downloads it)' }));
    expect(store.getState().retrieval).toBe('pop3');
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('checkbox', { name: 'POP3: leave a copy on the server' }),
    );
    expect(store.getState().setup.keep).toBe(true);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    // While a journey runs the choice waits: it would change how the journey ends.
    act(() => store.getState().actions.send());
    const app = await openCard(container, 'recipient-client');
    expect(within(app).getByRole('radio', { name: 'IMAP (stays on the server)' })).toBeDisabled();
    expect(app).toHaveTextContent('choose it before you send again');
  });

  it('Enter opens the card, a knob edits the world, Escape closes it and focus returns to the node', async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    await waitFor(() => expect(button(container, 'recipient-mx')).not.toBeNull());
    const dialog = await openCard(container, 'recipient-mx');
    expect(dialog).toHaveAccessibleName(/Incoming mail server \(MX\)/);
    const reach = within(dialog).getByRole('combobox', { name: /Is mx1\.example\.org running\?/ });
    // One ArrowDown from the default reaches it: "No answer" is the choice right after "Yes, it answers".
    const choices = within(reach).getAllByRole('option') as HTMLOptionElement[];
    const chosen = choices.findIndex((option) => option.selected);
    expect(choices[chosen]).toHaveTextContent('Yes, it answers');
    expect(choices[chosen + 1]).toHaveValue('timeout');
    expect(choices[chosen + 1]).toHaveTextContent('No answer (the connection times out)');
    fireEvent.change(reach, { target: { value: 'timeout' } });
    expect(store.getState().edits).toEqual([{ kind: 'reach', host: 'mx1.example.org', value: 'timeout' }]);
    expect(within(dialog).getByText('mx1.example.org does not answer')).toBeInTheDocument();
    expect(container.querySelector('.ej')).toHaveAttribute('data-world', 'r_mx1.example.org_t');
    // The journey is planned again at once: it tries mx1, then delivers through mx2.
    const relays = store.getState().plan!.steps.filter((s) => s.id === 'relay');
    expect(relays.map((s) => [s.to, s.result])).toEqual([
      ['recipient-mx', 'no-answer'],
      ['recipient-mx2', 'accepted'],
    ]);
    await waitFor(() => expect(node(container, 'recipient-mx')).toHaveAttribute('data-changed', 'offline'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button(container, 'recipient-mx'));
  });

  it('mx1 taken offline, Send: the picture shows mx1 tried and mx2 delivering; undo restores the default', async () => {
    const user = userEvent.setup();
    const { container } = renderApp({ speed: 20 });
    await pictureDrawn(container);
    const dialog = await openCard(container, 'recipient-mx');
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Is mx1\.example\.org running\?/ }), {
      target: { value: 'timeout' },
    });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    const root = container.querySelector('.ej') as HTMLElement;
    await user.click(screen.getByRole('button', { name: 'Send' }));
    // On to the end with the → shortcut, one step at a time, each step drawn before the next.
    const visited: string[] = [];
    for (let presses = 0; root.getAttribute('data-status') !== 'finished'; presses++) {
      expect(presses).toBeLessThan(200);
      const id = container.querySelector('[data-node][data-active="true"]')?.getAttribute('data-node');
      if (id && visited.at(-1) !== id) visited.push(id);
      act(() => {
        fireEvent.keyDown(document.body, { key: 'ArrowRight' });
      });
    }
    expect(root).toHaveAttribute('data-outcome', 'delivered');
    expect(visited).toContain('recipient-mx');
    expect(visited.indexOf('recipient-mx2')).toBeGreaterThan(visited.indexOf('recipient-mx'));
    // Each attempt is drawn as its own mark: the timed-out one to mx1, then the accepted one to mx2.
    await waitFor(() =>
      expect(
        [...container.querySelectorAll('.ej-attempt[data-result]')]
          .map((e) => `${e.getAttribute('data-result')} ${e.getAttribute('data-edge')}`)
          .filter((a) => a.includes('->recipient-mx')),
      ).toEqual(['no-answer sender-mta->recipient-mx', 'accepted sender-mta->recipient-mx2']),
    );

    const list = screen.getByRole('region', { name: 'Your changes' });
    await user.click(within(list).getByRole('button', { name: /^Undo: mx1\.example\.org/ }));
    expect(root).toHaveAttribute('data-world', '');
    await waitFor(() => expect(node(container, 'recipient-mx2')).toBeNull());
    await waitFor(() => expect(node(container, 'recipient-mx')).not.toHaveAttribute('data-changed'));
  });

  it('the URL round-trips the edits: the world key opens the same world, and Copy link carries it', async () => {
    const user = userEvent.setup();
    const { config } = configFromUrl('?world=r_mx1.example.org_t');
    const { container } = renderStore(journeyStore(initFromConfig(config)));
    await pictureDrawn(container);
    expect(container.querySelector('.ej')).toHaveAttribute('data-world', 'r_mx1.example.org_t');
    expect(screen.getByRole('region', { name: 'Your changes' })).toHaveTextContent('mx1.example.org does not answer');
    await waitFor(() => expect(node(container, 'recipient-mx')).toHaveAttribute('data-changed', 'offline'));
    // user-event's clipboard stands in for the browser's: the link is read back from it.
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(new URL(copied).searchParams.get('world')).toBe('r_mx1.example.org_t');
  });

  it('Space opens a card too, and does not start the journey', async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    await waitFor(() => expect(button(container, 'dns')).not.toBeNull());
    const target = button(container, 'dns');
    target.focus();
    fireEvent.keyDown(target, { key: ' ' });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('group', { name: /MX records of example\.org/ })).toBeInTheDocument();
    expect(store.getState().status).toBe('idle');
  });

  it('the changes list undoes one edit, and Reset the world undoes them all', async () => {
    const user = userEvent.setup();
    const { store, container } = renderApp();
    await pictureDrawn(container);
    act(() => {
      store.getState().actions.editWorld({ kind: 'greylisting', host: 'mx1.example.org', value: true });
      store.getState().actions.editWorld({ kind: 'spam', host: 'filter.example.org', value: true });
    });
    const list = screen.getByRole('region', { name: 'Your changes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('mx1.example.org greylists first attempts'),
      expect.stringContaining('filter.example.org marks incoming mail as spam'),
    ]);
    await user.click(within(list).getByRole('button', { name: /Undo: mx1\.example\.org greylists/ }));
    expect(store.getState().edits).toEqual([{ kind: 'spam', host: 'filter.example.org', value: true }]);
    await user.click(within(list).getByRole('button', { name: 'Reset the world' }));
    expect(store.getState().edits).toEqual([]);
    expect(container.querySelector('.ej')).toHaveAttribute('data-world', '');
  });

  it('a double click on Undo takes back one edit; an edit past what a link carries is refused, and said', async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    act(() => {
      store.getState().actions.editWorld({ kind: 'greylisting', host: 'mx1.example.org', value: true });
      store.getState().actions.editWorld({ kind: 'spam', host: 'filter.example.org', value: true });
    });
    const list = screen.getByRole('region', { name: 'Your changes' });
    const undo = within(list).getByRole('button', { name: /Undo: mx1\.example\.org greylists/ });
    fireEvent.click(undo, { detail: 1 });
    // The second click of the double click lands on the row that moved up: it takes nothing back.
    fireEvent.click(within(list).getByRole('button', { name: /Undo: filter/ }), { detail: 2 });
    expect(store.getState().edits).toEqual([{ kind: 'spam', host: 'filter.example.org', value: true }]);

    act(() => {
      for (let n = 1; n <= 30; n++)
        store.getState().actions.editWorld({ kind: 'size-limit', host: `mx${n}.example.org`, value: 10 });
    });
    expect(within(list).getByRole('status')).toHaveTextContent(
      'At most 24 changes fit in a link: undo one to make another.',
    );
  });

  it('while a journey plays, the page says the change applies to the next Send', async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    act(() => store.getState().actions.send());
    const dialog = await openCard(container, 'recipient-mx');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Greylisting/ }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Your change applies to the next Send.');
    expect(within(dialog).getByRole('status')).toHaveTextContent('The journey on screen goes on as it was sent.');
    expect(store.getState().plan!.steps.some((s) => s.result === 'deferred')).toBe(false);
    // The journey on screen is not drawn as if the MX had changed mid-way; the next Send is.
    expect(node(container, 'recipient-mx')).not.toHaveAttribute('data-changed');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    act(() => store.getState().actions.restart());
    await waitFor(() => expect(node(container, 'recipient-mx')).toHaveAttribute('data-changed', 'greylisting'));
  });

  it('the DNS card says whose zones it edits and who asks; its SERVFAIL switch queues the message', async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    const dialog = await openCard(container, 'dns');
    expect(dialog).toHaveAccessibleName('The DNS zones of example.org and example.com');
    expect(dialog).toHaveTextContent(/the MX records of example\.org, the SPF, DKIM and DMARC records of example\.com/);
    expect(dialog).toHaveTextContent(/the receiving MX asks its own resolver/);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /example\.org's name servers fail/ }));
    expect(store.getState().edits).toEqual([{ kind: 'servfail', domain: 'example.org', value: true }]);
    expect(within(dialog).getByText("example.org's DNS answers SERVFAIL (a temporary failure)")).toBeInTheDocument();
    expect(container.querySelector('.ej')).toHaveAttribute('data-world', 'q_example.org_1');
    expect(store.getState().plan!.outcome).toBe('deferred');
    await waitFor(() => expect(node(container, 'dns')).toHaveAttribute('data-changed', 'offline'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    // The submission server's card: the login, and the sender check many providers make after it.
    const msa = await openCard(container, 'sender-msa');
    expect(msa).toHaveTextContent(/sender's address \(MAIL FROM and From:\) is one the logged-in user may use/);
  });

  it('the MX list: records are removed and added through the model', async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    const dialog = await openCard(container, 'dns');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove the MX record mx1.example.org' }));
    const edit = store.getState().edits[0];
    expect(edit).toMatchObject({ kind: 'mx', domain: 'example.org' });
    expect(edit && 'value' in edit ? edit.value : null).toEqual([{ preference: 20, exchange: 'mx2.example.org' }]);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Add an MX record' }));
    const after = store.getState().edits[0];
    expect(after && 'value' in after && Array.isArray(after.value) ? after.value.length : 0).toBe(2);
  });
});
