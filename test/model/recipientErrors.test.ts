// Malformed recipient lists (issue 15 review): addresses typed with only spaces between them get a
// message that names them and spells out the commas; semicolons separate like commas (Outlook's habit);
// and whatever is typed, validation never throws and every refusal is a message in English and German.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isKnown, loadLanguage, t } from '../../src/i18n';
import '../../src/i18n/detail';
import { planWithDetail } from '../../src/model/detail';
import { DEFAULT_MESSAGE, validateMessage, type ComposedMessage } from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planJourney } from '../../src/model/engine';

beforeAll(async () => {
  await loadLanguage('de');
});

const withTo = (to: string, cc = '', bcc = ''): ComposedMessage => ({ ...DEFAULT_MESSAGE, to, cc, bcc });

describe('addresses separated by spaces or semicolons', () => {
  it('"bob@example.org dave@example.org" names what was typed and shows it with commas', () => {
    const error = validateMessage(withTo('bob@example.org dave@example.org')).to;
    expect(error).toEqual({
      key: 'error.recipients.separator',
      params: { typed: 'bob@example.org dave@example.org', count: 2, fixed: 'bob@example.org, dave@example.org' },
    });
    expect(t(error!, undefined, 'en')).toBe(
      '“bob@example.org dave@example.org” looks like 2 addresses with only spaces between them. Separate them with commas: bob@example.org, dave@example.org',
    );
    expect(t(error!, undefined, 'de')).toContain('Trenne sie mit Kommas: bob@example.org, dave@example.org');
  });

  it('names the entry in Cc too, beside correctly separated ones', () => {
    const error = validateMessage(
      withTo('bob@example.org', 'carol@example.com, dave@example.org  erin@example.net'),
    ).cc;
    expect(error?.key).toBe('error.recipients.separator');
    expect(error?.params).toMatchObject({ typed: 'dave@example.org  erin@example.net', count: 2 });
  });

  it('a sentence with spaces is still "no spaces in an address", not a list', () => {
    expect(validateMessage(withTo('see you at noon')).to?.key).toBe('error.address.spaces');
  });

  it('semicolons separate recipients as commas do; the header is written with commas', () => {
    expect(validateMessage(withTo('bob@example.org; dave@example.org'))).toEqual({});
    const scenario = buildScenario(withTo('bob@example.org;dave@example.org;'), 'imap', null);
    expect(scenario?.recipients.map((r) => r.address)).toEqual(['bob@example.org', 'dave@example.org']);
    const plan = planWithDetail(scenario!);
    expect(plan.recipients.map((r) => r.outcome)).toEqual(['delivered', 'delivered']);
    const to = plan.steps.find((s) => s.id === 'compose')?.headers.find((h) => h.name === 'To')?.value;
    expect(to).toBe('Bob <bob@example.org>, Dave <dave@example.org>');
  });
});

describe('malformed recipient lists (property)', () => {
  const piece = fc.constantFrom(
    'bob@example.org',
    'dave@example.org',
    'erin@example.net',
    'carol@example.com',
    'bob',
    '@example.org',
    'bob@',
    'a@b@example.org',
    'bob@example',
    'Bob <bob@example.org>',
    '"bob"@example.org',
    'bob@exa mple.org',
    'bob@gmail.com',
    'ü@example.org',
    'x'.repeat(70) + '@example.org',
  );
  const separator = fc.constantFrom(', ', ',', ';', '; ', ' ', '  ', ',,', ' , ', '\t', '\n', '');
  const field = fc
    .array(fc.tuple(piece, separator), { maxLength: 10 })
    .map((parts) => parts.map(([p, s]) => p + s).join(''));

  it('never throws, and either sends or says what is wrong in both languages', () => {
    fc.assert(
      fc.property(field, field, field, (to, cc, bcc) => {
        const message = withTo(to, cc, bcc);
        const errors = validateMessage(message);
        const scenario = buildScenario(message, 'imap', null);
        if (Object.keys(errors).length === 0) {
          expect(scenario).not.toBeNull();
          expect(planJourney(scenario!).recipients.length).toBeGreaterThan(0);
          return;
        }
        expect(scenario).toBeNull();
        for (const error of Object.values(errors)) {
          for (const lang of ['en', 'de']) {
            expect(isKnown(error.key, lang), `${error.key} in ${lang}`).toBe(true);
            const shown = t(error, undefined, lang);
            expect(shown.length).toBeGreaterThan(10);
            expect(shown).not.toMatch(/\{\w+\}/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
