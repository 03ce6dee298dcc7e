// Several recipients at one MX, one refused (RFC 5321 §3.3: each RCPT TO gets its own reply): the
// step where RCPT is refused carries that refusal with its address, its caption says which address
// was refused and which were taken, and each recipient ends with its own result.
import { describe, expect, it } from 'vitest';
import { atDepth, t } from '../../src/i18n';
import '../../src/i18n/detail';
import { planFor } from './helpers';

const plan = planFor({ to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' });
const relay = plan.steps.find((s) => s.id === 'relay' && s.branch === 'example.org');

describe('bob and nobody at example.org, carol at home', () => {
  it('the relay step carries the 550 for nobody@example.org only, at the MX', () => {
    expect(relay).toMatchObject({ to: 'recipient-mx', rcpt: ['bob@example.org', 'nobody@example.org'] });
    expect(relay?.rcptCodes).toEqual({ 'nobody@example.org': 550 });
  });

  it('the caption names the refused address and only the accepted one as taken, at both depths', () => {
    expect(relay?.caption.params).toMatchObject({ to: 'bob@example.org', refused: 'nobody@example.org' });
    const expert = t(relay!.caption);
    expect(expert).toContain('refuses nobody@example.org: 550 5.1.1');
    expect(expert).not.toMatch(/accepts mail for [^(]*nobody/);
    expect(t(atDepth(relay!.caption, 'beginner'))).toMatch(/Bob.*no for “nobody”/);
  });

  it('each recipient has its own result', () => {
    expect(plan.recipients.map((r) => [r.address, r.outcome])).toEqual([
      ['bob@example.org', 'delivered'],
      ['carol@example.com', 'delivered'],
      ['nobody@example.org', 'bounced'],
    ]);
  });
});
