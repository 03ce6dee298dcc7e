// The Beginner layer: every caption of every step of every journey, in every language, is short,
// plain and free of host names, ports and bare reply codes; every step has a plain timeline label.
import { beforeAll, describe, expect, it } from 'vitest';
import { atDepth, hasMessage, isKnown, LANGUAGES, loadLanguage, t } from '../../src/i18n';
import '../../src/i18n/detail';
import { enJourney } from '../../src/i18n/en/journey';
import { captionWords } from '../../src/i18n/languages';
import '../../src/i18n/detail';
import { everyJourney } from '../journeys';

/** The word budget of a Beginner caption: each language's own, listed beside it (languages.ts). */
const limit = captionWords;
const journeys = everyJourney();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

beforeAll(async () => {
  await Promise.all(LANGUAGES.map(loadLanguage));
});

describe.each(LANGUAGES)('Beginner captions in %s', (lang) => {
  it('exist for every step of every journey, within the word limit, in plain words', () => {
    expect(journeys.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const { name, plan } of journeys)
      for (const step of plan.steps) {
        const text = atDepth(step.caption, 'beginner');
        const where = `${name}, step ${step.index + 1} (${step.caption.key})`;
        if (!text.key.startsWith('beginner.') || !isKnown(text.key, lang)) {
          problems.push(`${where}: no Beginner caption`);
          continue;
        }
        const shown = t(text, undefined, lang);
        if (words(shown) > limit(lang)) problems.push(`${where}: ${words(shown)} words`);
        if (/\b[2-5]\d\d\b/.test(shown)) problems.push(`${where}: a reply code in "${shown}"`);
        if (/example\.(com|org|net)/.test(shown)) problems.push(`${where}: a host name in "${shown}"`);
        if (/\bports?\b|:\d{2,5}\b/i.test(shown)) problems.push(`${where}: a port in "${shown}"`);
        if (/\{\w+\}/.test(shown)) problems.push(`${where}: an unfilled placeholder in "${shown}"`);
        if (shown === t(step.caption, undefined, lang)) problems.push(`${where}: the same as Expert`);
      }
    expect(problems).toEqual([]);
  });

  it('give every step a plain timeline label and a short mix-up note', () => {
    const problems: string[] = [];
    for (const { plan } of journeys)
      for (const step of plan.steps) {
        const label = atDepth({ key: `label.${step.id}` }, 'beginner');
        if (!isKnown(label.key, lang) || !label.key.startsWith('beginner.')) problems.push(`label of ${step.id}`);
        else if (/\b(SMTP|DNS|MX|MSA|MTA|IMAP|POP3|RFC|LMTP|SPF|DKIM|DMARC)\b/.test(t(label, undefined, lang)))
          problems.push(`label of ${step.id} has an acronym`);
        if (step.myth) {
          const note = atDepth(step.myth, 'beginner');
          if (!note.key.startsWith('beginner.')) problems.push(`mix-up ${step.myth.key}`);
          else if (words(t(note, undefined, lang)) > limit(lang) + 5) problems.push(`mix-up ${note.key} is long`);
        }
      }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the catalogues', () => {
  it('have a Beginner twin for every Expert caption key, even those no journey reaches yet', () => {
    const captions = Object.keys(enJourney).filter((key) => key.startsWith('step.'));
    expect(captions.length).toBeGreaterThan(40);
    const missing = captions.flatMap((key) =>
      LANGUAGES.filter((lang) => !isKnown(`beginner.${key}`, lang) || !hasMessage(`beginner.${key}`)).map(
        (lang) => `${lang} ${key}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('keep the Expert wording at Expert depth', () => {
    const caption = { key: 'step.submit', params: { sender: 'Alice' } };
    expect(atDepth(caption, 'expert')).toBe(caption);
    expect(atDepth(caption, 'beginner').key).toBe('beginner.step.submit');
  });
});
