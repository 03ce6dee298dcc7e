// `npm run i18n`'s report: it covers every language of the list and finds nothing to fix in any,
// and it shows a translator every caption of a language beside English's.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n';
import { captionsOf, translationReport } from '../../scripts/i18nReport';

describe('the translation report', () => {
  it('lists every language, each with nothing missing, stray, mismatched or over its word budget', () => {
    const reports = translationReport();
    expect(reports.map((r) => r.lang)).toEqual(LANGUAGES);
    for (const report of reports)
      expect(report, report.lang).toMatchObject({ missing: [], stray: [], mismatched: [], long: [] });
  });

  it('shows every Expert and Beginner caption of a language beside English', () => {
    for (const lang of LANGUAGES) {
      const captions = captionsOf(lang);
      expect(captions.length).toBeGreaterThan(80);
      expect(captions.filter((c) => !c.text.trim()).map((c) => c.key)).toEqual([]);
    }
  });
});
