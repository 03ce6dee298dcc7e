// The picture in the DOM: the envelope moves with the clock, and each journey's marks are drawn (a
// forwarder's among them).
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PresetName } from '../../src/model';
import { pictureDrawn, renderApp, renderStore } from './render';
import { failOnConsoleErrors } from '../helpers/noConsoleErrors';
import { journeyStore } from '../helpers/journey';
import { journey, type JourneyName } from '../journeys';

failOnConsoleErrors();

/** A preset as the menu chooses it (it may rewrite the recipient), the picture drawn. */
async function renderPreset(preset: PresetName) {
  const view = renderApp();
  act(() => view.store.getState().actions.setPreset(preset));
  await pictureDrawn(view.container);
  return view;
}

const envelopeAt = (container: HTMLElement) => (container.querySelector('.ej-envelope') as HTMLElement).style.transform;

describe('the envelope', () => {
  it('moves along the hop as the clock ticks, and arrives', async () => {
    // pace=step stops at the end of the hop, however long the caption's reading time makes it.
    const { store, container } = renderApp({ pace: 'step' });
    await pictureDrawn(container);
    act(() => {
      store.getState().actions.jumpTo(1);
      store.getState().actions.play();
    });
    // The tokens come with the grammar, after the first screen: wait for the envelope, not for a time.
    await waitFor(() => expect(container.querySelector('.ej-envelope')).not.toBeNull());
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      act(() => store.getState().actions.tick(200));
      seen.push(envelopeAt(container));
    }
    expect(new Set(seen).size).toBeGreaterThanOrEqual(4);
    const msa = container.querySelector('[data-node="sender-msa"]')?.getAttribute('transform');
    const [x, y] = (msa?.match(/[\d.]+/g) ?? []).map(Number);
    expect(seen.at(-1)).toBe(
      `translate(${((x ?? 0) + 26).toFixed(1)}px, ${((y ?? 0) - 30).toFixed(1)}px) scale(1.000)`,
    );
  });

  it('is drawn as a returned letter when it is a bounce', async () => {
    const { store, container } = await renderPreset('unknown-user');
    const last = store.getState().plan!.steps.length - 1;
    act(() => store.getState().actions.jumpTo(last));
    await waitFor(() => expect(container.querySelector('.ej-envelope')).toHaveAttribute('data-token', 'bounce'));
  });
});

describe('the marks of a journey', () => {
  it('a refusal: the attempt is drawn refused and the code is written at the refusing server', async () => {
    const { store, container } = await renderPreset('unknown-user');
    const steps = store.getState().plan!.steps;
    // To the end of the journey: the last step's own attempt is drawn once it has arrived.
    act(() => store.getState().actions.jumpTo(steps.length - 1));
    act(() => store.getState().actions.stepForward());
    const refused = steps.find((s) => s.result === 'refused')!;
    // The grammar's drawing loads after the first screen: wait for it rather than for a time.
    await waitFor(() => expect(container.querySelector('.ej-attempt')).not.toBeNull());
    const attempt = container.querySelector(`.ej-attempt[data-edge="${refused.from}->${refused.to}"]`);
    expect(attempt).toHaveAttribute('data-result', 'refused');
    expect(container.querySelector('[data-code="550"]')).toHaveTextContent('550');
    // Every attempt so far is an element of its own.
    const tried = steps.filter((s) => s.result && s.from !== s.to);
    await waitFor(() => expect(container.querySelectorAll('.ej-attempt[data-result]')).toHaveLength(tried.length));
  });

  it('a wait: a queue with its waiting time; spam: the Junk folder', async () => {
    const grey = await renderPreset('greylisted');
    act(() => grey.store.getState().actions.jumpTo(grey.store.getState().plan!.steps.findIndex((s) => s.wait)));
    await waitFor(() => expect(grey.container.querySelector('[data-queue]')).toHaveTextContent('retry in 5 min'));
    grey.unmount();
    const spam = await renderPreset('spam');
    act(() => spam.store.getState().actions.jumpTo(spam.store.getState().plan!.steps.length - 1));
    await waitFor(() => expect(spam.container.querySelector('[data-folder="junk"]')).toHaveTextContent('Junk'));
  });

  it('no such domain: no recipient server, and the verdict instead, once DNS has said it', async () => {
    const { container, store } = await renderPreset('no-such-domain');
    expect(container.querySelector('[data-node^="recipient-"]')).toBeNull();
    const verdict = () => container.querySelector<SVGGElement>('[data-verdict="nxdomain"]');
    // Before Send nobody knows the domain does not exist: the verdict is kept back, and so is the bounce's route.
    await waitFor(() => expect(verdict()).not.toBeNull());
    expect(verdict()!.style.display).toBe('none');
    expect(container.querySelector('[data-edge="sender-mta->sender-store"]')).toBeNull();
    act(() => store.getState().actions.jumpTo(store.getState().plan!.steps.length - 1));
    // The verdict's words are the grammar's drawing, loaded after the first screen: wait for them.
    await waitFor(() => expect(verdict()).toHaveTextContent('no such domain'));
    await waitFor(() => expect(verdict()!.style.display).toBe(''));
    expect(container.querySelector('[data-edge="sender-mta->sender-store"]')).not.toBeNull();
  });

  it('Expert depth tags the active line with its protocol and port; Beginner does not', async () => {
    const { store, container } = renderApp({ depth: 'expert' });
    await pictureDrawn(container);
    const submit = store.getState().plan!.steps.findIndex((s) => s.id === 'submit');
    act(() => store.getState().actions.jumpTo(submit));
    // The tag is the grammar's drawing, loaded after the first screen: wait for it.
    await waitFor(() => expect(container.querySelector('.ej-pill')).toHaveTextContent('SMTP 587'));
    expect(container.querySelector('.ej-pill')).not.toHaveStyle({ display: 'none' });
    act(() => store.getState().actions.setDepth('beginner'));
    await waitFor(() => expect(container.querySelector('.ej-pill')).toHaveStyle({ display: 'none' }));
  });

  it('screen readers hear what happened on the way', async () => {
    const { store } = await renderPreset('auth-failed');
    act(() => store.getState().actions.jumpTo(2));
    const graph = screen.getByRole('group', { name: /The route of the email/ });
    expect(graph).toHaveAccessibleDescription(/Submission server \(MSA\): refused with 535\./);
  });

  it("the MX's own resolver: drawn from its first check on, named in the learner's language", async () => {
    const { store, container } = renderApp();
    await pictureDrawn(container);
    const first = store.getState().plan!.steps.findIndex((s) => s.id === 'check-ptr');
    const resolver = () => container.querySelector('[data-resolver-of="recipient-mx"]');
    act(() => store.getState().actions.jumpTo(first - 1));
    await waitFor(() => expect(container.querySelector('.ej-attempt')).not.toBeNull());
    expect(resolver()).toBeNull();
    act(() => store.getState().actions.jumpTo(first));
    await waitFor(() => expect(resolver()).toHaveAccessibleName('example.org’s resolver, resolver.example.org'));
    expect(resolver()).toHaveTextContent('resolver.example.org');
    expect(container.querySelectorAll('.ej-pull[data-pull]')).toHaveLength(2);
    // It is no node of the contract: the picture's ids stay the ones embedders enumerate.
    expect(resolver()?.closest('[data-node]')).toBeNull();
    const graph = screen.getByRole('group', { name: /The route of the email/ });
    expect(graph).toHaveAccessibleDescription(/asks example\.org’s own resolver, resolver\.example\.org/);
    act(() => store.getState().actions.setDisplay({ lang: 'de' }));
    await waitFor(() => expect(resolver()).toHaveAccessibleName('Resolver von example.org, resolver.example.org'));
    expect(resolver()).toHaveTextContent('DNS-Resolver');
  });

  it('the caption is the element with data-caption', () => {
    const { store, container } = renderApp();
    expect(container.querySelector('[data-caption]')).toHaveTextContent('Press Send');
    act(() => store.getState().actions.jumpTo(store.getState().plan!.steps.findIndex((s) => s.id === 'dns-mx')));
    expect(container.querySelector('[data-caption]')).toHaveAttribute('data-caption', 'dns-mx');
  });
});

describe('a forwarding address beside other recipients of its domain', () => {
  /** A journey of the catalogue stepped to its end with the keys (End, then →), its marks drawn. */
  async function finished(name: JourneyName) {
    const view = renderStore(journeyStore(journey(name).init));
    await pictureDrawn(view.container);
    const root = view.container.querySelector('.ej') as HTMLElement;
    act(() => {
      fireEvent.keyDown(root, { key: 'End' });
      fireEvent.keyDown(root, { key: 'ArrowRight' });
    });
    expect(root).toHaveAttribute('data-status', 'finished');
    // The grammar's drawing loads after the first screen; every journey has at least one attempt.
    await waitFor(() => expect(view.container.querySelector('.ej-attempt')).not.toBeNull());
    return { ...view, root };
  }

  it('bob@alumni forwards, carol@alumni is unknown, dave@example.org too: each result where it belongs', async () => {
    const { container, root } = await finished('forwarding-beside-others');
    expect(root).toHaveAttribute('data-outcome', 'bounced');
    for (const edge of ['sender-mta->forwarder-1', 'forwarder-1->recipient-mx', 'sender-mta->recipient-mx'])
      expect(container.querySelectorAll(`[data-edge="${edge}"]`).length, edge).toBeGreaterThan(0);
    const mark = (who: string) => container.querySelector(`[data-recipient="${who}"]`);
    expect(mark('bob@alumni.example.net')).toHaveAttribute('data-result', 'delivered');
    expect(mark('dave@example.org')).toHaveAttribute('data-result', 'delivered');
    expect(mark('carol@alumni.example.net')).toHaveAttribute('data-result', 'bounced');
    expect(mark('carol@alumni.example.net')).toHaveAttribute('data-code', '550');
    // Carol is told at the forwarder that refused her (where her mark sits is measured in Chromium,
    // forwarding.e2e.ts); the bounce is written by Alice's own relay.
    expect(container.querySelectorAll('[data-edge="sender-mta->sender-store"]').length).toBeGreaterThan(0);
  });

  it('a failed forwarded copy is bounced by the forwarder, drawn from forwarder-1 to Alice’s store', async () => {
    const { container, root } = await finished('forwarded-copy-bounces');
    expect(root).toHaveAttribute('data-outcome', 'bounced');
    expect(container.querySelectorAll('[data-edge="forwarder-1->sender-store"]').length).toBeGreaterThan(0);
    expect(container.querySelector('[data-edge="sender-mta->sender-store"]')).toBeNull();
  });
});
