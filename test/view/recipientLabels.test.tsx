// Several recipients in the timeline and the picture (the December audit's N18): each recipient's
// mailbox steps say whose mailbox they are, at both depths, and the store shared by example.com's
// users is named by its provider, not by Alice. Then Bcc in the envelope only, each result shown
// once its branch has decided it, and the compose form's Cc, Bcc and options.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_MESSAGE } from '../../src/model';
import { pictureDrawn, renderApp } from './render';
import { linkPages } from '../helpers/openLink';
import { journey } from '../journeys';

const message = { ...DEFAULT_MESSAGE, to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' };
const labels = () =>
  within(screen.getByRole('navigation', { name: 'Timeline of the journey' }))
    .getAllByRole('button')
    .map((b) => b.querySelector('.ej-timeline-label')?.textContent ?? '');

describe('several recipients', () => {
  it('Expert: the timeline names whose mailbox each branch files into and reads from; the picture names the shared store by its provider', async () => {
    const { container } = renderApp({ message, depth: 'expert' });
    const all = labels();
    for (const name of ['Bob', 'Carol']) {
      expect(all).toContain(`File in ${name}'s mailbox`);
      expect(all).toContain(`"New mail" notice to ${name}`);
      expect(all).toContain(`${name} reads the email`);
    }
    expect(all).not.toContain('File in the mailbox');
    await pictureDrawn(container);
    const text = container.textContent ?? '';
    expect(text).toContain("example.com's mailbox store");
    expect(text).not.toContain("Alice's mailbox store");
  });

  it('Beginner: the same, in plain words', () => {
    renderApp({ message });
    const all = labels();
    expect(all).toContain("Save in Bob's mailbox");
    expect(all).toContain("Save in Carol's mailbox");
  });
});

describe('three recipients in two domains and one local', () => {
  const open = linkPages();

  it('at the submission, Bcc is in the envelope and not in the letter, and no result is shown before its branch decided it', async () => {
    const errors = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    // Opened at step 2, the submission, where all three are spoken.
    const { container, store } = await open(`?${journey('three-recipients').query}&lang=en&motion=reduce&step=2`);
    expect(store.getState().plan!.steps[store.getState().cursor]?.id).toBe('submit');
    expect(container.querySelectorAll('[data-recipient]')).toHaveLength(0);
    await user.click(screen.getByRole('radio', { name: 'Expert' }));
    await user.click(await screen.findByRole('tab', { name: 'Envelope and letter' }));
    const envelope = container.querySelector('[data-envelope="rcpt"]')?.textContent;
    const letter = container.querySelector('[data-letter="recipients"]')?.textContent;
    expect(envelope).toContain('RCPT TO:<dave@example.net>');
    expect(envelope).toContain('RCPT TO:<bob@example.org>');
    expect(letter).toContain('bob@example.org');
    expect(letter).not.toContain('dave@example.net');
    expect(container.querySelectorAll('[data-recipient]')).toHaveLength(0);
    // The step keys belong to the page, not to the tab list that has focus now.
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{End}');
    await waitFor(() => expect(store.getState().status).toBe('finished'));
    await waitFor(() =>
      expect([...container.querySelectorAll('[data-recipient]')].map((r) => r.getAttribute('data-recipient'))).toEqual([
        'bob@example.org',
        'carol@example.com',
        'dave@example.net',
      ]),
    );
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('the compose form', () => {
  const open = linkPages();

  it('keeps Cc, Bcc and the choices behind one button on the To row, and names the bad address', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    const toggle = screen.getByRole('button', { name: 'Cc, Bcc and options' });
    expect(toggle.closest('[data-field="to"]')).not.toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('Cc')).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Webmail in the browser' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const cc = await screen.findByLabelText('Cc', { exact: true });
    await user.click(cc);
    await user.paste('carol@example.com, dave example.net');
    await waitFor(() =>
      expect(container.querySelector('[data-field="cc"] .ej-error')).toHaveTextContent('dave example.net'),
    );
    expect(cc).toHaveAttribute('aria-invalid', 'true');
    await user.clear(cc);
    await user.paste('carol@example.com');
    expect(cc).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('radio', { name: 'Webmail in the browser' }));
    await waitFor(() => expect(container.querySelectorAll('[data-node="sender-webmail"]')).toHaveLength(1));
    // With webmail no app submits, so the port choice goes; with POP3, "leave a copy" appears.
    expect(container.querySelector('[data-control="submission"]')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'POP3: leave a copy on the server' })).toBeNull();
    await user.click(container.querySelector('input[name="ej-retrieval"][value="pop3"]') as HTMLInputElement);
    expect(screen.getByRole('checkbox', { name: 'POP3: leave a copy on the server' })).toBeInTheDocument();
  });

  it('opens with the disclosure shown when a link sets Bcc', async () => {
    await open(`?${journey('three-recipients').query}&lang=de`);
    expect(await screen.findByRole('button', { name: 'Cc, Bcc und Optionen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(await screen.findByLabelText('Bcc', { exact: true })).toHaveValue('dave@example.net');
  });
});
