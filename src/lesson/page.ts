// The example lesson in its language (`?lang=` or <html lang>): imported before the journeys are
// defined, so those without a lang of their own start in the page's language.
import { DE_PAGE, lessonLanguage, pieces } from './words';

export const lang = lessonLanguage(window.location.search, document.documentElement.lang);

/** Writes the page in the lesson's language: the journeys without a lang of their own follow <html lang>. */
function writePage(): void {
  document.documentElement.lang = lang;
  if (lang !== 'de') return;
  for (const element of document.querySelectorAll<HTMLElement>('[data-words]')) {
    const text = DE_PAGE[element.dataset.words ?? ''];
    if (text === undefined) continue;
    element.replaceChildren(
      ...pieces(text).map((piece) => {
        if (piece.kind === 'text') return document.createTextNode(piece.text);
        const made = document.createElement(piece.kind);
        made.textContent = piece.text;
        return made;
      }),
    );
  }
}
writePage();
