// Beginner learners see only the Beginner words, so every failure must say its own plain reason:
// the caption of the step where it goes wrong differs from every other failure's, and the outcome
// line carries no Expert jargon (reply codes, enhanced status codes, the DMARC sentence).
import { beforeAll, describe, expect, it } from 'vitest';
import { atDepth, LANGUAGES, loadLanguage, t } from '../../src/i18n';
import '../../src/i18n/detail';
import '../../src/i18n/detail';
import { DEFAULT_MESSAGE, messageForPreset, type Plan, type PresetName, type WorldEdit } from '../../src/model';
import { buildScenario, planJourney } from '../../src/model/engine';

const BOB = 'bob@example.org';

/** Every way a journey can fail, each once: a preset or a world edit of its own. */
const FAILURES: readonly { name: string; preset: PresetName | null; edits: readonly WorldEdit[] }[] = [
  { name: 'unknown-user', preset: 'unknown-user', edits: [] },
  { name: 'mailbox-full', preset: 'mailbox-full', edits: [] },
  { name: 'mailbox-full for now', preset: null, edits: [{ kind: 'mailbox', address: BOB, value: 'temporary' }] },
  { name: 'relay-denied', preset: 'relay-denied', edits: [] },
  { name: 'auth-failed', preset: 'auth-failed', edits: [] },
  { name: 'too-large', preset: 'too-large', edits: [] },
  { name: 'no-such-domain', preset: 'no-such-domain', edits: [] },
  { name: 'null-mx', preset: 'null-mx', edits: [] },
  { name: 'DNS fails (SERVFAIL)', preset: null, edits: [{ kind: 'servfail', domain: 'example.org', value: true }] },
  { name: 'all-mx-down', preset: 'all-mx-down', edits: [] },
  { name: 'dmarc-reject', preset: 'dmarc-reject', edits: [] },
  {
    name: 'too large for the MX',
    preset: null,
    edits: [
      { kind: 'size-limit', host: 'mx1.example.org', value: 1 },
      { kind: 'attachment', value: 5 },
    ],
  },
];

function planOf(preset: PresetName | null, edits: readonly WorldEdit[]): Plan {
  const message = preset ? messageForPreset(preset, DEFAULT_MESSAGE) : DEFAULT_MESSAGE;
  const scenario = buildScenario(message, 'imap', preset, edits);
  if (!scenario) throw new Error(`no scenario for ${preset ?? 'edits'}`);
  return planJourney(scenario);
}

/** The step where the journey goes wrong: the first refusal, deferral, silence or DNS verdict. */
function failingStep(plan: Plan) {
  const dns = plan.recipientVerdict ? plan.steps.find((s) => s.id === 'dns-mx') : undefined;
  return dns ?? plan.steps.find((s) => s.result === 'refused' || s.result === 'deferred' || s.result === 'no-answer');
}

beforeAll(async () => {
  await Promise.all(LANGUAGES.map(loadLanguage));
});

describe.each(LANGUAGES)('Beginner failures in %s', (lang) => {
  const beginner = (text: Parameters<typeof atDepth>[0]) => t(atDepth(text, 'beginner'), undefined, lang);

  it('each say their own reason at the step where they happen', () => {
    const said = FAILURES.map(({ name, preset, edits }) => {
      const step = failingStep(planOf(preset, edits));
      expect(step, name).toBeDefined();
      // The same people in every journey, so only the reason can tell them apart.
      const caption = step && { ...step.caption, params: { ...step.caption.params, recipient: 'Bob' } };
      return { name, text: caption ? beginner(caption) : '' };
    });
    const same = said.flatMap((a, i) =>
      said.slice(i + 1).flatMap((b) => (a.text === b.text ? [`${a.name} = ${b.name}: "${a.text}"`] : [])),
    );
    expect(same).toEqual([]);
  });

  it('tell a too-large message by its attachment from the very first step', () => {
    const [compose] = planOf('too-large', []).steps;
    expect(compose && beginner(compose.caption)).toMatch(/v[ií]d[eé]o|فيديو/i);
    const [plain] = planOf(null, []).steps;
    expect(plain && beginner(plain.caption)).not.toMatch(/v[ií]d[eé]o|فيديو/i);
  });

  it('end on outcome lines without reply codes, status codes or the checks’ acronyms', () => {
    const problems = FAILURES.flatMap(({ name, preset, edits }) => {
      const summary = beginner(planOf(preset, edits).summary);
      return /\b[2-5]\d\d\b|\b\d\.\d+\.\d+\b|\bstatus\b|SPF|DKIM|DMARC|\{\w+\}/.test(summary)
        ? [`${name}: "${summary}"`]
        : [];
    });
    expect(problems).toEqual([]);
  });
});
