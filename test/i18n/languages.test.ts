// Every language in the list against English: the same keys in every tier, the same placeholders in
// every string, a Beginner twin wherever English has one, and the loader finding all of it. A language
// outside the list falls back to English.
import { describe, expect, it } from 'vitest';
import { configFromUrl } from '../../src/embed/config';
import { initFromConfig } from '../../src/embed/init';
import { LANGUAGES, LANGUAGE_NAMES, greetings, loadLanguage, pickLanguage, placeholdersOf, t } from '../../src/i18n';
import { DEFAULT_MESSAGE } from '../../src/model';
import { journeyStore } from '../helpers/journey';
import { FOLDERS, TIERS, TRANSLATIONS, en, tierWords, wholeCatalogue } from './catalogues';

/** A string's placeholders, a plural choice (`{count, plural, …}`) counted by its name as the app reads it. */
const placeholders = placeholdersOf;

describe('the list of languages', () => {
  it('has English first and exactly one line for each folder', () => {
    expect(LANGUAGES[0]).toBe('en');
    expect([...LANGUAGES].sort()).toEqual(FOLDERS);
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang], lang).toMatch(/\S/);
  });
});

describe.each(TRANSLATIONS)('%s', (lang) => {
  it.each(TIERS)('has every key of English’s %s tier, in English’s order, and no other', (tier) => {
    const words = tierWords(lang, tier);
    expect(words, `src/i18n/${lang}/${tier}.ts`).toBeDefined();
    expect(Object.keys(words ?? {})).toEqual(Object.keys(tierWords('en', tier) ?? {}));
  });

  it('has the placeholders English has in every string, and no others', () => {
    const words = wholeCatalogue(lang);
    const wrong = Object.entries(en)
      .filter(([key, english]) => placeholders(words[key] ?? '').join() !== placeholders(english).join())
      .map(
        ([key, english]) => `${key}: ${placeholders(words[key] ?? '').join() || '-'} ≠ ${placeholders(english).join()}`,
      );
    expect(wrong).toEqual([]);
  });

  it('has a Beginner twin wherever English has one', () => {
    const words = wholeCatalogue(lang);
    const twins = Object.keys(en).filter((key) => key.startsWith('beginner.'));
    expect(twins.length).toBeGreaterThan(100);
    expect(twins.filter((key) => !words[key]?.trim())).toEqual([]);
  });

  it('is what the loader brings: every tier, every key, in its own words', async () => {
    await loadLanguage(lang);
    const words = wholeCatalogue(lang);
    const notLoaded = Object.keys(en).filter((key) => t(key as keyof typeof en, undefined, lang) !== words[key]);
    expect(notLoaded).toEqual([]);
  });

  it('names its greetings, and its sample message opens with one of them', async () => {
    await loadLanguage(lang);
    const own = (wholeCatalogue(lang)['compose.greetings'] ?? '').split(',').map((word) => word.trim());
    expect(own.every(Boolean)).toBe(true);
    expect(greetings()).toEqual(expect.arrayContaining(own));
    const body = t('default.body', { recipient: 'Bob' }, lang);
    expect(own.some((greeting) => body.startsWith(`${greeting} Bob`))).toBe(true);
    // Choosing the sender's own provider changes who the message is for, and the name after the greeting.
    const store = journeyStore({ lang, message: { ...DEFAULT_MESSAGE, body } });
    store.getState().actions.setMode('same-domain');
    expect(store.getState().message).toMatchObject({
      to: 'carol@example.com',
      body: t('default.body', { recipient: 'Carol' }, lang),
    });
  });
});

describe('a language that is not in the list', () => {
  it('is never picked: the next wish, or English', () => {
    expect(pickLanguage([null, 'de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['xx', 'ja'])).toBe('en');
    expect(pickLanguage(['xx', 'de'])).toBe('de');
    expect(pickLanguage(['', 'EN-gb'])).toBe('en');
  });

  it('?lang=xx opens in English, with the sample message in English and the polite notice', async () => {
    const { config, notices } = configFromUrl('?lang=xx');
    const init = initFromConfig(config, ['de']);
    expect(init.lang).toBe('en');
    expect(init.message).toMatchObject({ subject: DEFAULT_MESSAGE.subject, body: DEFAULT_MESSAGE.body });
    expect(notices).toEqual([
      expect.objectContaining({
        key: 'lang',
        value: 'xx',
        fallback: 'en',
        hint: 'notice.hint.lang',
      }),
    ]);
    await expect(loadLanguage('xx')).resolves.toBeUndefined();
    expect(t('compose.send', {}, 'xx')).toBe('Send');
  });

  it('a malformed language tag falls back to English with the polite notice', () => {
    const { config, notices } = configFromUrl('?lang=%3Cb%3E');
    expect(initFromConfig(config).lang).toBe('en');
    expect(notices).toEqual([expect.objectContaining({ key: 'lang', hint: 'notice.hint.lang' })]);
  });
});
