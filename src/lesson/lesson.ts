// The example lesson's script: three embedded journeys and an iframe, and the page reacting to their events.
import '../embed/element';
import './lesson.css';

const finished = new Set<string>();
const text = (id: string, value: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = value;
};

for (const element of document.querySelectorAll('email-journey')) {
  const id = element.id;
  element.addEventListener('journeystart', () => text(`${id}-status`, 'On its way…'));
  element.addEventListener('journeystep', (event) => {
    const { index, to, protocol } = (event as CustomEvent<{ index: number; to: string; protocol: string }>).detail;
    text(`${id}-status`, `Step ${index + 1}: now at ${to} (${protocol}).`);
  });
  element.addEventListener('journeyend', (event) => {
    const { outcome, steps } = (event as CustomEvent<{ outcome: string; steps: number }>).detail;
    text(`${id}-status`, `Finished: ${outcome} after ${steps} steps.`);
    element.setAttribute('data-lesson-outcome', outcome);
    finished.add(id);
    if (finished.has('cross') && finished.has('same'))
      text(
        'compare',
        'You ran both. The same-domain message never needed DNS, the outgoing relay or the Internet hop.',
      );
  });
}

const frame = document.getElementById('framed') as HTMLIFrameElement | null;
const toFrame = (message: Record<string, unknown>) =>
  frame?.contentWindow?.postMessage({ source: 'email-journey', ...message }, window.location.origin);

for (const button of document.querySelectorAll<HTMLButtonElement>('.frame-controls button')) {
  button.addEventListener('click', () => {
    if (button.dataset.command) toFrame({ command: button.dataset.command });
    if (button.dataset.set) toFrame({ command: 'set', config: { mode: button.dataset.set } });
  });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== window.location.origin || event.source !== frame?.contentWindow) return;
  const data = event.data as { source?: string; type?: string; detail?: Record<string, unknown> };
  if (data?.source !== 'email-journey' || typeof data.type !== 'string') return;
  const detail = data.detail ?? {};
  const summary =
    data.type === 'journeyend'
      ? `Finished: ${String(detail.outcome)} after ${String(detail.steps)} steps.`
      : data.type === 'journeystep'
        ? `Step ${Number(detail.index) + 1}: now at ${String(detail.to)}.`
        : data.type === 'ready'
          ? 'The framed journey is ready.'
          : `Event: ${data.type}`;
  text('frame-status', summary);
  frame?.setAttribute('data-last-event', data.type);
});
