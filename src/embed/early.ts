// email-journey-early.js: a classic script for the page's <head>, for hosts that call the element's
// methods at once. email-journey.js is a module, so it runs after the page's own scripts; this one runs
// where it stands, defines <email-journey> with all its methods (calls wait, in order, until the
// module arrives) and then loads the module from beside itself, which completes the same class.
import { EmailJourneyElement } from './elementClass';

if (!customElements.get('email-journey')) {
  customElements.define('email-journey', EmailJourneyElement);
  const { src } = document.currentScript as HTMLScriptElement;
  void import(/* @vite-ignore */ new URL('email-journey.js', src).href);
}
