// Expert depth: the transcript, header, envelope and mailbox tabs, and their explanations.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset } from '../../src/model';
import { renderApp } from './render';

function playTo(store: ReturnType<typeof renderApp>['store'], stepId: string) {
  act(() => {
    const index = store.getState().plan?.steps.findIndex((s) => s.id === stepId) ?? -1;
    store.getState().actions.jumpTo(index);
  });
}

describe('Expert details', () => {
  it('Beginner hides the protocol detail; Expert shows it', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(screen.queryByRole('tablist', { name: 'Protocol detail' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Expert' }));
    expect(await screen.findByRole('tablist', { name: 'Protocol detail' })).toBeInTheDocument();
  });

  it('the conversation marks reply classes in words and explains codes on focus', async () => {
    const { store } = renderApp({ depth: 'expert' });
    playTo(store, 'submit');
    const transcript = await screen.findByRole('list', { name: 'Conversation' });
    expect(within(transcript).getAllByText('3xx go on')).toHaveLength(1);
    const term = within(transcript).getAllByText('354')[0] as HTMLElement;
    expect(term).toHaveAccessibleDescription('354: go ahead, send the message; end it with a line holding one dot.');
    term.focus();
    expect(term).toHaveFocus();
    expect(transcript.textContent).toContain(' PLAIN AGFsaWNlQGV4YW1wbGUuY29tAGNvcnJlY3QtaG9yc2UtYmF0dGVyeQ==');
    const auth = within(transcript).getByText('AUTH');
    expect(auth).toHaveAccessibleDescription(/log in; the text is user name and password in base64/);
  });

  it('tabs follow the arrow keys, and the header tab marks new Received lines', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ depth: 'expert' });
    playTo(store, 'check-dmarc');
    const first = await screen.findByRole('tab', { name: 'Conversation' });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Message header' })).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Message header' });
    const fresh = panel.querySelectorAll('li[data-new]');
    expect([...fresh].map((li) => li.getAttribute('data-field'))).toEqual(['Authentication-Results', 'Received']);
  });

  it('shows the original message at the end, Return-Path first', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ depth: 'expert' });
    playTo(store, 'read');
    await user.click(await screen.findByRole('tab', { name: 'Message header' }));
    await user.click(screen.getByRole('button', { name: 'Show original' }));
    const raw = screen.getByLabelText('The original message, as the reader’s app shows it');
    expect(
      raw.textContent?.startsWith(
        'Return-Path: <alice@example.com>\nDelivered-To: bob@example.org\nReceived: from filter.example.org',
      ),
    ).toBe(true);
    expect(raw.textContent).toContain('\n\nHi Bob, lunch on Friday?');
  });

  it('envelope and letter side by side; a bounce has the empty sender', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({
      depth: 'expert',
      preset: 'unknown-user',
      message: messageForPreset('unknown-user', DEFAULT_MESSAGE),
    });
    playTo(store, 'bounce');
    await user.click(await screen.findByRole('tab', { name: 'Envelope and letter' }));
    expect(screen.getByText('MAIL FROM:<>')).toBeInTheDocument();
    expect(screen.getByText('RCPT TO:<alice@example.com>')).toBeInTheDocument();
  });

  it('the mailbox tab shows POP3 removing the message after QUIT', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ depth: 'expert', retrieval: 'pop3' });
    playTo(store, 'read');
    await user.click(await screen.findByRole('tab', { name: 'Mailbox' }));
    expect(screen.getByText('Gone: downloaded and deleted after QUIT')).toBeInTheDocument();
    expect(screen.getByText('Never sees it: the message left the server')).toBeInTheDocument();
  });

  it("the mailbox tab: an unknown user has no mailbox and no devices; the bounce is in Alice's mailbox", async () => {
    const user = userEvent.setup();
    const { store } = renderApp({
      depth: 'expert',
      preset: 'unknown-user',
      message: messageForPreset('unknown-user', DEFAULT_MESSAGE),
    });
    playTo(store, 'reply');
    await user.click(await screen.findByRole('tab', { name: 'Mailbox' }));
    const panel = screen.getByRole('tabpanel', { name: 'Mailbox' });
    // No store to name, and no laptop or phone reading a mailbox that does not exist.
    expect(panel.textContent).not.toMatch(/Mailbox on/);
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-place')),
    ).toEqual(['server']);
    expect(within(panel).getByText("bbob's mailbox")).toBeInTheDocument();
    playTo(store, 'bounce-read');
    expect(within(panel).getByText('Mailbox on store.example.com')).toBeInTheDocument();
    expect(within(panel).getByText("Alice's laptop")).toBeInTheDocument();
    expect(panel.textContent).not.toMatch(/bbob/);
    expect(panel.textContent).toMatch(/filed in Alice's own mailbox/);
  });

  it('the mailbox tab before delivery: nothing yet, for a domain without mail no host at all', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({
      depth: 'expert',
      preset: 'no-such-domain',
      message: messageForPreset('no-such-domain', DEFAULT_MESSAGE),
    });
    playTo(store, 'dns-mx');
    await user.click(await screen.findByRole('tab', { name: 'Mailbox' }));
    const panel = screen.getByRole('tabpanel', { name: 'Mailbox' });
    expect(panel.textContent).not.toMatch(/Mailbox on|Shows the message|laptop|phone/);
  });

  it('choosing a scenario rewrites the recipient where it needs to, and back', async () => {
    const user = userEvent.setup();
    renderApp();
    const select = screen.getByLabelText('What happens on the way');
    await user.selectOptions(select, 'unknown-user');
    expect(screen.getByLabelText('To')).toHaveValue('bbob@example.org');
    await user.selectOptions(select, '');
    expect(screen.getByLabelText('To')).toHaveValue('bob@example.org');
  });
});
