// A language's frame: which language a journey speaks (key, attribute, the browser's, English), the
// direction it is written in, its plural forms, and the isolation that keeps an address, a host,
// a command or a reply code in its own left-to-right run inside a right-to-left sentence.
import { describe, expect, it } from 'vitest';
import { configFromUrl } from '../../src/embed/config';
import { initFromConfig } from '../../src/embed/init';
import { directionOf, format, LANGUAGES, pickLanguage, pictureText, placeholdersOf, t } from '../../src/i18n';
import { captionWords, RIGHT_TO_LEFT } from '../../src/i18n/languages';
import { localText } from '../../src/view/trace/timeText';

const LRI = '\u2066';
const PDI = '\u2069';

describe('the language a journey speaks', () => {
  it('is the key first, then the attribute, then the browser’s languages, then English', () => {
    const other = LANGUAGES.find((lang) => lang !== 'en' && lang !== 'de') ?? 'de';
    const speaks = (lang: string | null, ...wishes: string[]) =>
      initFromConfig(configFromUrl(lang === null ? '' : `?lang=${lang}`).config, wishes).lang;
    expect(speaks('de', other, 'en')).toBe('de');
    expect(speaks(null, other, 'de')).toBe(other);
    expect(speaks(null, '', 'de-CH', other)).toBe('de');
    expect(speaks(null, 'ja', 'zh-Hant')).toBe('en');
  });

  it.each(LANGUAGES)('matches a regional tag of %s to it (fr-CA is fr)', (lang) => {
    expect(pickLanguage([`${lang}-CA`])).toBe(lang);
    expect(pickLanguage([lang.toUpperCase()])).toBe(lang);
    expect(configFromUrl(`?lang=${lang}-CA`).notices).toEqual([]);
  });

  it('falls back to English, with the polite notice, for a well-formed language the app lacks', () => {
    const { config, notices } = configFromUrl('?lang=ja-JP');
    expect(initFromConfig(config, ['de']).lang).toBe('en');
    expect(notices).toEqual([{ key: 'lang', value: 'ja-jp', fallback: 'en', hint: 'notice.hint.lang' }]);
  });
});

describe('the direction of each language', () => {
  it('is right to left for Arabic, which the app speaks, and left to right for every other', () => {
    expect(RIGHT_TO_LEFT.every((lang) => LANGUAGES.includes(lang))).toBe(true);
    for (const lang of LANGUAGES) expect(directionOf(lang)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(directionOf('xx')).toBe('ltr');
  });

  it('gives each language its Beginner word budget: English 25, every translation 30', () => {
    for (const lang of LANGUAGES) expect(captionWords(lang)).toBe(lang === 'en' ? 25 : 30);
  });
});

describe('addresses, hosts, commands and codes in a right-to-left sentence', () => {
  const caption = { params: { rcpt: 'RCPT TO:<bob@example.org>', code: '550 5.1.1', sender: 'Alice' } };

  it('sit in left-to-right isolates in Arabic, names and words left as they are', () => {
    const shown = t(
      { key: 'notice.badValue', params: { key: 'lang', value: 'bob@example.org', fallback: 'en', hint: 'Alice' } },
      undefined,
      'ar',
    );
    expect(shown).toContain(`${LRI}bob@example.org${PDI}`);
    expect(shown).not.toContain(`${LRI}Alice`);
    expect(t({ key: 'x {n}' as never, params: { n: 21 } }, undefined, 'ar')).toBe('x 21');
    expect(format('{rcpt} / {code}', caption.params)).toBe('RCPT TO:<bob@example.org> / 550 5.1.1');
    expect(t({ key: 'x.{rcpt} {code}' as never, params: caption.params }, undefined, 'ar')).toBe(
      `x.${LRI}RCPT TO:<bob@example.org>${PDI} ${LRI}550 5.1.1${PDI}`,
    );
  });

  it('are left alone in a left-to-right language: English and German text carries no control characters', () => {
    for (const lang of ['en', 'de'])
      expect(
        t(
          { key: 'notice.badValue', params: { key: 'to', value: 'bob@example.org', fallback: '-', hint: '' } },
          undefined,
          lang,
        ),
      ).not.toMatch(/[\u2066-\u2069]/);
  });

  it('make each picture label one right-to-left isolate in Arabic only', () => {
    expect(pictureText('خادم', 'ar')).toBe('\u2067خادم\u2069');
    expect(pictureText('Server', 'de')).toBe('Server');
  });
});

describe('plural forms', () => {
  const lines =
    '{count, plural, zero {no line} one {one line} two {two lines} few {# lines (few)} many {# lines (many)} other {# lines}}';

  it('follow Intl.PluralRules’ categories: Arabic’s six', () => {
    const shown = [0, 1, 2, 3, 11, 100].map((count) => format(lines, { count }, 'ar'));
    expect(shown).toEqual(['no line', 'one line', 'two lines', '3 lines (few)', '11 lines (many)', '100 lines']);
  });

  it('take `other` where a language has no such form, and an exact `=n` form first', () => {
    expect([0, 1, 2, 3].map((count) => format(lines, { count }, 'en'))).toEqual([
      '0 lines',
      'one line',
      '2 lines',
      '3 lines',
    ]);
    expect(format('{n, plural, =0 {none} one {# hop} other {# hops}}', { n: 0 }, 'en')).toBe('none');
    expect(format('{n, plural, one {# hop} other {# hops}}', { n: '1,5' }, 'de')).toBe('1,5 hops');
  });

  it('count as placeholders for the translation checks, and a choice with no value is left as written', () => {
    expect(placeholdersOf(`${lines} in {place}`)).toEqual(['count', 'place']);
    expect(format(lines, {})).toBe(lines);
  });
});

describe('local times in the tracer', () => {
  const date = { epochSeconds: Date.UTC(2025, 0, 14, 9, 30, 5) / 1000 } as Parameters<typeof localText>[0];
  const fields = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  } as const;

  it('follow each language’s conventions, always in Western digits', () => {
    for (const lang of LANGUAGES) {
      const shown = localText(date, lang);
      expect(shown, lang).toBe(new Date(Date.UTC(2025, 0, 14, 9, 30, 5)).toLocaleString(`${lang}-u-nu-latn`, fields));
      expect(shown, lang).toMatch(/2025/);
      expect(shown, lang).not.toMatch(/[\u0660-\u0669]/);
    }
  });
});
