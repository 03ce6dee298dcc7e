// The check badges at the MX say what the MX's own Authentication-Results header says: SPF passes
// for the domain it checked even when that domain does not align with From: (SRS, RFC 7208 §2.4,
// RFC 7489 §3.1.2), and a From: domain without a DMARC record has no DMARC result to badge (`none`,
// RFC 7489 §6.6.3), never a pass.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset, PRESETS, type Plan, type PresetName } from '../../src/model';
import { planFor } from './helpers';

const planOf = (preset: PresetName | null) => planFor(preset ? messageForPreset(preset, DEFAULT_MESSAGE) : {}, preset);

/** The badges as the picture draws them at the last MX that checked: check → ✓ or ✗. */
function badges(plan: Plan): Record<string, string> {
  const checks = plan.steps.filter((s) => s.id.startsWith('check-'));
  const mx = checks.at(-1)?.to;
  const out: Record<string, string> = {};
  for (const s of checks.filter((c) => c.to === mx)) for (const v of s.verdicts) out[v.check] = v.pass ? '✓' : '✗';
  return out;
}

/** The results the receiving MX wrote into the header (the newest Authentication-Results). */
function header(plan: Plan): Record<string, string> {
  const field = plan.steps.at(-1)?.headers.find((h) => h.name === 'Authentication-Results');
  return Object.fromEntries([...(field?.value ?? '').matchAll(/\b(spf|dkim|dmarc)=(\w+)/g)].map((m) => [m[1], m[2]]));
}

describe('the badges at the MX', () => {
  it('agree with the MX’s Authentication-Results in every preset that checks', () => {
    const wrong: string[] = [];
    for (const preset of [null, ...PRESETS]) {
      const plan = planOf(preset);
      const drawn = badges(plan);
      const written = header(plan);
      if (!written.spf) continue;
      for (const check of ['spf', 'dkim', 'dmarc'] as const) {
        const expected = written[check] === 'pass' ? '✓' : written[check] === 'none' ? undefined : '✗';
        if (drawn[check] !== expected)
          wrong.push(`${preset ?? 'default'} ${check}: ${drawn[check]} vs ${written[check]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('forwarded: SPF passes for the SRS domain and is marked as not aligned with From:', () => {
    const spf = planOf('forwarded')
      .steps.filter((s) => s.id === 'check-spf')
      .at(-1)?.verdicts;
    expect(spf).toEqual([{ check: 'spf', pass: true, aligned: false }]);
  });

  it('mailing list: no DMARC record gives no DMARC badge, and the caption’s subject tag is the header’s', () => {
    const plan = planOf('mailing-list');
    expect(badges(plan)).toEqual({ ptr: '✓', spf: '✓', dkim: '✗' });
    const forward = plan.steps.find((s) => s.id === 'forward');
    const subject = forward?.headers.find((h) => h.name === 'Subject')?.value ?? '';
    const tag = /^\[[^\]]+\]/.exec(subject)?.[0];
    expect(tag).toBe('[friends]');
    expect(forward?.caption.params?.list).toBe('friends');
  });
});
