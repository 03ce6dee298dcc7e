// Several recipients in the timeline and the picture (the December audit's N18): each recipient's
// mailbox steps say whose mailbox they are, at both depths, and the store shared by example.com's
// users is named by its provider, not by Alice.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE } from '../../src/model';
import { pictureDrawn, renderApp } from './render';

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
