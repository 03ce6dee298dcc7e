// French elides "de" and "que" before a name that starts with a vowel ("d’Alice"), which only the
// filling of a placeholder can do; host names, addresses and other languages keep the words as written.
import { beforeAll, describe, expect, it } from 'vitest';
import { format, loadLanguage, t } from '../../src/i18n';

beforeAll(() => loadLanguage('fr'));

describe('French elision', () => {
  it('writes d’ and qu’ before a name with a vowel, and leaves other names alone', () => {
    expect(format('la boîte de {sender}', { sender: 'Alice' }, 'fr')).toBe('la boîte d’Alice');
    expect(format('De {sender} à {recipient}', { sender: 'Émile', recipient: 'Bob' }, 'fr')).toBe('D’Émile à Bob');
    expect(format('plus tôt que {sender}', { sender: 'Ivan' }, 'fr')).toBe('plus tôt qu’Ivan');
    expect(format('la boîte de {sender}', { sender: 'Bob' }, 'fr')).toBe('la boîte de Bob');
    expect(t('node.sender-browser', { sender: 'Alice' }, 'fr')).toMatch(/d’Alice$/);
  });

  it('keeps “de” before host names, addresses, codes and numbers, and in other languages', () => {
    expect(format('l’adresse de {mx}', { mx: 'mx1.example.org' }, 'fr')).toBe('l’adresse de mx1.example.org');
    expect(format('de {from}', { from: 'alice@example.com' }, 'fr')).toBe('de alice@example.com');
    expect(format('de {code}', { code: 'IMAP' }, 'fr')).toBe('de IMAP');
    expect(format('de {n}', { n: 8 }, 'fr')).toBe('de 8');
    expect(format('la casa de {sender}', { sender: 'Alice' }, 'es')).toBe('la casa de Alice');
    expect(format('de {sender}', {}, 'fr')).toBe('de {sender}');
  });
});
