// The common mix-ups (myths) are each true in every journey where they are shown: a myth may not
// contradict the picture it sits beside (two providers where a third organisation is drawn, "never
// log in" after the app logged in, "never send or receive" after the app filed its Sent copy).
import { beforeAll, describe, expect, it } from 'vitest';
import { t, atDepth, LANGUAGES, loadLanguage } from '../../src/i18n';
import type { Text } from '../../src/model';
import '../../src/i18n/detail';
import { everyJourney } from '../journeys';

const plans = everyJourney();
const shown = plans.flatMap(({ name, plan }) =>
  plan.steps.flatMap((s, at) => (s.myth ? [{ name, plan, at, myth: s.myth as Text }] : [])),
);
const words = (myth: Text) => (['expert', 'beginner'] as const).map((d) => t(atDepth(myth, d)));

describe('the mix-ups agree with the journey they are shown in', () => {
  it('the routers myth never counts two providers where a third organisation is drawn', () => {
    const third = shown.filter(
      ({ plan, myth }) => myth.key === 'myth.6' && plan.nodes.some((n) => n.id === 'forwarder-1'),
    );
    expect(third.length).toBeGreaterThan(0);
    for (const { name, myth } of third)
      for (const text of words(myth)) expect(text, name).not.toMatch(/two providers/i);
  });

  it('the roles myth never says a server that passes mail on never logs in (the submission server takes AUTH)', () => {
    const roles = shown.filter(({ myth }) => myth.key === 'myth.1');
    expect(roles.length).toBeGreaterThan(0);
    for (const { name, myth } of roles)
      for (const text of words(myth)) {
        expect(text, name).toMatch(/login|password/i);
        expect(text, name).not.toMatch(/never log in/i);
      }
  });

  it('the reading-protocols myth does not say the app never puts mail into the store after its IMAP APPEND', () => {
    const reading = shown.filter(
      ({ plan, at, myth }) => myth.key === 'myth.2' && plan.steps.slice(0, at).some((s) => s.id === 'sent'),
    );
    expect(reading.length).toBeGreaterThan(0);
    for (const { name, myth } of reading)
      for (const text of words(myth)) {
        expect(text, name).not.toMatch(/never send or receive|never sends or receives/i);
        expect(text, name).toMatch(/Sent/);
      }
  });
});

describe('"no login" is said only of delivery between servers on port 25, in every language', () => {
  beforeAll(async () => {
    await Promise.all(LANGUAGES.map(loadLanguage));
  });
  // The submission server does take a login: every text that says "no login" says where (port 25).
  const keys = ['myth.1', 'checkpoint.no-login.2', 'checkpoint.forged-sender.0.why', 'checkpoint.final-dot.3.why'];
  it.each(LANGUAGES)('%s', (lang) => {
    for (const key of keys) expect(t({ key }, undefined, lang), `${lang} ${key}`).toMatch(/\b25\b/);
  });
});
