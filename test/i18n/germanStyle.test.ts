// German uses one genitive style for the people of the story ("Alices App", "Bobs Computer"), never
// mixed with "die App von Alice" or "von Alices eigenem Anbieter", and no "des Lesers".
import { describe, expect, it } from 'vitest';
import { wholeCatalogue } from './catalogues';

describe('German words', () => {
  it('name the people’s things in one genitive style', () => {
    const words = wholeCatalogue('de');
    const mixed = Object.entries(words).filter(([, text]) =>
      /\b(App|Browser|Handy|Computers?|Geräte|Bildschirm|IMAP-Server) von \{(sender|recipient|name)\}|von \{\w+\}s eigenem|des Lesers/.test(
        text,
      ),
    );
    expect(mixed.map(([key]) => key)).toEqual([]);
  });
});
