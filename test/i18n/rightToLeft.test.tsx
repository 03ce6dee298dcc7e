// The direction of a journey is its own language's: set on the app's root whatever the host page
// says, and kept on a page of our own (<html lang dir>) as the learner changes language.
import { afterEach, expect, it, vi } from 'vitest';
import '../../src/embed/element';
import { followLanguage, pageLanguages } from '../../src/embed/mount';
import { journeyStore } from '../helpers/journey';

const UNTIL = { timeout: 10_000 };

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const rootOf = (element: Element) => element.shadowRoot?.querySelector('.ej');

it('an English element on a right-to-left page stays left to right; an Arabic one on a left-to-right page is right to left', async () => {
  const rtlPage = Object.assign(document.createElement('div'), { dir: 'rtl', lang: 'en' });
  const english = rtlPage.appendChild(document.createElement('email-journey'));
  const ltrPage = Object.assign(document.createElement('div'), { dir: 'ltr', lang: 'de' });
  const arabic = ltrPage.appendChild(document.createElement('email-journey'));
  arabic.setAttribute('lang', 'ar');
  document.body.append(rtlPage, ltrPage);
  await vi.waitFor(() => expect(rootOf(english)).toBeTruthy(), UNTIL);
  await vi.waitFor(() => expect(rootOf(arabic)).toBeTruthy(), UNTIL);
  expect([rootOf(english)?.getAttribute('lang'), rootOf(english)?.getAttribute('dir')]).toEqual(['en', 'ltr']);
  expect([rootOf(arabic)?.getAttribute('lang'), rootOf(arabic)?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  // The attribute changed: the same element speaks and lays out in the new language.
  arabic.setAttribute('lang', 'de');
  await vi.waitFor(() => expect(rootOf(arabic)?.getAttribute('dir')).toBe('ltr'), UNTIL);
});

it('a page of our own follows the browser’s languages, not its own <html lang>, and then shows the language chosen', () => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-EG', 'fr']);
  document.documentElement.lang = 'en';
  expect(pageLanguages()).toEqual(['ar-EG', 'fr']);
  const store = journeyStore({ lang: 'ar' });
  const stop = followLanguage(store);
  expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
  store.getState().actions.setDisplay({ lang: 'de' });
  expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['de', 'ltr']);
  stop();
  document.documentElement.removeAttribute('dir');
});
