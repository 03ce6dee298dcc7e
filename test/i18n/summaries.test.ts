// The outcome line says the journey's length as a person would (whole seconds, or minutes for a
// greylisting retry), and carries no "status" jargon at Expert depth either.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, loadLanguage, t } from '../../src/i18n';
import '../../src/i18n/detail';
import { DEFAULT_MESSAGE, DEFAULT_SETUP } from '../../src/model';
import { buildScenario, planJourney } from '../../src/model/engine';
import { everyJourney } from '../journeys';

const journeys = everyJourney();

beforeAll(async () => {
  await Promise.all(LANGUAGES.map(loadLanguage));
});

describe.each(LANGUAGES)('outcome lines in %s', (lang) => {
  it('round the time and leave status codes to the transcript', () => {
    const problems = journeys.flatMap(({ name, plan }) => {
      const line = t(plan.summary, undefined, lang);
      return /\d[.,]\d|\bstatus\b|\d\.\d+\.\d+/i.test(line) ? [`${name}: ${line}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('tell a greylisted journey in minutes', () => {
    const greylisted = journeys.find((j) => j.name === 'greylisted cross-domain imap');
    const fiveMinutes: Readonly<Record<string, RegExp>> = {
      en: /about 5 minutes/,
      de: /etwa 5 Minuten/,
      fr: /environ 5 minutes/,
      es: /unos 5 minutos/,
      // Arabic picks the noun's form by the count's plural category: 3 to 10 take the plural.
      ar: /نحو 5 دقائق/,
    };
    expect(t(greylisted!.plan.summary, undefined, lang)).toMatch(fiveMinutes[lang] ?? /\b5\b/);
  });
});

describe.each(LANGUAGES)('words true to their journey in %s', (lang) => {
  it('port 465: no mix-up note speaks of 587 alone', () => {
    const plan = planJourney(buildScenario(DEFAULT_MESSAGE, 'imap', null, [], { ...DEFAULT_SETUP, submission: 465 })!);
    const notes = plan.steps.flatMap((s) => (s.myth ? [t(s.myth, undefined, lang)] : []));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.includes('587') && !n.includes('465'))).toEqual([]);
  });

  it('retries are told by the real schedule, never as "shortened here"', () => {
    const queue = journeys.flatMap(({ plan }) => plan.steps.filter((s) => s.id === 'queue'));
    expect(queue.length).toBeGreaterThan(0);
    for (const s of queue) expect(t(s.caption, undefined, lang)).not.toMatch(/shortened|verkürzt|30 minutes apart/);
  });
});

describe('the MX’s checks, told after the session they belong to', () => {
  it('say when they happened: PTR at connect, SPF at MAIL FROM', () => {
    const plan = journeys.find((j) => j.name === 'default cross-domain imap')!.plan;
    const said = (id: string) => t(plan.steps.find((s) => s.id === id)!.caption);
    expect(said('check-ptr')).toMatch(/at connect, before .* greeted/);
    expect(said('check-spf')).toMatch(/^At MAIL FROM/);
  });
});
