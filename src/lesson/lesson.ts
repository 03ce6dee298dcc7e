// The example lesson's script: its embedded journeys, and the page reacting to their events (the iframe
// demo for developers is its own page, embed-demo.html).
import '../embed/element';
import './lesson.css';

const finished = new Set<string>();
const text = (id: string, value: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = value;
};

for (const element of document.querySelectorAll('email-journey[id]')) {
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
