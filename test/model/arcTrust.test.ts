// Bob's MX trusting the forwarder's ARC seal (RFC 8617 §7.2; email-facts.md §8, §9): a forwarded copy
// of unsigned mail from a p=reject domain fails DMARC at example.org, and is refused, unless the MX
// trusts alumni.example.net's seal, whose sealed results passed: then local policy delivers it, and
// Authentication-Results says arc=pass and the override. DMARC itself still fails.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, encodeEdits, messageForPreset, type Plan, type WorldEdit } from '../../src/model';
import { buildScenario, cardFor, decodeEdits, editFor, withEdit } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';
import { t } from '../../src/i18n';
import '../../src/i18n/detail';

const SEALER = 'alumni.example.net';
const trust = (value: boolean): WorldEdit => ({ kind: 'arc-trust', domain: SEALER, value });
const BREAKS: readonly WorldEdit[] = [
  { kind: 'alias', address: 'bob@alumni.example.net', value: 'bob@example.org' },
  { kind: 'dkim-signing', domain: 'example.com', value: 'unsigned' },
  { kind: 'dmarc', domain: 'example.com', value: 'reject' },
];
const scenarioOf = (edits: readonly WorldEdit[]) => {
  const s = buildScenario(messageForPreset('forwarded', DEFAULT_MESSAGE), 'imap', null, edits);
  if (!s) throw new Error('the forwarded message always plans');
  return s;
};
const planIn = (edits: readonly WorldEdit[]): Plan => planWithDetail(scenarioOf(edits));
const header = (p: Plan, name: string) =>
  (p.steps.at(-1)?.headers ?? []).filter((h) => h.name === name).map((h) => h.value.replace(/\r\n\t/g, ' '));
const dmarcStep = (p: Plan) => p.steps.filter((s) => s.id === 'check-dmarc').at(-1);

describe('a forwarded copy at p=reject', () => {
  it('is refused with 550 5.7.1 when the MX does not trust the seal (as before), and the forwarder bounces', () => {
    for (const edits of [BREAKS, [...BREAKS, trust(false)]]) {
      const p = planIn(edits);
      expect(p.outcome).toBe('bounced');
      expect(p.steps.some((s) => s.from === 'recipient-mx' && s.code === 550)).toBe(true);
      expect(dmarcStep(p)?.verdicts).toEqual([{ check: 'dmarc', pass: false, result: 'reject' }]);
    }
  });

  it('is delivered to the inbox, DMARC still failing, when the MX trusts the forwarder’s ARC seal', () => {
    const p = planIn([...BREAKS, trust(true)]);
    expect(p.outcome).toBe('delivered');
    expect(p.steps.some((s) => s.to === 'recipient-store' && s.folder === 'inbox')).toBe(true);
    const check = dmarcStep(p);
    expect(check?.auth).toBe('spf=pass;dkim=none;dmarc=fail');
    expect(check?.verdicts).toEqual([{ check: 'dmarc', pass: false, result: 'arc=pass' }]);
    expect(check?.caption.key).toBe('step.check.dmarc.arc');
    expect(check?.caption.params?.sealer).toBe(SEALER);
    expect(check?.myth?.key).toBe('myth.12');
    expect(check?.transcript.some((l) => l.note?.key === 'note.arc.override')).toBe(true);
  });

  it('writes the ARC set the forwarder added and the MX’s arc=pass with the override', () => {
    const p = planIn([...BREAKS, trust(true)]);
    const [seal] = header(p, 'ARC-Seal');
    expect(seal).toContain('i=1;');
    expect(seal).toContain('cv=none');
    expect(seal).toContain(`d=${SEALER}`);
    expect(header(p, 'ARC-Message-Signature')[0]).toContain(`d=${SEALER}`);
    const sealed = header(p, 'ARC-Authentication-Results')[0] ?? '';
    expect(sealed).toContain('spf=pass smtp.mailfrom=example.com');
    expect(sealed).toContain('dkim=none (no signature)');
    expect(sealed).toContain('dmarc=pass');
    const results = header(p, 'Authentication-Results').find((v) => v.startsWith('mx1.example.org')) ?? '';
    // arc's registered properties are header.oldest-pass and smtp.remote-ip, never header.d.
    expect(results).toContain(`arc=pass (i=1 sealed by ${SEALER}) header.oldest-pass=0;`);
    expect(results).not.toMatch(/arc=pass[^;]*header\.d=/);
    expect(results).toContain('dmarc=fail (p=reject dis=none override=trusted_forwarder) header.from=example.com');
  });

  it('the forwarder’s caption names what it sealed: dkim=none for unsigned mail, not a pass', () => {
    const forward = (edits: readonly WorldEdit[]) => planIn(edits).steps.find((s) => s.id === 'forward');
    expect(forward(BREAKS)?.caption.params?.sealed).toBe('spf=pass, dkim=none, dmarc=pass');
    const signed: WorldEdit = { kind: 'dkim-signing', domain: 'example.com', value: 'signed' };
    expect(forward([...BREAKS, signed])?.caption.params?.sealed).toBe('spf=pass, dkim=pass, dmarc=pass');
    const sealed = header(planIn([...BREAKS, trust(true)]), 'ARC-Authentication-Results')[0] ?? '';
    for (const result of ['spf=pass', 'dkim=none', 'dmarc=pass']) expect(sealed).toContain(result);
  });

  it('trusting the seal changes nothing for mail that passes DMARC anyway, except arc=pass', () => {
    const signed: WorldEdit = { kind: 'dkim-signing', domain: 'example.com', value: 'signed' };
    const p = planIn([...BREAKS, signed, trust(true)]);
    expect(p.outcome).toBe('delivered');
    expect(dmarcStep(p)?.verdicts).toEqual([{ check: 'dmarc', pass: true }]);
    const results = header(p, 'Authentication-Results').find((v) => v.startsWith('mx1.example.org')) ?? '';
    expect(results).toContain('arc=pass');
    expect(results).not.toContain('override');
  });

  it('cites where trusted_forwarder is defined: the aggregate report’s override reasons (RFC 7489 Appendix C)', () => {
    const note = dmarcStep(planIn([...BREAKS, trust(true)]))?.transcript.find(
      (l) => l.note?.key === 'note.arc.override',
    );
    const said = note?.note ? t(note.note) : '';
    expect(said).toContain('RFC 7489 §6.7');
    expect(said).toContain('trusted_forwarder, Appendix C');
  });

  it('the aggregate report names the trusted forwarder as the reason', () => {
    const rua: WorldEdit = { kind: 'dmarc-rua', domain: 'example.com', value: true };
    const p = planIn([...BREAKS, rua, trust(true)]);
    const report = p.steps.find((s) => s.id === 'report-dmarc');
    expect(report?.transcript.map((l) => l.text).join('')).toContain('<type>trusted_forwarder</type>');
    expect(report?.transcript.map((l) => l.text).join('')).toContain('<disposition>none</disposition>');
  });
});

describe('the ARC trust control', () => {
  it('sits on the recipient MX’s card only for mail to a forwarding address, and makes the edit', () => {
    const card = cardFor('recipient-mx', scenarioOf(BREAKS));
    const control = card?.controls.find((c) => c.edit === 'arc-trust');
    expect(control).toMatchObject({ kind: 'toggle', value: false, target: SEALER });
    expect(control && editFor(control, true)).toEqual(trust(true));
    const plain = buildScenario(DEFAULT_MESSAGE, 'imap', null, []);
    expect(plain && cardFor('recipient-mx', plain)?.controls.some((c) => c.edit === 'arc-trust')).toBe(false);
    const on = cardFor('recipient-mx', scenarioOf(withEdit([...BREAKS], trust(true))));
    expect(on?.controls.find((c) => c.edit === 'arc-trust')?.value).toBe(true);
  });

  it('is written in the world key as v_DOMAIN_1|0 and read back', () => {
    expect(encodeEdits([trust(true), trust(false)])).toBe(`v_${SEALER}_1*v_${SEALER}_0`);
    expect(decodeEdits(`v_${SEALER}_1`)).toEqual([trust(true)]);
    expect(decodeEdits(`v_${SEALER}_2`)).toBeNull();
    expect(decodeEdits('v_1')).toBeNull();
  });
});
