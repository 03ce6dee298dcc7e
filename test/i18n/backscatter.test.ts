// The December audit's N21: a refused spoof tells the truth about backscatter (a real MTA that gets
// 550 bounces to MAIL FROM; only spamware drops it), and an SPF hard fail delivered under p=none is
// not passed over in silence (RFC 5321 §3.6.3, RFC 7208 §8.4).
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { journey, planOf } from '../journeys';

describe('what a refused or tolerated spoof really leads to', () => {
  it('dmarc-reject: the refusal would come back to Alice as backscatter from a real server', () => {
    const reply = planOf(journey('dmarc-reject')).steps.find((s) => s.id === 'reply')!;
    const words = t(reply.caption);
    expect(words).toContain('backscatter');
    expect(words).toContain('MAIL FROM:<alice@example.com>');
    expect(words).toMatch(/spamware/);
  });

  it('p=none with SPF and DKIM failing: the caption says receivers often act on the SPF fail themselves', () => {
    const dmarc = planOf(journey('dmarc-none-unaligned')).steps.find((s) => s.id === 'check-dmarc')!;
    expect(dmarc.caption.key).toBe('step.check.dmarc.none');
    expect(t(dmarc.caption)).toContain('5.7.23');
  });
});
