// The page's language menu: every language of languages.ts by its own name, and the choice
// carried to the app's root as its language and direction.
import { fireEvent, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { LANGUAGES, LANGUAGE_NAMES } from '../../src/i18n';
import { renderApp } from '../view/render';

it('the language menu lists every language by its own name, and choosing one sets the root’s language and direction', async () => {
  const { container } = renderApp({ lang: 'ar' });
  const root = container.querySelector('.ej')!;
  expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  const menu = within(container.querySelector<HTMLElement>('.ej-header-tools')!).getByRole('combobox');
  const options = [...menu.querySelectorAll('option')];
  expect(options.map((o) => [o.value, o.textContent, o.lang])).toEqual(
    LANGUAGES.map((lang) => [lang, LANGUAGE_NAMES[lang], lang]),
  );
  fireEvent.change(menu, { target: { value: 'fr' } });
  await vi.waitFor(() => expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual(['fr', 'ltr']));
});
