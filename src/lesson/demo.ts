// The developer demo page: buttons on the page steer an Email Journey inside an iframe, and the page
// shows the events the frame posts back.
import './lesson.css';

const text = (id: string, value: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = value;
};

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
