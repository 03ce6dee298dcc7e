// The example lesson's script: its language, its embedded journeys, and the page reacting to their
// events (the iframe demo for developers is its own page, embed-demo.html).
// The page is written in its language first, so the journeys (following <html lang>) start in it.
import { lang } from './page';
import '../embed/element';
import './lesson.css';
import { REACTIONS } from './words';

const words = REACTIONS[lang];

const finished = new Set<string>();
const text = (id: string, value: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = value;
};

/** The role name the picture shows for a node (its title), so no internal id reaches the page. */
function roleName(element: Element, node: string): string {
  const group = [...(element.shadowRoot?.querySelectorAll('[data-node]') ?? [])].find(
    (g) => g.getAttribute('data-node') === node,
  );
  return group?.querySelector('.ej-title')?.textContent?.trim() || group?.getAttribute('aria-label') || '';
}

for (const element of document.querySelectorAll('email-journey[id]')) {
  const id = element.id;
  text(`${id}-status`, words.notSent);
  element.addEventListener('journeystart', () => text(`${id}-status`, words.onItsWay));
  element.addEventListener('journeystep', (event) => {
    const { index, to, protocol } = (event as CustomEvent<{ index: number; to: string; protocol: string }>).detail;
    // Writing the message is no network protocol: only the steps on the wire name theirs.
    const wire = protocol === 'RFC 5322' ? null : protocol;
    const where = roleName(element, to);
    text(`${id}-status`, where ? words.step(index + 1, where, wire) : words.onItsWay);
  });
  element.addEventListener('journeyend', (event) => {
    const { outcome, steps } = (event as CustomEvent<{ outcome: string; steps: number }>).detail;
    text(`${id}-status`, words.finished(outcome, steps));
    element.setAttribute('data-lesson-outcome', outcome);
    finished.add(id);
    if (finished.has('cross') && finished.has('same')) text('compare', words.compared);
  });
}
