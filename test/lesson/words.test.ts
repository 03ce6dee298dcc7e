// The example lesson page's own words: every marked element has its German, the language is chosen
// as a teacher expects, and the light markup becomes pieces (never HTML).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DE_PAGE, lessonLanguage, pieces, REACTIONS } from '../../src/lesson/words';

const html = readFileSync(new URL('../../lesson.html', import.meta.url), 'utf8');
const marked = [...html.matchAll(/data-words="([^"]+)"/g)].map((m) => m[1]);

describe('the lesson page in German', () => {
  it('has German for every marked element, and no word left over', () => {
    expect(marked.length).toBeGreaterThan(30);
    expect(Object.keys(DE_PAGE).sort()).toEqual([...marked].sort());
  });

  it("takes ?lang= when the page is written in it, else the page's own language", () => {
    expect(lessonLanguage('?lang=de', 'en')).toBe('de');
    expect(lessonLanguage('?lang=de-AT', 'en')).toBe('de');
    expect(lessonLanguage('?lang=xx', 'de')).toBe('de');
    expect(lessonLanguage('', 'en')).toBe('en');
    expect(lessonLanguage('?lang=<b>', 'fr')).toBe('en');
  });

  it('turns **bold** and `code` into pieces, and angle brackets stay text', () => {
    expect(pieces('Alice (`a@b`) presses **Send** <i>')).toEqual([
      { kind: 'text', text: 'Alice (' },
      { kind: 'code', text: 'a@b' },
      { kind: 'text', text: ') presses ' },
      { kind: 'strong', text: 'Send' },
      { kind: 'text', text: ' <i>' },
    ]);
  });

  it("says where the message is by role and the outcome in the reader's words", () => {
    expect(REACTIONS.en.step(1, "Alice's mail app", null)).toBe("Step 1: now at Alice's mail app.");
    expect(REACTIONS.de.finished('bounced', 12)).toBe('Fertig: zurückgeschickt nach 12 Schritten.');
  });
});
