// Every word a journey shows is filled in: no caption, mix-up note or outcome line of any journey,
// at any step, in any language, at either depth, shows a bare `{placeholder}`.
import { beforeAll, describe, expect, it } from 'vitest';
import { atDepth, LANGUAGES, loadLanguage, t } from '../../src/i18n';
import '../../src/i18n/detail';
import '../../src/i18n/detail';
import type { Text } from '../../src/model';
import { everyJourney } from '../journeys';

const journeys = everyJourney();

beforeAll(async () => {
  await Promise.all(LANGUAGES.map(loadLanguage));
});

describe.each(LANGUAGES)('the words of every journey in %s', (lang) => {
  it.each(['expert', 'beginner'] as const)('leave no placeholder unfilled at %s depth', (depth) => {
    const problems: string[] = [];
    const check = (where: string, text: Text | null) => {
      if (!text) return;
      const shown = t(atDepth(text, depth), undefined, lang);
      if (/\{\w+\}/.test(shown)) problems.push(`${where} (${text.key}): "${shown}"`);
    };
    for (const { name, plan } of journeys) {
      for (const step of plan.steps) {
        check(`${name}, step ${step.index + 1}`, step.caption);
        check(`${name}, mix-up at step ${step.index + 1}`, step.myth);
      }
      check(`${name}, outcome`, plan.summary);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the filter step', () => {
  it('names the MX actually used: mx2 when mx1 does not answer', () => {
    const filterOf = (name: string) =>
      journeys.find((j) => j.name === name)?.plan.steps.find((s) => s.id === 'filter')?.caption.params?.mx;
    expect(filterOf('default cross-domain imap')).toBe('mx1.example.org');
    expect(filterOf('primary-mx-down cross-domain imap')).toBe('mx2.example.org');
  });
});
