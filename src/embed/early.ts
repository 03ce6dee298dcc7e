// email-journey-early.js: a classic script for the page's <head>, for hosts that call the element's
// methods at once. email-journey.js is a module, so it runs after the page's own scripts; this one runs
// where it stands, defines <email-journey> with all its methods (calls wait, in order, until the
// module arrives) and then loads the module from beside itself, which completes the same class.
import { EmailJourneyElement } from './elementClass';

if (!customElements.get('email-journey')) {
  customElements.define('email-journey', EmailJourneyElement);
  const { src } = document.currentScript as HTMLScriptElement;
  // A module script element, as the page itself would write it: the code's lazy boundaries stay
  // those of the tiers.
  const module = document.createElement('script');
  module.type = 'module';
  module.src = new URL('email-journey.js', src).href;
  document.head.append(module);
}
