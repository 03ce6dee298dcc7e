// The December audit's U11: a multiline reply is one reply, so only its last line carries the
// "2xx success" badge, not every EHLO continuation line; the C:/S: legend stands only over a
// conversation, never over a DNS answer alone.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render';

function jumpTo(store: ReturnType<typeof renderApp>['store'], stepId: string) {
  act(() => {
    const index = store.getState().plan?.steps.findIndex((s) => s.id === stepId) ?? -1;
    store.getState().actions.jumpTo(index);
  });
}

describe('the conversation’s reply classes', () => {
  it('EHLO’s continuation lines carry no class badge; its last line and every other reply do', async () => {
    const { store, container } = renderApp({ depth: 'expert' });
    jumpTo(store, 'submit');
    const transcript = await screen.findByRole('list', { name: 'Conversation' });
    const lines = within(transcript).getAllByRole('listitem');
    const continued = lines.filter((l) => /^S:\s*\d{3}-/.test(l.textContent ?? ''));
    expect(continued.length).toBeGreaterThan(1);
    for (const line of continued) expect(line.querySelector('.ej-code-class')).toBeNull();
    const ehloEnd = lines.find((l) => /^S:\s*250 /.test(l.textContent?.replace(/^S:2xx success/, 'S:') ?? ''));
    expect(ehloEnd?.querySelector('.ej-code-class')).not.toBeNull();
    expect(container.querySelector('.ej-legend')).not.toBeNull();
  });

  it('a DNS look-up alone has no C:/S: legend', async () => {
    const { store, container } = renderApp({ depth: 'expert' });
    jumpTo(store, 'dns-mx');
    await screen.findByRole('list', { name: 'Conversation' });
    expect(container.querySelector('.ej-legend')).toBeNull();
  });
});
